import { describe, expect, it } from 'vitest';
import { isEmpty, pagefindOptions, paramsFromState, stateFromParams } from '../../../src/browser/search-client.ts';

describe('the search form as a URL', () => {
  it('reads the query, every ticked filter value and the sort', () => {
    const state = stateFromParams(new URLSearchParams('q=林晓川&kind=任前公示&kind=任职结果&year=2026&sort=date&other=x'));
    expect(state).toEqual({ q: '林晓川', filters: { kind: ['任前公示', '任职结果'], year: ['2026'] }, sort: 'date' });
  });

  it('defaults to relevance and nothing asked', () => {
    const state = stateFromParams(new URLSearchParams(''));
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(isEmpty(state)).toBe(true);
  });

  it('writes the state back into the same URL it reads', () => {
    const params = 'q=%E5%89%AF%E5%B1%80%E9%95%BF&unit=%E7%94%B2%2C%E4%B9%99&window=%E6%AD%A3%E5%9C%A8%E5%85%AC%E7%A4%BA&sort=date';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
  });
});

describe('the search asked of Pagefind', () => {
  it('treats ticked values of one filter as alternatives and different filters as all applying', () => {
    expect(pagefindOptions({ q: '', filters: { kind: ['任前公示', '任职结果'], year: ['2026'] }, sort: 'relevance' })).toEqual({
      filters: { kind: { any: ['任前公示', '任职结果'] }, year: { any: ['2026'] } },
    });
  });

  it('sorts by date, newest first, when asked', () => {
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'date' }).sort).toEqual({ date: 'desc' });
  });

  it('counts a filter alone as something to search for', () => {
    expect(isEmpty({ q: '', filters: { kind: ['人员'] }, sort: 'relevance' })).toBe(false);
  });
});
