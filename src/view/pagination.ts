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
