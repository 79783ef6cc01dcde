import { describe, expect, it } from 'vitest';
import { pageNav, paginate, PAGE_SIZE } from '../../../src/view/pagination.ts';

const href = (n: number) => `/p/${n}/`;
const numbers = (nav: ReturnType<typeof pageNav>) => nav.links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.number}]` : `${l.number}`)).join(' ');

describe('cutting a list into pages', () => {
  it('puts twenty records on a page', () => {
    expect(PAGE_SIZE).toBe(20);
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
  });

  it('numbers pages from one and knows the range each shows', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages[2]).toMatchObject({ number: 3, count: 3, total: 45, first: 41, last: 45 });
  });

  it('keeps one empty page for an empty list', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, total: 0, first: 0, last: 0, items: [] }]);
  });

  it('refuses a page size of zero', () => {
    expect(() => paginate([1], 0)).toThrow('bad page size');
  });
});

describe('links between pages', () => {
  it('has no previous link on the first page and no next link on the last', () => {
    expect(pageNav(1, 3, href)).toMatchObject({ prev: undefined, next: '/p/2/' });
    expect(pageNav(3, 3, href)).toMatchObject({ prev: '/p/2/', next: undefined });
  });

  it('shows every number of a short list', () => {
    expect(numbers(pageNav(2, 4, href))).toBe('1 [2] 3 4');
  });

  it('shows the ends and the neighbourhood of the current page with gaps between', () => {
    expect(numbers(pageNav(10, 20, href))).toBe('1 … 8 9 [10] 11 12 … 20');
  });

  it('leaves no gap where no number is skipped', () => {
    expect(numbers(pageNav(4, 20, href))).toBe('1 2 3 [4] 5 6 … 20');
  });
});
