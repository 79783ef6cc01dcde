/** Where the browser tests find the site built for them, and a page opened on it. */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/support/browser.ts';
import { serve } from '../../scripts/support/static-server.ts';

export const E2E_DIST = resolve(import.meta.dirname, '../../.e2e-dist');
export const E2E_TODAY = '2026-11-20';

/** A served copy of the test build and a browser; call `stop` in afterAll. */
export async function openSite(dist = E2E_DIST): Promise<{ url: string; browser: Browser; page: (path: string) => Promise<Page>; stop: () => Promise<void> }> {
  const server = await serve(dist);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    page: async (path) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const res = await page.goto(server.url + path);
      if (!res || res.status() !== 200) throw new Error(`${path} answered ${res?.status()}`);
      return page;
    },
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}
