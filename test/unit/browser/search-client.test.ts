import { describe, expect, it } from 'vitest';
import { bundlesFor, chineseStops, excerptPieces, excerptStart, isEmpty, kindsNamed, pagefindOptions, paramsFromState, periodLabel, periodList, stateFromParams, type BundleInfo, type SearchState } from '../../../src/browser/search-client.ts';

describe('the search form as a URL', () => {
  it('reads the query, every ticked filter value and the sort', () => {
    const state = stateFromParams(new URLSearchParams('q=林晓川&kind=任前公示&kind=任职结果&year=2026&sort=date&other=x'));
    expect(state).toEqual({ q: '林晓川', filters: { kind: ['任前公示', '任职结果'], year: ['2026'] }, sort: 'date', scope: 'newest' });
  });

  it('defaults to relevance and nothing asked', () => {
    const state = stateFromParams(new URLSearchParams(''));
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance', scope: 'newest' });
    expect(isEmpty(state)).toBe(true);
  });

  it('writes the state back into the same URL it reads', () => {
    const params = 'q=%E5%89%AF%E5%B1%80%E9%95%BF&unit=%E7%94%B2%2C%E4%B9%99&window=%E6%AD%A3%E5%9C%A8%E5%85%AC%E7%A4%BA&sort=date&scope=all';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });
});

describe('the search asked of Pagefind', () => {
  it('treats ticked values of one filter as alternatives and different filters as all applying', () => {
    expect(pagefindOptions({ q: '', filters: { kind: ['任前公示', '任职结果'], year: ['2026'] }, sort: 'relevance', scope: 'newest' })).toEqual({
      filters: { kind: { any: ['任前公示', '任职结果'] }, year: { any: ['2026'] } },
    });
  });

  it('sorts by date, newest first, when asked', () => {
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'date', scope: 'newest' }).sort).toEqual({ date: 'desc' });
  });

  it('counts a filter alone as something to search for', () => {
    expect(isEmpty({ q: '', filters: { kind: ['人员'] }, sort: 'relevance', scope: 'newest' })).toBe(false);
  });
});

describe('dates and bundles in the search asked of Pagefind', () => {
  const state = (o: Partial<SearchState> = {}): SearchState => ({ q: '', filters: {}, sort: 'relevance', scope: 'newest', ...o });

  it('adds the dates read from the query as filters, and leaves 公示状态 to the window ranges', () => {
    expect(pagefindOptions(state({ filters: { window: ['正在公示'] } }), { month: ['2026-09'] }, { wfrom: { any: ['2026-09-01'] } }).filters).toEqual({
      month: { any: ['2026-09'] },
      wfrom: { any: ['2026-09-01'] },
    });
    expect(pagefindOptions(state(), {}, { any: [{ a: 1 }, { b: 2 }] }).filters).toEqual({ any: [{ a: 1 }, { b: 2 }] });
  });

  const bundles: BundleInfo[] = [
    { id: 'latest', period: 'days', years: ['2026'], from: '2026-07-03', to: '2026-11-20', size: 3000, path: '/pagefind/latest/' },
    { id: '2026-01-06', period: 'months', years: ['2026'], from: '2026-01-04', to: '2026-06-30', size: 3000, path: '/pagefind/2026-01-06/' },
    { id: '2024-2025', period: 'years', years: ['2025', '2024'], from: '2024-03-01', to: '2025-12-31', size: 1000, path: '/pagefind/2024-2025/' },
  ];

  it('loads the newest bundles up to the first-search budget, those of a year asked for, and all when widened', () => {
    expect(bundlesFor(bundles, state(), [], 5000).map((b) => b.id)).toEqual(['latest']);
    expect(bundlesFor(bundles, state(), [], 100).map((b) => b.id)).toEqual(['latest']);
    expect(bundlesFor(bundles, state(), [], 7000).map((b) => b.id)).toEqual(['latest', '2026-01-06', '2024-2025']);
    expect(bundlesFor(bundles, state(), ['2025'], 5000).map((b) => b.id)).toEqual(['latest', '2024-2025']);
    expect(bundlesFor(bundles, state({ scope: 'all' }), [], 0)).toEqual(bundles);
  });

  it('names a bundle by its years, its months or its days', () => {
    const t = { year: '{year}年', years: '{from}年至{to}年', month: '{year}年{month}月', months: '{year}年{from}月至{to}月', day: '{year}年{month}月{day}日', dayInYear: '{month}月{day}日', dayInMonth: '{day}日', range: '{from}至{to}', undated: '尚无公告的单位和人员' };
    const [latest, months, years] = bundles as [BundleInfo, BundleInfo, BundleInfo];
    expect(periodLabel(years, t)).toBe('2024年至2025年');
    expect(periodLabel({ ...years, years: ['2025'], from: '2025-01-06', to: '2025-12-31' }, t)).toBe('2025年');
    expect(periodLabel(months, t)).toBe('2026年1月至6月');
    expect(periodLabel({ ...months, from: '2025-07-01', to: '2025-07-31' }, t)).toBe('2025年7月');
    expect(periodLabel(latest, t)).toBe('2026年7月3日至11月20日');
    expect(periodLabel({ ...latest, from: '2026-10-01', to: '2026-10-24' }, t)).toBe('2026年10月1日至24日');
    expect(periodLabel({ ...latest, from: '2026-12-20', to: '2027-01-05' }, t)).toBe('2026年12月20日至2027年1月5日');
    expect(periodLabel({ ...latest, from: '2026-11-20', to: '2026-11-20' }, t)).toBe('2026年11月20日');
    expect(periodLabel({ ...latest, id: 'undated', period: 'undated', years: [], from: '', to: '' }, t)).toBe('尚无公告的单位和人员');
  });

  it('names up to three periods in a line, and beyond that the first two and how many', () => {
    const t = { year: '{year}年', years: '{from}年至{to}年', month: '{year}年{month}月', months: '{year}年{from}月至{to}月', day: '{year}年{month}月{day}日', dayInYear: '{month}月{day}日', dayInMonth: '{day}日', range: '{from}至{to}', undated: '尚无公告的单位和人员', andMore: '{list}等{n}个时段' };
    expect(periodList(bundles, t)).toBe('2026年7月3日至11月20日、2026年1月至6月、2024年至2025年');
    const more = [...bundles, { ...bundles[2]!, id: '2023', years: ['2023'], from: '2023-01-02', to: '2023-12-30' }];
    expect(periodList(more, t)).toBe('2026年7月3日至11月20日、2026年1月至6月等4个时段');
    expect(periodList([], t)).toBe('');
  });
});

describe('a query naming a notice kind', () => {
  const words = { 任前公示: '任前公示', 公示: '任前公示', 公示结果: '公示结果' };
  it('names the kinds whose words stand alone in it', () => {
    expect(kindsNamed('公示', words)).toEqual(['任前公示']);
    expect(kindsNamed('林晓川 任前公示', words)).toEqual(['任前公示']);
    expect(kindsNamed('公示结果', words)).toEqual(['公示结果']);
    expect(kindsNamed('公示期', words)).toEqual([]);
    expect(kindsNamed('constructor', words)).toEqual([]);
  });
});

describe('excerpts in Chinese', () => {
  const Z = '\u200b';
  it('turns the full stop Pagefind ends each block with into 。 after Chinese text, and drops its zero-width spaces', () => {
    const fromPagefind = `单位${Z}. ${Z}望川${Z}市${Z}疾病${Z}预防${Z}控制${Z}中心${Z}. ${Z}基本${Z}情况${Z}.`;
    expect(chineseStops(fromPagefind)).toBe('单位。望川市疾病预防控制中心。基本情况。');
  });

  it('drops it after a full-width mark rather than doubling the stop', () => {
    expect(chineseStops(`公示期间如有异议，请来电来信。${Z}. ${Z}联系电话：${Z}. ${Z}（工作日）${Z}. `)).toBe('公示期间如有异议，请来电来信。联系电话：（工作日）');
  });

  it('leaves a stop after Latin letters or digits, and decides at a piece boundary by the text before it', () => {
    expect(chineseStops('Ph.D. 学位')).toBe('Ph.D. 学位');
    expect(chineseStops('第1. 2项')).toBe('第1. 2项');
    expect(chineseStops(`${Z}. ${Z}发现`, '中心')).toBe('。发现');
    expect(chineseStops(`. 发现`, 'JC-3RCF952M')).toBe('. 发现');
  });

  it('begins with words: a pause, comma, stop or closing mark left by the cut is dropped', () => {
    expect(excerptStart('、交通运输局副局长')).toBe('交通运输局副局长');
    expect(excerptStart(`${Z}。 ）${Z}，望川市`)).toBe('望川市');
    expect(excerptStart('. 发现')).toBe('发现');
    expect(excerptStart('“望川”')).toBe('“望川”');
    expect(excerptStart('（工作日）')).toBe('（工作日）');
    expect(excerptStart('交通运输局、财政局')).toBe('交通运输局、财政局');
  });

  it('begins at the block that holds the first match, not inside the blocks before it', () => {
    // As Pagefind cut it on a notice page: the end of the reporting box, then the title with the match.
    const pieces = [
      { text: `gov.cn.${Z} ${Z}12380${Z}短信${Z}12380${Z}. ${Z}来信${Z}地址${Z}邮政${Z}编码${Z}999899${Z}. ${Z}2026${Z}年${Z}云岚${Z}市`, mark: false },
      { text: '交通运输局', mark: true },
      { text: `${Z}局长${Z}选拔${Z}. ${Z}局长${Z}. `, mark: false },
    ];
    expect(excerptPieces(pieces)).toEqual([
      { text: '2026年云岚市', mark: false },
      { text: '交通运输局', mark: true },
      { text: '局长选拔。局长。', mark: false },
    ]);
    // A match at the start of its block, a match in the first block, and no match at all are kept whole.
    expect(excerptPieces([{ text: `单位${Z}. `, mark: false }, { text: '交通运输局', mark: true }]).map((p) => p.text)).toEqual(['交通运输局']);
    expect(excerptPieces([{ text: '望川市', mark: false }, { text: '交通运输局', mark: true }, { text: `${Z}. 其他`, mark: false }]).map((p) => p.text)).toEqual(['望川市', '交通运输局', '。其他']);
    expect(excerptPieces([{ text: `、基本${Z}情况${Z}. 单位`, mark: false }]).map((p) => p.text)).toEqual(['基本情况。单位']);
  });
});
