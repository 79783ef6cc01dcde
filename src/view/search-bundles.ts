/**
 * How the search index is split into bundles, so that no indexing process holds more pages than
 * fit in memory, a first search downloads only one bundle's page list, and publishing one notice
 * indexes again only the bundles whose pages changed.
 *
 * Pages are filed by date (a notice by its publication date, a round by its latest notice, a person
 * or a unit by their latest appearance; those in no notice yet in a bundle of their own, searched
 * last). A site of at most
 * `firstPages` pages is one bundle: merged indexes each score with their own word statistics, so a
 * small bundle's pages would rank above better matches of a large one (measured on the sample split
 * by year: 12 of the 42 quality queries then fail). A larger site:
 * - the first bundle (`latest`, the one a first search downloads) holds the newest whole days that
 *   fit in `firstPages` pages;
 * - the older days of the month it reaches back into are one bundle (`2026-10-01-24`);
 * - the other months of that year, and any year of more than `maxPages` pages, are cut into runs of
 *   whole months (`2026-01-09`, `2025-07`), and older whole years share a bundle (`2019-2021`), both
 *   grouped from the oldest forward while a bundle holds at most `maxPages` pages.
 * Boundaries are calendar days, months and years, and groups are filled from the oldest, so a page
 * more or less in one period moves no boundary before it, and moves one after it only when a group
 * crosses its limit. (Cutting each year into even parts, as before, moved every boundary with every
 * page: one new notice at 100,000 records indexed 6 of 21 bundles again.) A new notice lands in the
 * first bundle; the only others indexed again are those holding a page it changed (its round, its
 * people) and, when the first bundle's oldest day no longer fits, the month's other days. A month of
 * more than `maxPages` pages is cut at the 16th (`2026-09-01-15`, `2026-09-16-30`), a half with more
 * into runs of whole days the same way; only a day of more than `maxPages` pages (or `firstPages`,
 * for the first bundle) is cut into even parts (`-p1`, `-p2` … newest first), which do move.
 * Pagefind keeps about 0.3 MB per Chinese page in memory and writes about 10 bytes of page list per
 * page (docs/scale.md), so 5,000 pages keep one indexing process near 1.5 GB and the newest
 * bundle's page list near 10 KB.
 */
import type { Dataset } from '../domain/dataset.ts';
import { attributesFor } from './search-attributes.ts';

/** Pages per bundle unless GONGSHI_SEARCH_BUNDLE_PAGES says otherwise. */
export const BUNDLE_PAGES = 5000;
/**
 * Pages in the bundle a first search downloads, unless GONGSHI_SEARCH_FIRST_PAGES says otherwise.
 * A first search moves about 138 KB whatever the site's size (the engine and loader 67 KB, three
 * index chunks about 55 KB, ten result fragments about 16 KB) plus the bundle's page list, about
 * 10 bytes a page: 1,000 pages keep it within 150 KB (measured: 186 KB with a 4,735-page bundle).
 */
export const FIRST_PAGES = 1000;
export function firstSearchPages(): number {
  const n = Number(process.env.GONGSHI_SEARCH_FIRST_PAGES);
  return Number.isInteger(n) && n > 0 ? n : Math.min(FIRST_PAGES, maxPagesFromEnv());
}

/** How a bundle's period is named to a citizen: by its years, its months or its days; `undated` for pages filed by no date. */
export type Period = 'years' | 'months' | 'days' | 'undated';

/** One bundle: where it is published, what it covers, and (for the indexer) its pages. */
export interface SearchBundle {
  /** `latest`; `2026-10-01-24` (days of a month); `2026-01-09`, `2025-07` (months of a year); `2025`, `2019-2021` (whole years); `undated`. */
  id: string;
  /** Whether its period is told by years, months or days. */
  period: Period;
  /** The years it holds pages of, newest first. */
  years: string[];
  /** The first and the last date filed in it, `2026-07-03` (empty in the undated bundle). */
  from: string;
  to: string;
  /** Page paths, `/people/lin-xiaochuan/`. */
  pages: string[];
}

/** What the search page is told about a bundle (no page list). */
export type BundleSummary = Omit<SearchBundle, 'pages'> & { size: number; path: string };

/** The URL path of a bundle's Pagefind files. */
export const bundlePath = (id: string) => `/pagefind/${id}/`;

export function maxPagesFromEnv(): number {
  const n = Number(process.env.GONGSHI_SEARCH_BUNDLE_PAGES);
  return Number.isInteger(n) && n > 0 ? n : BUNDLE_PAGES;
}

/** The search bundles of `ds`, newest first. */
export function searchBundles(ds: Dataset, maxPages = maxPagesFromEnv(), firstPages = firstSearchPages()): SearchBundle[] {
  const pages: { path: string; date?: string }[] = [];
  const add = (kind: string, id: string) => {
    const a = attributesFor(ds, kind, id);
    if (a) pages.push({ path: `/${kind}/${id}/`, date: a.filed });
  };
  for (const n of ds.notices) add(n.kind, n.id);
  for (const id of ds.byKind.rounds.keys()) add('rounds', id);
  for (const id of ds.byKind.people.keys()) add('people', id);
  for (const id of ds.byKind.units.keys()) add('units', id);
  return splitPages(pages, maxPages, firstPages);
}

/** Pages filed by date (`2026-07-03`) as search bundles, newest first (see the top of this file). */
export function splitPages(pages: readonly { path: string; date?: string }[], maxPages: number, firstPages: number): SearchBundle[] {
  // Newest first; ties by path, so the split is the same on every build.
  const filed = pages.filter((p): p is Filed => p.date !== undefined).sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : 1) : a.date > b.date ? -1 : 1));
  const undated = pages.filter((p) => p.date === undefined).map((p) => p.path).sort();
  if (filed.length + undated.length === 0) return [];
  // A site within the first search's budget is one bundle: one index ranks better than merged ones,
  // each scoring with its own word statistics.
  if (filed.length + undated.length <= firstPages) {
    const one = bundle(filed.length ? yearsId(yearsOf(filed)) : UNDATED, filed.length ? 'years' : 'undated', filed);
    return [{ ...one, pages: [...one.pages, ...undated] }];
  }
  // Units and people in no notice yet: no date to file them by, and no notice changes them until one
  // names them (then they are filed by it). At 100,000 records they were 1,800 pages, which filed on
  // the newest day would have filled the first bundle.
  const last = cutEvenly(UNDATED, undated, maxPages, (id, paths) => bundle(id, 'undated', [], paths));
  if (filed.length === 0) return last;
  const out: SearchBundle[] = [];
  // The first bundle: the newest whole days that fit (the newest `firstPages` pages of a day with more).
  let first = 0;
  for (const day of runs(filed, (p) => p.date)) {
    if (first + day.length > firstPages) break;
    first += day.length;
  }
  if (first === 0) first = firstPages;
  out.push(bundle(LATEST, 'days', filed.slice(0, first)));
  // The rest of the month the first bundle reaches back into, so that every other bundle covers whole months.
  let rest = filed.slice(first);
  const month = filed[first - 1]!.date.slice(0, 7);
  const restOfMonth = rest.findIndex((p) => !p.date.startsWith(month));
  const early = restOfMonth < 0 ? rest : rest.slice(0, restOfMonth);
  if (early.length) out.push(...days(early, maxPages));
  rest = rest.slice(early.length);
  // Whole years, and the months of a year cut, grouped from the oldest forward: a page more or less in
  // one period moves no boundary before it, and one moves after it only when a group crosses `maxPages`.
  // The year the first bundle reaches into is always cut into months: it is not whole.
  const year = (p: Filed) => p.date.slice(0, 4);
  const older = groupRuns(rest, year, maxPages, (a, b) => yearsId([b, a]), 'years', (y) => (y.length > maxPages || year(y[0]!) === month.slice(0, 4) ? monthGroups(y, maxPages) : undefined));
  return [...out, ...older, ...(undated.length ? last : [])];
}

/** The id of the first bundle: its days move with every notice, so its name does not. */
export const LATEST = 'latest';
/** The id of the bundle of pages filed by no date. */
export const UNDATED = 'undated';

/** A page and the date it is filed by. */
export type Filed = { path: string; date: string };

/** `list` cut into runs of consecutive pages with the same `key`, in order. */
function runs(list: Filed[], key: (p: Filed) => string): Filed[][] {
  const out: Filed[][] = [];
  for (const p of list) {
    const last = out.at(-1);
    if (last && key(last[0]!) === key(p)) last.push(p);
    else out.push([p]);
  }
  return out;
}

const yearsOf = (list: Filed[]) => [...new Set(list.map((p) => p.date.slice(0, 4)))];
/** `2025`, or `2019-2021` (years newest first). */
const yearsId = (years: string[]) => (years.at(-1) !== years[0] ? `${years.at(-1)}-${years[0]}` : years[0]!);

function bundle(id: string, period: Period, list: Filed[], paths: string[] = list.map((p) => p.path)): SearchBundle {
  return { id, period, years: yearsOf(list), from: list.at(-1)?.date ?? '', to: list[0]?.date ?? '', pages: paths };
}

/** `items` (newest first) as one bundle, or, beyond `max`, in even parts `{id}-p1`, `{id}-p2` … newest first, each made by `make`. */
function cutEvenly<T>(id: string, items: T[], max: number, make: (id: string, part: T[]) => SearchBundle): SearchBundle[] {
  if (items.length <= max) return [make(id, items)];
  const parts = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => make(`${id}-p${i + 1}`, items.slice(i * size, (i + 1) * size)));
}

/**
 * `list` (newest first) in runs of consecutive pages with the same `key`, grouped from the oldest
 * forward while a group holds at most `max` pages, each group named by its first and last run's
 * keys. A run `cut` answers for (a run of more than `max` pages, or one that must stand alone) is
 * replaced by what it answers. Returned newest first.
 */
function groupRuns(list: Filed[], key: (p: Filed) => string, max: number, name: (first: string, last: string) => string, period: Period, cut: (run: Filed[]) => SearchBundle[] | undefined): SearchBundle[] {
  const out: SearchBundle[] = []; // oldest first
  let group: Filed[][] = [];
  let size = 0;
  const flush = () => {
    if (!group.length) return;
    out.push(bundle(name(key(group[0]![0]!), key(group.at(-1)![0]!)), period, group.reverse().flat()));
    group = [];
    size = 0;
  };
  for (const run of runs(list, key).reverse()) {
    const alone = cut(run);
    if (alone) {
      flush();
      out.push(...alone.reverse());
      continue;
    }
    if (size + run.length > max) flush();
    group.push(run);
    size += run.length;
  }
  flush();
  return out.reverse();
}

/**
 * One year's pages (newest first) in runs of whole months of at most `max` pages. A month with more
 * is cut at the 16th (two halves of about even size whose boundary never moves), and a half with
 * more still in runs of whole days.
 */
function monthGroups(year: Filed[], max: number): SearchBundle[] {
  const y = year[0]!.date.slice(0, 4);
  const mm = (p: Filed) => p.date.slice(5, 7);
  const half = (p: Filed) => (p.date.slice(8) < '16' ? 'a' : 'b');
  return groupRuns(year, mm, max, (a, b) => (a === b ? `${y}-${a}` : `${y}-${a}-${b}`), 'months', (month) => (month.length > max ? runs(month, half).flatMap((h) => days(h, max)) : undefined));
}

/** Days of one month (newest first) as one bundle (`2026-09-01-15`), or beyond `max` pages in runs of whole days; a day with more cut evenly. */
function days(list: Filed[], max: number): SearchBundle[] {
  const m = list[0]!.date.slice(0, 7);
  const dd = (p: Filed) => p.date.slice(8);
  const name = (a: string, b: string) => `${m}-${a}-${b}`;
  if (list.length <= max) return [bundle(name(dd(list.at(-1)!), dd(list[0]!)), 'days', list)];
  return groupRuns(list, dd, max, name, 'days', (day) => (day.length > max ? cutEvenly(day[0]!.date, day, max, (id, part) => bundle(id, 'days', part)) : undefined));
}

/** The bundles as the search page describes them to its script. */
export function bundleSummaries(bundles: SearchBundle[]): BundleSummary[] {
  return bundles.map(({ pages, ...b }) => ({ ...b, size: pages.length, path: bundlePath(b.id) }));
}
