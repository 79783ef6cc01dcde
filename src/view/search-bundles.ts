/**
 * How the search index is split into bundles, so that no indexing process holds more pages than
 * fit in memory and a first search downloads only one bundle's page list.
 *
 * Pages are filed by year (a notice by its publication date, a round by its latest notice, a person
 * by their latest appearance; units, and people not yet in any notice, in the newest year). Whole
 * years, newest first, share a bundle while it holds at most `maxPages` pages; a year with more is
 * cut into consecutive periods of at most `maxPages` pages each, newest first, so a bundle always
 * covers years or months a citizen can be told about. A site that fits in one bundle keeps one:
 * merged indexes each score with their own word statistics, so a small bundle's pages would rank
 * above better matches of a large one (measured on the sample split by year: 12 of the 42 quality
 * queries then fail). Pagefind keeps about 0.3 MB per Chinese page in memory
 * and writes about 10 bytes of page list per page (docs/scale.md), so 5,000 pages keep one
 * indexing process near 1.5 GB and the newest bundle's page list near 50 KB.
 */
import type { Dataset } from '../domain/dataset.ts';
import { attributesFor } from './search-attributes.ts';

/** Pages per bundle unless GONGSHI_SEARCH_BUNDLE_PAGES says otherwise. */
export const BUNDLE_PAGES = 5000;
/**
 * The first search merges bundles, newest first, while their pages add up to no more than one
 * bundle's worth (so a site cut into periods loads one, and a small site all of its years).
 */
export const firstSearchPages = (): number => maxPagesFromEnv();

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
export function searchBundles(ds: Dataset, maxPages = maxPagesFromEnv()): SearchBundle[] {
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
  // Whole years, newest first, share a bundle while they fit: one index ranks better than merged
  // ones, each scoring with its own word statistics. A year that does not fit alone is cut.
  let group: { years: string[]; pages: typeof filed } = { years: [], pages: [] };
  const flush = () => {
    if (group.pages.length) push(group.years.length > 1 ? `${group.years.at(-1)}-${group.years[0]}` : group.years[0]!, group.years, group.pages);
    group = { years: [], pages: [] };
  };
  for (const [year, list] of byYear) {
    if (list.length > maxPages) {
      flush();
      const parts = Math.ceil(list.length / maxPages);
      for (let i = 0; i < parts; i++) push(`${year}-p${i + 1}`, [year], list.slice(i * maxPages, (i + 1) * maxPages));
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
