/**
 * `node scripts/bench-search.ts --records N [--seed S] [--query Q] [--lanes L]`: the search index of a fixture
 * already built into .fixtures/N-S/dist (by `npm run bench -- --records N`, or its astro phase
 * alone: `node scripts/bench.ts --records N --child astro`), measured on its own, without building
 * the site again: the bundles as the build splits them, each indexed by its own Pagefind process
 * (wall time, CPU time and peak resident memory of each process), and then the bytes a first search
 * fetches in Chromium (`npm run bench -- --site`). Writes bench/results-search-N.json.
 *
 * The machine is shared and its speed drifts 2–3× with the load, so the same run times a fixed CPU
 * loop (SHA-256 over 1 GiB) before and after the indexing: read the indexing's CPU time against it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SYNTH_TODAY } from '../bench/synth/generate.ts';
import { indexSite, searchLanes } from '../src/build/search-index.ts';
import { writeT2sTable } from '../src/build/t2s-table.ts';
import { searchBundlesOf } from './post-build.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: '交通运输局' },
    /**
     * `all` (default); `first`, `largest` or `first,largest`: only the bundle a first search opens
     * and/or the largest one, which bound the first search and the per-process peak, when indexing
     * them all would not finish on a loaded machine; the total CPU is then extrapolated per page.
     */
    bundles: { type: 'string', default: 'all' },
    /** Leave out the first search in Chromium (when the bundles indexed are not those the search page lists). */
    'no-browser': { type: 'boolean', default: false },
    /** Written to bench/results-search-N-LABEL.json instead of …-N.json. */
    label: { type: 'string' },
    /** Pagefind processes at once (default: as the build runs them, searchLanes()). */
    lanes: { type: 'string' },
    /**
     * `--project 100000 --from 10000`: no indexing; the figures at 100,000 records from runs at
     * 10,000 (every bundle; and `--label bundle5000`, the largest bundle the split allows) and the
     * 100,000-record fixture's page count: measured per process, extrapolated in total.
     */
    project: { type: 'string' },
    from: { type: 'string', default: '10000' },
  },
});
if (values.project) {
  project(values.project, values.from!);
  process.exit(0);
}
process.env.GONGSHI_TODAY ??= SYNTH_TODAY;
const root = join(PROJECT, '.fixtures', `${values.records}-${values.seed}`);
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'search', 'index.html'))) {
  console.error(cliUi.bench.notBuilt(dist, `node scripts/bench.ts --records ${values.records} --seed ${values.seed} --child astro`));
  process.exit(2);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The fixed CPU loop: SHA-256 over 1 GiB, in this process. */
function baseline(): { ms: number; cpuMs: number } {
  const block = Buffer.alloc(1024 ** 2, 7);
  const t0 = performance.now();
  const c0 = cpuMs();
  let h = createHash('sha256');
  for (let i = 0; i < 1024; i++) h = createHash('sha256').update(block).update(h.digest());
  return { ms: Math.round(performance.now() - t0), cpuMs: Math.round(cpuMs() - c0) };
}

const mb = (b = 0) => Math.round(b / 1024 ** 2);
const loadBefore = loadavg().map((x) => +x.toFixed(2));
const baselineBefore = baseline();
console.log(`→ ${cliUi.bench.baseline(baselineBefore.ms, baselineBefore.cpuMs)}`);

// Splitting needs the dataset, as the build has it: validate the fixture (this process's memory).
let t0 = performance.now();
const all = searchBundlesOf(root);
const splitMs = Math.round(performance.now() - t0);
console.log(`→ ${cliUi.bench.split(all.length, all.map((b) => cliUi.bench.bundle(b.id, b.pages.length)), splitMs)}`);
const largest = all.reduce((a, b) => (b.pages.length > a.pages.length ? b : a));
const bundles = values.bundles === 'all' ? all : values.bundles === 'first' ? all.slice(0, 1) : values.bundles === 'largest' ? [largest] : all.filter((b, i) => i === 0 || b === largest);
const allPages = all.reduce((s, b) => s + b.pages.length, 0);

rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
t0 = performance.now();
const lanes = values.lanes ? Number(values.lanes) : searchLanes();
const report = await indexSite(dist, bundles, lanes);
const indexMs = Math.round(performance.now() - t0);
writeT2sTable(dist);
for (const b of report.bundles) console.log(`  ${cliUi.bench.bundleIndexed(b.id, b.pages, b.ms, b.cpuMs, mb(b.peakBytes))}`);
const baselineAfter = baseline();
console.log(`→ ${cliUi.bench.baselineAfter(baselineAfter.ms, baselineAfter.cpuMs)}`);

// The first search, measured by the bench's own browser run; it writes bench/results-search-site.json, which is put back.
const siteFile = join(PROJECT, 'bench', 'results-search-site.json');
const kept = existsSync(siteFile) ? readFileSync(siteFile, 'utf8') : undefined;
const run = values['no-browser'] ? undefined : spawnSync(process.execPath, ['scripts/bench.ts', '--site', dist, '--query', values.query!], { cwd: PROJECT, stdio: 'inherit', env: process.env });
const firstSearch = run?.status === 0 ? (JSON.parse(readFileSync(siteFile, 'utf8')) as Record<string, unknown>) : undefined;
if (kept === undefined) rmSync(siteFile, { force: true });
else writeFileSync(siteFile, kept);

const fixture = JSON.parse(readFileSync(join(root, 'fixture.json'), 'utf8')) as { records: number };
const pf = report.bundles;
const result = {
  records: fixture.records,
  seed: values.seed,
  command: `node scripts/bench-search.ts --records ${values.records} --seed ${values.seed}`,
  machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, loadBefore, loadAfter: loadavg().map((x) => +x.toFixed(2)) },
  baseline: { what: 'SHA-256 over 1 GiB in one process', before: baselineBefore, after: baselineAfter },
  split: { ms: splitMs, bundles: all.map((b) => ({ id: b.id, pages: b.pages.length })), pages: allPages },
  indexed: values.bundles === 'all' ? 'every bundle' : values.bundles === 'first' ? `the first of ${all.length} bundles` : values.bundles === 'largest' ? `the largest of ${all.length} bundles` : `the first and the largest of ${all.length} bundles`,
  env: { GONGSHI_SEARCH_FIRST_PAGES: process.env.GONGSHI_SEARCH_FIRST_PAGES, GONGSHI_SEARCH_BUNDLE_PAGES: process.env.GONGSHI_SEARCH_BUNDLE_PAGES },
  index: {
    ms: indexMs,
    // Every Pagefind process's CPU, exact (per bundle it is exact only one at a time).
    cpuMs: report.cpuMs ?? pf.reduce((s, b) => s + (b.cpuMs ?? 0), 0),
    lanes,
    pages: pf.reduce((s, b) => s + b.pages, 0),
    files: report.files,
    bytes: report.bytes,
    largestBundlePeakBytes: Math.max(...pf.map((b) => b.peakBytes ?? 0)),
    bundles: pf,
  },
  /** Every bundle's CPU time at the CPU per page of those indexed (a figure only when some were left out). */
  extrapolatedAllCpuMs: values.bundles === 'all' ? undefined : Math.round(((report.cpuMs ?? pf.reduce((s, b) => s + (b.cpuMs ?? 0), 0)) / pf.reduce((s, b) => s + b.pages, 0)) * allPages),
  /** This process: validating the fixture to split it, then waiting on the Pagefind processes. */
  nodePeakBytes: process.resourceUsage().maxRSS * 1024,
  firstSearch,
  targets: {
    indexingPeak: Math.max(...pf.map((b) => b.peakBytes ?? 0)) <= 4 * 1024 ** 3,
    firstSearch: firstSearch ? (firstSearch.bytes as number) <= 150 * 1024 : undefined,
  },
};
const out = join(PROJECT, 'bench', `results-search-${values.records}${values.label ? `-${values.label}` : ''}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(
  `✓ ${cliUi.bench.indexed({
    pages: result.index.pages,
    s: (indexMs / 1000).toFixed(1),
    cpuS: (result.index.cpuMs / 1000).toFixed(1),
    largestPeakMb: mb(result.index.largestBundlePeakBytes),
    nodePeakMb: mb(result.nodePeakBytes),
    firstSearch: firstSearch ? `${((firstSearch.bytes as number) / 1024).toFixed(1)}KB` : cliUi.bench.notMeasured,
    out,
  })}`,
);

/** Pages a fixture indexes: every notice, round, person and unit (bench/synth counts; bodies, qualifications, calendars and the site file have no page). */
function indexedPages(counts: Record<string, number>): number {
  return Object.entries(counts).reduce((n, [k, v]) => (['calendar', 'site', 'bodies', 'qualifications'].includes(k) ? n : n + v), 0);
}

function project(target: string, from: string): void {
  type Result = { records: number; index: { ms: number; cpuMs: number; pages: number; largestBundlePeakBytes: number; bundles: { id: string; pages: number; cpuMs?: number; peakBytes?: number }[] }; baseline: unknown; firstSearch?: { bytes: number; files: { path: string; transfer: number }[] }; machine: unknown };
  const read = (name: string) => JSON.parse(readFileSync(join(PROJECT, 'bench', name), 'utf8')) as Result;
  const whole = read(`results-search-${from}.json`);
  const big = read(`results-search-${from}-bundle5000.json`);
  const fixture = JSON.parse(readFileSync(join(PROJECT, '.fixtures', `${target}-${values.seed}`, 'fixture.json'), 'utf8')) as { records: number; counts: Record<string, number> };
  const pages = indexedPages(fixture.counts);
  const cpuPerPage = whole.index.cpuMs / whole.index.pages;
  const bundlePages = Number(process.env.GONGSHI_SEARCH_BUNDLE_PAGES) || 5000;
  const firstPages = Number(process.env.GONGSHI_SEARCH_FIRST_PAGES) || 1000;
  const result = {
    records: fixture.records,
    command: `node scripts/bench-search.ts --project ${target} --from ${from}`,
    how: `Not indexed end to end: the ${target}-record fixture was generated but could not be validated and built by Astro on the loaded machine before the deadline. Per process, nothing depends on the size of the site (each bundle is at most ${bundlePages} pages and indexed by a process of its own; a first search opens only the first bundle of at most ${firstPages} pages), so those figures are measured at ${from} records; the totals are extrapolated from them by page count.`,
    pages: { value: pages, how: 'counted from the fixture: one page per notice, round, person and unit' },
    bundles: { value: 1 + Math.ceil((pages - firstPages) / bundlePages), how: `about: the first ${firstPages} pages, then parts of at most ${bundlePages} (years cut or grouped, src/view/search-bundles.ts)` },
    indexingPeak: {
      measuredBytes: big.index.largestBundlePeakBytes,
      bundlePages: big.index.bundles[0]?.pages,
      how: `measured: peak resident memory of the Pagefind process indexing a ${big.index.bundles[0]?.pages}-page bundle (the largest the split makes), at ${from} records`,
      target: '≤ 4 GB per process',
      met: big.index.largestBundlePeakBytes <= 4 * 1024 ** 3,
    },
    indexingCpu: {
      measuredMsPerPage: +cpuPerPage.toFixed(2),
      extrapolatedMs: Math.round(cpuPerPage * pages),
      how: `CPU time of every Pagefind process at ${from} records (${whole.index.pages} pages, ${whole.index.bundles.length} bundles), per page, times the pages at ${target}; the processes run one after the other, so wall time is at least this on one core`,
      bundle5000CpuMs: big.index.cpuMs,
    },
    firstSearch: { bytes: whole.firstSearch?.bytes, how: `measured at ${from} records: the first bundle (${whole.index.bundles[0]?.pages} pages) is what any site's first search opens`, target: '≤ 150 KB', met: whole.firstSearch ? whole.firstSearch.bytes <= 150 * 1024 : undefined },
    from: { whole: `bench/results-search-${from}.json`, bundle5000: `bench/results-search-${from}-bundle5000.json`, baseline: whole.baseline, machine: whole.machine },
  };
  const out = join(PROJECT, 'bench', `results-search-${target}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`✓ ${cliUi.bench.extrapolated({ records: target, pages, bundles: result.bundles.value, peakMb: Math.round(result.indexingPeak.measuredBytes / 1024 ** 2), bundlePages: result.indexingPeak.bundlePages, cpuS: (result.indexingCpu.extrapolatedMs / 1000).toFixed(0), firstSearchKb: ((result.firstSearch.bytes ?? 0) / 1024).toFixed(1), out })}`);
}

