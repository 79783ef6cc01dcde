/** Steps that run over the freshly built site before it replaces dist/ (record files, search index, CSP, checks). */
import { formatIssues, passContext } from '../src/build/checks/index.ts';
import { runChecksOnLanes } from '../src/build/checks/lanes.ts';
import type { ReuseOptions } from '../src/build/checks/pass.ts';
import { inputHash, readPublished, reuseTree, writePublished, type PublishedFiles } from '../src/build/published-files.ts';
import { writeRecordFiles } from '../src/build/record-files.ts';
import { LEDGER_DIR } from '../src/ledger/log.ts';
import type { SourceRecord } from '../src/ledger/records.ts';
import { indexSite } from '../src/build/search-index.ts';
import { writeSitemapExtras } from '../src/build/sitemap-lastmod.ts';
import type { Dataset } from '../src/domain/dataset.ts';
import { pageDates } from '../src/view/sitemap.ts';
import { writeT2sTable } from '../src/build/t2s-table.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { searchBundles, type SearchBundle } from '../src/view/search-bundles.ts';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

/** Where an incremental build finds the previous site and keeps what it knows of it. */
export interface Previous {
  /** The site now published (dist/), whose unchanged search bundles are copied. */
  site: string;
  /** A file for the digests of the search bundles, kept with the Astro cache. */
  digests: string;
  /** A file for the record of the published files (src/build/published-files.ts), kept with it. */
  files: string;
}

/**
 * What the post-build steps take from the records and from the previous build, worked out before the
 * new site exists (scripts/build.ts does it while Astro builds the site): none of it reads the new site.
 */
export interface Prepared {
  /** The record of the site now published (src/build/published-files.ts), when there is one. */
  published?: PublishedFiles;
  /** The search bundles and their pages. */
  bundles: SearchBundle[];
  /** The site's address and each page's latest date, for the sitemap (with a dataset only). */
  sitemap?: { url: string; dates: Map<string, string> };
  /** The record files, written into a folder of their own (`dir`), to be moved into the site. */
  records: { dir: string; files: number; kept: number };
}

/**
 * Prepared's values for the records of `root` (its `dataset` and `sources` as validated) and the
 * `previous` build; each record's files are written meanwhile into the empty folder `aside` (the
 * build does all this while Astro renders, so the disk work of 100,000 data files overlaps it), and
 * nothing of the records is needed after this.
 */
export function prepareSteps(root: string, dataset: Dataset | undefined, sources: readonly SourceRecord[], aside: string, previous?: Previous): Prepared {
  const published = previous ? readPublished(previous.files) : undefined;
  const records = writeRecordFiles({ sources: new Map(sources.map((r) => [r.key, r])), ledgerDir: join(root, LEDGER_DIR) }, aside, previous && { site: previous.site, before: published });
  return {
    published,
    bundles: dataset ? searchBundles(dataset) : searchBundlesOf(root),
    sitemap: dataset && { url: dataset.site.url, dates: pageDates(dataset) },
    records: { dir: aside, ...records },
  };
}

/** Run every post-build step over the site in `dir`, with what `prepared` worked out before the site was built. */
export async function postBuildSteps(dir: string, root: string, prepared: Prepared, previous?: Previous): Promise<void> {
  const { bundles, published } = recordSteps(dir, prepared);
  prepared.sitemap = undefined;
  // Each page's bytes are hashed once, for the search bundles' digests and for the pass below.
  const hashes = new Map<string, string>();
  const reuse = previous ? reusableBundles(dir, bundles, previous, hashes, published) : { kept: [], digests: {} };
  const search = await indexSite(dir, bundles.filter((b) => !reuse.kept.includes(b.id)));
  if (previous) pendingDigests.set(previous.digests, reuse.digests);
  const kept = reuse.kept.length ? cliUi.postBuild.kept(reuse.kept.length) : '';
  console.log(`✓ ${cliUi.postBuild.search(search.bundles.length, search.bundles.map((b) => cliUi.postBuild.bundle(b.id, b.pages)), kept, search.files, (search.bytes / 1024).toFixed(0))}`);
  console.log(`✓ ${cliUi.postBuild.t2s((writeT2sTable(dir) / 1024).toFixed(1))}`);
  // Steps that write into the site go above this line. Then one pass over the site writes each
  // page's CSP (which hashes the final HTML) and runs every check on exactly what will be
  // published. Any issue throws, so dist/ is not replaced.
  const again: ReuseOptions | undefined = previous ? { site: previous.site, before: published, context: passContext(root), hashes } : undefined;
  const issues = runChecksOnLanes(dir, root, { csp: true, reuse: again });
  if (again?.counts) console.log(`✓ ${cliUi.postBuild.checked(again.counts.checked, again.counts.reused)}`);
  if (issues.length) throw new Error(cliUi.postBuild.checksFailed(issues.length, formatIssues(issues)));
  if (previous && again?.after) pendingFiles.set(previous.files, again.after);
}

/** The steps from the records: the sitemap's dates (from the records' dates), each record's files (written already, moved in). */
function recordSteps(dir: string, prepared: Prepared) {
  if (prepared.sitemap) console.log(`✓ ${cliUi.postBuild.sitemap(writeSitemapExtras(dir, prepared.sitemap.url, prepared.sitemap.dates))}`);
  const { records } = prepared;
  moveInto(records.dir, dir);
  rmSync(records.dir, { recursive: true, force: true });
  console.log(`✓ ${cliUi.postBuild.dataFiles(records.files, records.kept)}`);
  return { bundles: prepared.bundles, published: prepared.published };
}

/**
 * Move everything under `from` to the same place under `to`: a folder `to` lacks is renamed in
 * whole, one it has is merged, and a file replaces the one there (as writing it there would). Only
 * directory entries change: nothing is written through a file that has other names.
 */
export function moveInto(from: string, to: string): void {
  for (const d of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, d.name);
    const dst = join(to, d.name);
    const there = lstatSync(dst, { throwIfNoEntry: false });
    if (d.isDirectory() && there?.isDirectory()) moveInto(src, dst);
    else if (there && (there.isDirectory() || d.isDirectory())) throw new Error(cliUi.postBuild.clash(dst));
    else renameSync(src, dst);
  }
}

/** The search bundles of the jurisdiction in `root`, as the search page (built from the same content) lists them. */
export function searchBundlesOf(root: string) {
  const { dataset } = validateContent(root, referenceDate());
  if (!dataset) throw new Error(cliUi.postBuild.noDataset);
  return searchBundles(dataset);
}

/** Digests to record once the site they describe is published (see commitDigests). */
const pendingDigests = new Map<string, Record<string, string>>();
/** Records of published files, likewise. */
const pendingFiles = new Map<string, PublishedFiles>();

/**
 * Search bundles whose pages are byte for byte those of the previous build (before CSP, as Pagefind
 * reads them) are copied from the published site instead of indexed again: Pagefind writes the same
 * bundle for the same pages (the incremental build test compares a clean build's). A bundle's digest
 * covers its page list, each page's HTML and the Pagefind version.
 */
function reusableBundles(dir: string, bundles: readonly { id: string; pages: string[] }[], previous: Previous, hashes: Map<string, string>, published: PublishedFiles | undefined): { kept: string[]; digests: Record<string, string> } {
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(previous.digests, 'utf8')) as Record<string, string>;
  } catch {
    // No previous build, or an unreadable record of it: index every bundle.
  }
  const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  const digests: Record<string, string> = {};
  const kept: string[] = [];
  for (const b of bundles) {
    const h = createHash('sha256').update(`pagefind ${version}\n`);
    for (const page of b.pages) {
      h.update(`${page}\n`);
      const rel = `${page.replace(/^\/+/, '')}index.html`;
      let digest = hashes.get(rel);
      if (digest === undefined) {
        const st = statSync(join(dir, rel), { throwIfNoEntry: false });
        if (st) hashes.set(rel, (digest = inputHash(join(dir, rel), st, published?.files[rel])));
      }
      if (digest !== undefined) h.update(digest);
      h.update('\n');
    }
    const digest = h.digest('hex');
    digests[b.id] = digest;
    const old = join(previous.site, 'pagefind', b.id);
    if (before[b.id] === digest && existsSync(join(old, 'pagefind-entry.json'))) {
      // Linked, not copied: nothing writes a search file after Pagefind (published-files.ts).
      reuseTree(old, join(dir, 'pagefind', b.id));
      kept.push(b.id);
    }
  }
  return { kept, digests };
}

/**
 * After the new site is in place: record the digests of its search bundles and its files for the
 * next build. Before it is in place (or when the build failed) the records still describe the
 * published site, as they must: the next build reuses files of that site only.
 */
export function commitDigests(previous: Previous): void {
  const files = pendingFiles.get(previous.files);
  if (files) writePublished(previous.files, files);
  const digests = pendingDigests.get(previous.digests);
  if (!digests) return;
  mkdirSync(dirname(previous.digests), { recursive: true });
  writeFileSync(previous.digests, JSON.stringify(digests, null, 1) + '\n');
}
