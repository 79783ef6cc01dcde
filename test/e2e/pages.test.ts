import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './browser.ts';
import { E2E_DIST, openSite } from './site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.stop());

/** Site paths listed in the built sitemap. */
function sitemapPaths(): string[] {
  const files = readdirSync(E2E_DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) => [...readFileSync(join(E2E_DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
const first = (prefix: string) => {
  const hit = sitemapPaths().find((p) => p.startsWith(prefix) && p !== prefix && !p.includes('/page/'));
  if (!hit) throw new Error(`no page under ${prefix} in the sitemap`);
  return hit;
};

describe('the built site in Chromium', () => {
  it('renders the home page with the open publicity windows', async () => {
    const page = await site.page('/');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('公示');
    await page.close();
  });

  it('shows a publicity notice with working reporting links', async () => {
    const page = await site.page(first('/publicities/'));
    const tel = page.locator('a[href^="tel:"]').first();
    expect(await tel.getAttribute('href')).toMatch(/^tel:[0-9-]+$/);
    expect(await page.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href*="12380"]').count()).toBeGreaterThan(0);
    expect(await page.locator('time[datetime]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders a round page with its stage timeline', async () => {
    const page = await site.page(first('/rounds/'));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('任前公示');
    await page.close();
  });

  it('renders a person page listing appearances', async () => {
    const page = await site.page(first('/people/'));
    expect(await page.locator('main a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const page = await site.browser.newPage();
    const res = await page.goto(site.url + '/no-such-page/');
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it.each(['/', '/publicities/', '/rounds/', '/people/'])('has no WCAG 2.2 AA violation on %s and its first page', async (prefix) => {
    for (const path of prefix === '/' ? ['/'] : [prefix, first(prefix)]) {
      const page = await site.page(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});
