import { describe, expect, it } from 'vitest';
import { olderFirstNav, olderFirstPages, pageNav, paginate, PAGE_SIZE } from '../../../src/view/pagination.ts';

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

describe('pages numbered from the oldest', () => {
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

  it('keeps every row on its page when newer rows are added', () => {
    for (let n = 0; n <= 130; n++) {
      const before = olderFirstPages(newestFirst(n), 20);
      const after = olderFirstPages(newestFirst(n + 1), 20);
      // Every numbered page but the newest is unchanged; the newest gains the row, or a page is added.
      const stable = before.length - (n % 20 === 0 ? 0 : 1);
      expect(after.slice(0, Math.max(0, stable))).toEqual(before.slice(0, Math.max(0, stable)));
      expect(after.flatMap((p) => p.items).sort((a, b) => a - b)).toEqual(n + 1 > 20 ? newestFirst(n + 1).reverse() : []);
    }
  });

  it('holds the oldest rows on page 1, newest first within a page', () => {
    const pages = olderFirstPages(newestFirst(45), 20);
    expect(pages.map((p) => [p.number, p.oldest, p.newest, p.items[0], p.items.at(-1)])).toEqual([
      [1, 1, 20, 20, 1],
      [2, 21, 40, 40, 21],
      [3, 41, 45, 45, 41],
    ]);
    expect(olderFirstPages(newestFirst(20), 20)).toEqual([]);
  });

  it('links from newer to older without naming the last page, so full pages keep their links', () => {
    const href = (n: number) => `/p/${n}/`;
    expect(numbers(olderFirstNav(5, 9, href, '/'))).toBe('7 6 [5] 4 3 … 1');
    expect(olderFirstNav(5, 9, href, '/')).toMatchObject({ prev: '/p/6/', next: '/p/4/' });
    expect(olderFirstNav(9, 9, href, '/')).toMatchObject({ prev: '/', next: '/p/8/' });
    for (let n = 1; n <= 20; n++) expect(olderFirstNav(n, 23, href, '/')).toEqual(olderFirstNav(n, 24, href, '/'));
  });
});
