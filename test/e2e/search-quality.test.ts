/**
 * The search-quality suite (search-quality-cases.ts) in Chromium over the sample build: every case
 * is searched as a citizen would type it, and the test fails naming each case whose expected page
 * is not where it must be. SEARCH_QUALITY_TABLE=FILE also writes the table of ranks there.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './site.ts';
import { QUALITY_CASES, type QualityCase } from './search-quality-cases.ts';
import { searchResults, type ShownResult } from './search-page.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.stop());

type Found = Pick<ShownResult, 'href' | 'date'>;
const results = searchResults;

/** Whether `found` meets the case, and how the outcome reads in the table. */
function judge(c: QualityCase, found: Found[]): { ok: boolean; outcome: string } {
  const e = c.expect;
  if ('none' in e) return { ok: found.length === 0, outcome: found.length === 0 ? '无结果' : `${found.length} 条，首条 ${found[0]!.href}` };
  if ('page' in e) {
    const rank = found.findIndex((f) => f.href === e.page) + 1;
    return { ok: rank > 0 && rank <= e.within, outcome: rank > 0 ? `第 ${rank} 位` : `前 ${found.length} 条中没有；首条 ${found[0]?.href ?? '无'}` };
  }
  const first = found.slice(0, e.within);
  const bad = first.findIndex((f) => ('allUnder' in e ? !f.href.startsWith(e.allUnder) : !f.date.startsWith(e.allPublished)));
  const ok = first.length === e.within && bad === -1;
  return { ok, outcome: ok ? `前 ${e.within} 条均符合` : bad >= 0 ? `第 ${bad + 1} 条不符：${first[bad]!.href} ${first[bad]!.date}` : `只有 ${first.length} 条` };
}

const wanted = (c: QualityCase) => {
  const e = c.expect;
  if ('none' in e) return '无结果';
  if ('page' in e) return `${e.page} 在前 ${e.within} 位`;
  return 'allUnder' in e ? `前 ${e.within} 条都在 ${e.allUnder}` : `前 ${e.within} 条都发布于 ${e.allPublished}`;
};

describe('search quality', () => {
  it(`answers all ${QUALITY_CASES.length} queries of the suite as a citizen means them`, async () => {
    expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(30);
    const page = await site.page('/search/');
    const rows: string[] = [];
    const failed: string[] = [];
    for (const c of QUALITY_CASES) {
      const found = await results(page, c.query);
      const { ok, outcome } = judge(c, found);
      rows.push(`| ${c.group} | \`${c.query}\` | ${wanted(c)} | ${outcome} | ${ok ? '✓' : '✗'} |`);
      if (!ok) failed.push(`${c.query}: ${wanted(c)}; ${outcome}; first: ${found.slice(0, 4).map((f) => f.href).join(' ')}`);
    }
    await page.close();
    const table = ['| 类 | 查询 | 应当 | 结果 | |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
    if (process.env.SEARCH_QUALITY_TABLE) writeFileSync(process.env.SEARCH_QUALITY_TABLE, `${table}\n`);
    console.log(`${table}\n${QUALITY_CASES.length - failed.length}/${QUALITY_CASES.length} passed`);
    expect(failed).toEqual([]);
  }, 300_000);
});
