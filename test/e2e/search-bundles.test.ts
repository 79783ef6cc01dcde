/**
 * The search index in bundles, in Chromium: the sample built with bundles of at most 60 pages (so
 * the newest days are the first bundle, the rest of 2026 runs of months, and 2025 has its own), served, and searched. The first search loads
 * only the newest bundle and says which period it searched; widening merges the others; a bundle
 * that fails to load is named and the search goes on without it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TODAY, openSite } from './site.ts';

const DIST = resolve(import.meta.dirname, '../../.e2e-dist-bundles');
let site: Awaited<ReturnType<typeof openSite>>;
let bundles: string[];
beforeAll(async () => {
  if (!process.env.GONGSHI_E2E_REUSE || !readdirSync(resolve(DIST, '..')).includes('.e2e-dist-bundles')) {
    execFileSync(process.execPath, ['scripts/build.ts', '--out', '.e2e-dist-bundles'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, GONGSHI_TODAY: E2E_TODAY, GONGSHI_SEARCH_BUNDLE_PAGES: '60' },
      stdio: 'inherit',
    });
  }
  bundles = readdirSync(resolve(DIST, 'pagefind')).sort().reverse();
  site = await openSite(DIST);
}, 300_000);
afterAll(async () => site?.stop());

async function searchFor(page: Page, q: string): Promise<string> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /共找到|没有找到|无法使用/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}
const count = (status: string) => Number(/共找到(\d+)条/.exec(status)?.[1] ?? 0);

describe('search bundles', () => {
  it('cuts the sample into bundles of at most 60 pages: the newest days, then 2026 in runs of months, then 2025', () => {
    expect(bundles).toEqual(expect.arrayContaining(['latest', '2025']));
    expect(bundles.filter((b) => !['latest', '2025', 'undated'].includes(b)).every((b) => /^2026-\d\d(-\d\d){0,2}$/.test(b))).toBe(true);
    expect(bundles.length).toBeGreaterThan(3);
  });

  it('loads only the newest bundle for a first search, says which period it searched, and merges the others when widened', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const m = /\/pagefind\/([^/]+)\//.exec(new URL(r.url()).pathname);
      if (m) fetched.add(m[1]!);
    });
    await page.goto(`${site.url}/search/`);
    const first = count(await searchFor(page, '望川市'));
    expect(first).toBeGreaterThan(0);
    expect([...fetched]).toEqual(['latest']);
    const scope = page.locator('[data-search-scope]');
    expect(await scope.textContent()).toMatch(/^已搜索：2026年\d+月\d+日至\d+月\d+日。$/);
    const widen = page.locator('[data-search-widen]');
    expect(await widen.isVisible()).toBe(true);
    // More than three periods left: the first two are named, and how many there are.
    expect(await widen.textContent()).toMatch(new RegExp(`^同时搜索更早的记录（2026年[^、]+、2026年[^、]+等${bundles.length - 1}个时段）$`));
    await widen.click();
    await page.waitForURL(/scope=all/);
    await page.waitForFunction((n) => /共找到(\d+)条/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && !document.querySelector('[data-search-status]')!.textContent!.includes(`共找到${n}条`), first);
    expect(count((await page.locator('[data-search-status]').textContent())!)).toBeGreaterThan(first);
    expect([...fetched].sort()).toEqual([...bundles].sort());
    expect(await widen.isHidden()).toBe(true);
    expect(await scope.textContent()).toBe('已搜索全部记录。');
    await page.close();
  });

  it('loads the bundle of a year written in the query', async () => {
    const page = await site.page('/search/');
    await searchFor(page, '2025年5月');
    const dates = await page.locator('[data-search-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith('2025-05'))).toBe(true);
    await page.close();
  });

  it('keeps searching, and names the period, when a bundle fails to load', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.route('**/pagefind/2025/**', (route) => route.abort());
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('望川市')}&scope=all`);
    await page.waitForFunction(() => /共找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await page.locator('[data-search-scope]').textContent()).toContain('2025年的索引未能载入');
    const hrefs = await page.locator('[data-search-list] a.records__title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // The box still answers the next query.
    expect(count(await searchFor(page, '林晓川'))).toBeGreaterThan(0);
    await page.close();
  });

  it('sorted by date across bundles, lists newest first and drops nothing', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('望川市')}&scope=all`);
    await page.waitForFunction(() => /共找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const relevance = count((await page.locator('[data-search-status]').textContent())!);
    await page.locator('summary').click();
    await page.getByLabel('按日期').check();
    await page.waitForURL(/sort=date/);
    await page.waitForFunction(() => /共找到/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && !document.querySelector('[data-search-status]')!.textContent!.includes('正在'));
    expect(count((await page.locator('[data-search-status]').textContent())!)).toBe(relevance);
    const dates = await page.locator('[data-search-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});
