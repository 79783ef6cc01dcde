/** Where the browser tests find the site built for them, and a page opened on it. */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/support/browser.ts';
import { serve } from '../../scripts/support/static-server.ts';

export const E2E_DIST = resolve(import.meta.dirname, '../../.e2e-dist');
export const E2E_TODAY = '2026-11-20';
/** The browser's clock on the test build's day (noon in Asia/Shanghai), so the page scripts that recompute window states on the day of reading agree with the build. */
export const E2E_NOW = new Date(`${E2E_TODAY}T12:00:00+08:00`);

/** A served copy of the test build and a browser whose pages read it on E2E_TODAY; call `stop` in afterAll. */
export async function openSite(dist = E2E_DIST): Promise<{ url: string; browser: Browser; page: (path: string) => Promise<Page>; stop: () => Promise<void> }> {
  const server = await serve(dist);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    page: async (path) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.clock.setFixedTime(E2E_NOW);
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
