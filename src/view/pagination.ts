/**
 * Splitting long lists into numbered pages and the links between them. Page 1 always exists, so an
 * empty list still has a page that says so.
 */

/** Records per list page. */
export const PAGE_SIZE = 20;

/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list. */
  count: number;
  /** Number of items in the whole list. */
  total: number;
  /** 1-based position of the first and last item on this page (0 and 0 when the list is empty). */
  first: number;
  last: number;
  items: T[];
}

/** `items` cut into pages of `size`; at least one page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`bad page size ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      total: items.length,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      items: slice,
    };
  });
}

/** A numbered link in a pagination bar, or a gap between numbers. */
export type PageLink = { number: number; href: string; current: boolean } | { gap: true };

/** Links of a pagination bar: previous and next, and the numbers around the current page. */
export interface PageNav {
  prev?: string;
  next?: string;
  links: PageLink[];
}

/**
 * Navigation for page `current` of `count`: always page 1 and the last page, `span` pages either
 * side of the current one, and a gap wherever numbers are skipped.
 */
export function pageNav(current: number, count: number, href: (page: number) => string, span = 2): PageNav {
  const shown = new Set<number>([1, count]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= count) shown.add(n);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous > 1) links.push({ gap: true });
    links.push({ number: n, href: href(n), current: n === current });
    previous = n;
  }
  return {
    prev: current > 1 ? href(current - 1) : undefined,
    next: current < count ? href(current + 1) : undefined,
    links,
  };
}

/**
 * Navigation for page `current` of a list numbered from the oldest, read newest first: links run
 * from newer to older (`current + span` down to `current - span`, then page 1), `prev` is the newer
 * page (`newest` after the last numbered page: the list's first page, which shows the newest rows)
 * and `next` the older one. No link names the last page: a full page's links stay the same however
 * many pages are added after it, except the `span` pages before the newest.
 */
export function olderFirstNav(current: number, count: number, href: (page: number) => string, newest: string, span = 2): PageNav {
  const shown = new Set<number>([1]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= count) shown.add(n);
  const links: PageLink[] = [];
  let previous = Infinity;
  for (const n of [...shown].sort((a, b) => b - a)) {
    if (previous - n > 1 && previous !== Infinity) links.push({ gap: true });
    links.push({ number: n, href: href(n), current: n === current });
    previous = n;
  }
  return { prev: current < count ? href(current + 1) : newest, next: current > 1 ? href(current - 1) : undefined, links };
}

/** A page of a list numbered from the oldest: its number, the positions it holds counted from the oldest (1-based), its rows newest first. */
export interface OlderFirstPage<T> {
  number: number;
  oldest: number;
  newest: number;
  items: T[];
}

/**
 * `items` (newest first) cut into pages numbered from the oldest: page 1 holds the `size` oldest
 * rows, and a row never moves to another page when newer rows are added. A list of at most `size`
 * rows has no numbered page (its first page shows them all).
 */
export function olderFirstPages<T>(items: readonly T[], size = PAGE_SIZE): OlderFirstPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`bad page size ${size}`);
  const total = items.length;
  const count = total > size ? Math.ceil(total / size) : 0;
  return Array.from({ length: count }, (_, i) => {
    const oldest = i * size + 1;
    const newest = Math.min((i + 1) * size, total);
    return { number: i + 1, oldest, newest, items: items.slice(total - newest, total - oldest + 1) };
  });
}
