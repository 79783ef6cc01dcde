import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsTable, outsideGb2312, parseTable, readQuery, toSimplified } from '../../../src/browser/search-query.ts';
import { t2sTable } from '../../../src/build/t2s-table.ts';
import { todayInChina, windowFilter } from '../../../src/browser/search-window.ts';

describe('dates written the Chinese way', () => {
  it('reads a month, a day and a year as filters and keeps the other words', () => {
    expect(readQuery('2026年9月')).toEqual({ text: '', filters: { month: ['2026-09'] } });
    expect(readQuery('2026 年 9 月 28 日 林晓川')).toEqual({ text: '林晓川', filters: { day: ['2026-09-28'] } });
    expect(readQuery('2025年 任前公示')).toEqual({ text: '任前公示', filters: { year: ['2025'] } });
    expect(readQuery('2026年度')).toEqual({ text: '', filters: { year: ['2026'] } });
  });

  it('leaves impossible dates and plain numbers as words', () => {
    expect(readQuery('2026年13月')).toEqual({ text: '2026年13月', filters: {} });
    expect(readQuery('GS-1VWXYP87')).toEqual({ text: 'GS-1VWXYP87', filters: {} });
  });
});

describe('traditional characters', () => {
  const table = parseTable(t2sTable());

  it('maps the traditional characters of names and units to the simplified ones', () => {
    expect(toSimplified('林曉川', table)).toBe('林晓川');
    expect(toSimplified('交通運輸局', table)).toBe('交通运输局');
    expect(toSimplified('審計局 顧怡然', table)).toBe('审计局 顾怡然');
  });

  it('asks for the table only when a character lies outside GB 2312, and never changes simplified text', () => {
    expect(needsTable('林晓川')).toBe(false);
    expect(needsTable('林曉川')).toBe(true);
    expect(outsideGb2312('a')).toBe(false);
    // Every simplified (GB 2312) character stays as it is: 乾 in 乾隆 is not turned into 干.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'乾隆林晓川交通运输局审计顾怡然后面发展'.split('')) }), (s) => toSimplified(s, table) === s),
      { seed: 14, numRuns: 200 },
    );
  });

  it('is a small table: pairs of characters, about 2,500 of them', () => {
    const text = t2sTable();
    expect([...text].length % 2).toBe(0);
    expect(table.size).toBeGreaterThan(2000);
    expect(Buffer.byteLength(text)).toBeLessThan(20_000);
  });
});

describe('公示状态 on the day of reading', () => {
  const values = { wfrom: ['2026-09-01', '2026-11-18', '2026-12-01'], wto: ['2026-09-10', '2026-11-28', '2026-12-10'] };

  it('turns each state into ranges of the window dates as of today', () => {
    expect(windowFilter(['open'], '2026-11-20', values)).toEqual({ wfrom: { any: ['2026-09-01', '2026-11-18'] }, wto: { any: ['2026-11-28', '2026-12-10'] } });
    expect(windowFilter(['upcoming'], '2026-11-20', values)).toEqual({ wfrom: { any: ['2026-12-01'] } });
    expect(windowFilter(['closed'], '2026-11-20', values)).toEqual({ wto: { any: ['2026-09-10'] } });
    expect(windowFilter([], '2026-11-20', values)).toBeUndefined();
  });

  it('matches nothing rather than everything when no window is in the state', () => {
    expect(windowFilter(['upcoming'], '2027-01-01', values)).toEqual({ wfrom: { any: ['—'] } });
  });

  it('offers two states as alternatives', () => {
    expect(windowFilter(['open', 'closed'], '2026-11-20', values)).toEqual({ any: [windowFilter(['open'], '2026-11-20', values), windowFilter(['closed'], '2026-11-20', values)] });
  });

  it("takes today's date in China, not the build's", () => {
    expect(todayInChina(new Date('2026-11-19T16:30:00Z'))).toBe('2026-11-20');
    expect(todayInChina(new Date('2026-11-19T15:30:00Z'))).toBe('2026-11-19');
  });
});
