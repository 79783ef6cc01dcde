/**
 * Search and the reporting page in Chromium on a phone-sized screen. The queries come from the
 * sample content itself — every publicised candidate's full name, every unit with a selection
 * round, every post title that belongs to one round only — so the test keeps up as the sample
 * grows, and each must list the record's own page first.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { axeViolations } from '../../scripts/support/browser.ts';
import { E2E_TODAY, openSite } from './site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
let ds: Dataset;
beforeAll(async () => {
  site = await openSite();
  ds = validateContent(resolve(import.meta.dirname, '../..'), E2E_TODAY).dataset!;
});
afterAll(async () => site?.stop());

/** Wait until the status line reports an answer (not the "searching" message). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && !s.includes('正在搜索');
    },
    null,
    { timeout: 20_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** Type `query` into the search box, submit, and return the result links in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await settled(page);
  return page.locator('[data-search-list] a.records__title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('search in Chromium', () => {
  it('lists the person first when searching a publicised candidate by full name', async () => {
    const page = await site.page('/search/');
    const people = [...new Set([...ds.byKind.publicities.values()].flatMap((p) => p.data.candidates.map((c) => c.person)))];
    expect(people.length).toBeGreaterThan(0);
    for (const id of people) {
      const name = ds.byKind.people.get(id)!.data.name;
      expect((await search(page, name))[0], name).toBe(`/people/${id}/`);
    }
    await page.close();
  });

  it('lists the unit first when searching the full name of a unit with a selection round', async () => {
    const page = await site.page('/search/');
    const units = [...new Set([...ds.byKind.rounds.values()].flatMap((r) => r.data.positions.map((p) => p.unit)))];
    for (const id of units) {
      const name = ds.byKind.units.get(id)!.data.name;
      expect((await search(page, name))[0], name).toBe(`/units/${id}/`);
    }
    await page.close();
  });

  it("lists the round first when searching a post's title that only one round fills", async () => {
    const page = await site.page('/search/');
    const roundsOf = new Map<string, Set<string>>();
    for (const r of ds.byKind.rounds.values()) for (const p of r.data.positions) roundsOf.set(p.title, (roundsOf.get(p.title) ?? new Set()).add(r.id));
    const unique = [...roundsOf].filter(([, rounds]) => rounds.size === 1);
    expect(unique.length).toBeGreaterThan(0);
    for (const [title, rounds] of unique) expect((await search(page, title))[0], title).toBe(`/rounds/${[...rounds][0]}/`);
    await page.close();
  });

  it('finds a notice by the reference code a reporter quotes', async () => {
    const page = await site.page('/search/');
    const publicity = [...ds.byKind.publicities.values()][0]!;
    const code = await (await site.page(`/publicities/${publicity.id}/`)).locator('.box--report code').first().textContent();
    expect(code).toMatch(/^GS-/);
    expect((await search(page, code!))[0]).toBe(`/publicities/${publicity.id}/`);
    await page.close();
  });

  it('narrows the results with a filter, and every result left is of the ticked kind', async () => {
    const page = await site.page('/search/');
    await search(page, '望川市');
    const count = async () => Number(/共找到(\d+)条/.exec(await settled(page))?.[1] ?? 0);
    const before = await count();
    await page.locator('summary', { hasText: '筛选' }).click();
    await page.getByRole('group', { name: '类别' }).getByRole('checkbox', { name: /^任前公示/ }).check();
    await page.waitForURL(/kind=/);
    await page.waitForFunction((n) => /共找到(\d+)条/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && !document.querySelector('[data-search-status]')!.textContent!.includes(`共找到${n}条`), before);
    const after = await count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const kinds = await page.locator('[data-search-list] .records__meta > span:first-child').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['任前公示']));
    expect(decodeURIComponent(page.url())).toContain('kind=任前公示');
    await page.close();
  });

  it('runs the search written in the address, so a search can be shared as a link', async () => {
    const person = [...ds.byKind.people.values()].find((p) => [...ds.byKind.publicities.values()].some((x) => x.data.candidates.some((c) => c.person === p.id)))!;
    const page = await site.page(`/search/?q=${encodeURIComponent(person.data.name)}`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(person.data.name);
    expect(await page.locator('[data-search-list] a.records__title').first().getAttribute('href')).toBe(`/people/${person.id}/`);
    await page.close();
  });

  it('sorts by date, newest first, when asked', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('望川市')}&sort=date`);
    await settled(page);
    const dates = await page.locator('[data-search-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('shows the first five results, a phone screen of them, and ten more at each 显示更多结果', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('望川市')}`);
    const total = Number(/共找到(\d+)条/.exec(await settled(page))?.[1] ?? 0);
    expect(total).toBeGreaterThan(15);
    const shown = () => page.locator('[data-search-list] > li').count();
    expect(await shown()).toBe(5);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-list] > li').length > 5);
    expect(await shown()).toBe(15);
    await page.close();
  });

  it('keeps every result when sorting by date: units and undated pages sort last instead of dropping out', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('望川市')}`);
    const n = async () => Number(/共找到(\d+)条/.exec(await settled(page))?.[1] ?? 0);
    const relevance = await n();
    const sorted = await site.page(`/search/?q=${encodeURIComponent('望川市')}&sort=date`);
    const byDate = Number(/共找到(\d+)条/.exec(await settled(sorted))?.[1] ?? 0);
    expect(relevance).toBeGreaterThan(10);
    expect(byDate).toBe(relevance);
    await page.close();
    await sorted.close();
  });

  it('decides 公示状态 by the day the page is read, not the day it was built', async () => {
    // Built with the reference date 2026-11-20, when the 交通运输局 publicity (28 September to 9 October) had closed.
    const publicity = ds.byKind.publicities.get('2026-jtj-fjz-gs')!.data.window;
    const read = async (day: string) => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.clock.setFixedTime(new Date(`${day}T04:00:00Z`));
      await page.goto(`${site.url}/search/?window=${encodeURIComponent('正在公示')}`);
      await settled(page);
      const hrefs = await page.locator('[data-search-list] a.records__title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      return hrefs;
    };
    expect(publicity.from <= '2026-09-30' && '2026-09-30' <= publicity.to).toBe(true);
    expect(await read('2026-09-30')).toContain('/publicities/2026-jtj-fjz-gs/');
    expect(await read(E2E_TODAY)).not.toContain('/publicities/2026-jtj-fjz-gs/');
    const open = [...ds.byKind.publicities.values()].filter((p) => p.data.window.from <= E2E_TODAY && E2E_TODAY <= p.data.window.to).map((p) => `/publicities/${p.id}/`);
    expect(await read(E2E_TODAY)).toEqual(expect.arrayContaining(open));
  });

  it('counts the results behind each filter value once 筛选 is open, never a false 0 before, and ticking one gives that many', async () => {
    const q = '望川市';
    const page = await site.page(`/search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    // Closed, the filters' counts are not loaded: no box may claim a count yet (it read （0） before).
    const counts = () => page.locator('[data-facet-count]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect((await counts()).filter(Boolean)).toEqual([]);
    await page.locator('summary', { hasText: '筛选' }).click();
    const label = page.getByRole('group', { name: '类别' }).locator('label', { hasText: '任前公示' });
    await expect.poll(async () => /（\d+）/.test((await label.textContent()) ?? ''), { timeout: 20_000 }).toBe(true);
    const shown = Number(/（(\d+)）/.exec((await label.textContent()) ?? '')![1]);
    // The real count, asked of the index itself rather than read from the page.
    const bundle = JSON.parse((await page.locator('[data-bundles]').getAttribute('data-bundles'))!)[0].path as string;
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const indexed = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(`${bundle}pagefind.js`)});
      await pf.options({ basePath: ${JSON.stringify(bundle)} });
      return (await pf.search(${JSON.stringify(q)}, { filters: { kind: '任前公示' } })).results.length;
    })()`)) as number;
    expect(indexed).toBeGreaterThan(0);
    expect(indexed).toBeLessThanOrEqual(ds.byKind.publicities.size);
    expect(shown).toBe(indexed);
    await page.getByRole('group', { name: '类别' }).getByRole('checkbox', { name: /^任前公示/ }).check();
    await page.waitForFunction((n) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`共找到${n}条`), shown);
    expect(await page.locator('summary').textContent()).toContain('已选1项');
    await page.close();
  });

  it('shows the 筛选 control on a phone as something to press: bordered, with an arrow and a hint', async () => {
    const page = await site.page('/search/');
    const summary = page.locator('summary', { hasText: '筛选' });
    const box = await summary.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThan(300);
    const arrow = await summary.evaluate((el) => getComputedStyle(el, '::before').borderLeftWidth);
    expect(parseFloat(arrow)).toBeGreaterThan(0);
    expect(await summary.textContent()).toContain('按类别、单位、年度等缩小范围');
    await page.screenshot({ path: resolve(import.meta.dirname, '../../.e2e-dist/search-phone.png') });
    await page.close();
  });

  it('downloads under 300 KB for the search page and its first search, and nothing before a search is made', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const sizes = new Map<string, number>();
    page.on('response', async (res) => sizes.set(new URL(res.url()).pathname, (await res.body().catch(() => Buffer.alloc(0))).length));
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    expect([...sizes.keys()].filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const name = ds.byKind.people.get([...ds.byKind.publicities.values()][0]!.data.candidates[0]!.person)!.data.name;
    await search(page, name);
    await page.waitForLoadState('networkidle');
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(300_000);
    await page.close();
  });

  it('has no WCAG 2.2 AA violation with results and open filters on a phone', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('副局长')}`);
    await settled(page);
    await page.locator('summary', { hasText: '筛选' }).click();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('without JavaScript says so and links to every list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    expect(await page.locator('main').textContent()).toContain('搜索需要在浏览器中启用JavaScript');
    const lists = await page.locator('main .link-grid a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(lists).toEqual(expect.arrayContaining(['/publicities/', '/rounds/', '/people/', '/units/']));
    await context.close();
  });
});

describe('the reporting page (我要举报)', () => {
  it(`lists exactly the publicity and inspection windows open on ${E2E_TODAY}`, async () => {
    const open = (p: { from: string; to: string }) => p.from <= E2E_TODAY && E2E_TODAY <= p.to;
    const expected = [
      ...[...ds.byKind.publicities.values()].filter((p) => open(p.data.window)).map((p) => `publicities/${p.id}`),
      ...[...ds.byKind['inspection-notices'].values()].filter((p) => open(p.data.period)).map((p) => `inspection-notices/${p.id}`),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = await site.page('/report/');
    const listed = await page.locator('[data-report-window]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-report-window') ?? ''));
    expect(listed.sort()).toEqual(expected);
    await page.close();
  });

  it('gives each open window its deadline, reference code and working channels, then the standing 12380 channels', async () => {
    const page = await site.page('/report/');
    for (const item of await page.locator('[data-report-window]:visible').all()) {
      const [kind, id] = (await item.getAttribute('data-report-window'))!.split('/') as ['publicities', string];
      const to = kind === 'publicities' ? ds.byKind.publicities.get(id)!.data.window.to : ds.byKind['inspection-notices'].get(id)!.data.period.to;
      expect(await item.locator('strong time').getAttribute('datetime')).toBe(to);
      expect(await item.locator('code').textContent()).toMatch(/^[A-Z]{2}-[0-9A-Z]{8}$/);
      expect(await item.locator('a[href^="tel:"]').count()).toBe(1);
      const mail = await item.locator('a[href^="mailto:"]').getAttribute('href');
      expect(decodeURIComponent(mail!)).toContain((await item.locator('code').textContent())!);
    }
    expect(await page.locator('main a[href*="12380"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="sms:"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the feeds page', () => {
  it('has no WCAG 2.2 AA violation', async () => {
    const page = await site.page('/feeds/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
