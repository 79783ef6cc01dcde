/**
 * How the search index is split into bundles, so that no indexing process holds more pages than
 * fit in memory and a first search downloads only one bundle's page list.
 *
 * Pages are filed by year (a notice by its publication date, a round by its latest notice, a person
 * by their latest appearance; units, and people not yet in any notice, in the newest year). A site
 * of at most `firstPages` pages is one bundle: merged indexes each score with their own word
 * statistics, so a small bundle's pages would rank above better matches of a large one (measured
 * on the sample split by year: 12 of the 42 quality queries then fail). A larger site: the newest
 * `firstPages` pages of the newest year are the first bundle (the one a first search downloads),
 * the rest of that year follows in parts of at most `maxPages`; older whole years share a bundle
 * while it holds at most `maxPages` pages, and a year with more is cut into even parts, newest
 * first, so a bundle always covers years or months a citizen can be told about. Pagefind keeps about 0.3 MB per Chinese page in memory
 * and writes about 10 bytes of page list per page (docs/scale.md), so 5,000 pages keep one
 * indexing process near 1.5 GB and the newest bundle's page list near 50 KB.
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

/** One bundle: where it is published, what it covers, and (for the indexer) its pages. */
export interface SearchBundle {
  /** `2026`; `2024-2026` for whole years sharing a bundle; `2026-p1`, `2026-p2` … (newest first) for the parts of a cut year. */
  id: string;
  /** The years it holds pages of, newest first; one when a year is cut. */
  years: string[];
  /** First and last month filed in it, `2026-07`. */
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
  const pages: { path: string; filed?: string }[] = [];
  const add = (kind: string, id: string) => {
    const a = attributesFor(ds, kind, id);
    if (a) pages.push({ path: `/${kind}/${id}/`, filed: a.filed });
  };
  for (const n of ds.notices) add(n.kind, n.id);
  for (const id of ds.byKind.rounds.keys()) add('rounds', id);
  for (const id of ds.byKind.people.keys()) add('people', id);
  for (const id of ds.byKind.units.keys()) add('units', id);
  const newest = pages.reduce((m, p) => (p.filed && p.filed > m ? p.filed : m), ds.today);
  const filed = pages.map((p) => ({ path: p.path, date: p.filed ?? newest }));
  // Newest first; ties by path, so the split is the same on every build.
  filed.sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : 1) : a.date > b.date ? -1 : 1));
  const byYear = new Map<string, typeof filed>();
  for (const p of filed) {
    const y = p.date.slice(0, 4);
    let list = byYear.get(y);
    if (!list) byYear.set(y, (list = []));
    list.push(p);
  }
  const out: SearchBundle[] = [];
  const push = (id: string, years: string[], chunk: typeof filed) =>
    out.push({ id, years, from: chunk.at(-1)!.date.slice(0, 7), to: chunk[0]!.date.slice(0, 7), pages: chunk.map((p) => p.path) });
  /** `list` (one year, newest first) in parts of at most `max` pages, as even as can be, numbered from `first`. */
  const cut = (year: string, list: typeof filed, max: number, first: number) => {
    const parts = Math.ceil(list.length / max);
    const size = Math.ceil(list.length / parts);
    for (let i = 0; i < parts; i++) push(`${year}-p${first + i}`, [year], list.slice(i * size, (i + 1) * size));
  };
  const years = [...byYear];
  // A site within the first search's budget is one bundle: one index ranks better than merged ones,
  // each scoring with its own word statistics.
  if (filed.length <= firstPages) {
    const ys = years.map(([y]) => y);
    push(ys.length > 1 ? `${ys.at(-1)}-${ys[0]}` : ys[0]!, ys, filed);
    return out;
  }
  // The newest year: its newest `firstPages` pages first (what a first search downloads), then the rest.
  const [[newestYear, newestList]] = years as [[string, typeof filed]];
  if (newestList.length > firstPages) {
    push(`${newestYear}-p1`, [newestYear], newestList.slice(0, firstPages));
    cut(newestYear, newestList.slice(firstPages), maxPages, 2);
  } else push(newestYear, [newestYear], newestList);
  // Older years: whole years share a bundle while they fit; a year that does not fit alone is cut.
  let group: { years: string[]; pages: typeof filed } = { years: [], pages: [] };
  const flush = () => {
    if (group.pages.length) push(group.years.length > 1 ? `${group.years.at(-1)}-${group.years[0]}` : group.years[0]!, group.years, group.pages);
    group = { years: [], pages: [] };
  };
  for (const [year, list] of years.slice(1)) {
    if (list.length > maxPages) {
      flush();
      cut(year, list, maxPages, 1);
      continue;
    }
    if (group.pages.length + list.length > maxPages) flush();
    group.years.push(year);
    group.pages.push(...list);
  }
  flush();
  return out;
}

/** The bundles as the search page describes them to its script. */
export function bundleSummaries(bundles: SearchBundle[]): BundleSummary[] {
  return bundles.map(({ pages, ...b }) => ({ ...b, size: pages.length, path: bundlePath(b.id) }));
}
