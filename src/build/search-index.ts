/**
 * The post-build step that builds the Pagefind search index over the finished site. Only pages that
 * mark their `<main>` with `data-pagefind-body` are indexed (notices, rounds, people, units); their
 * filters, meta and sort keys come from search-attributes.ts.
 *
 * Chinese: the `pagefind` npm package runs the *extended* binary (@pagefind/<platform>/bin/
 * pagefind_extended), which segments Chinese text into words at index time; the browser segments
 * the query with Intl.Segmenter. Both see the pages' `lang="zh-CN"`, so the whole site is one zh-cn
 * index. test/e2e/search.test.ts proves a three-character name is found.
 *
 * Memory: the extended binary keeps every indexed page in memory until it writes the bundle, and
 * its Chinese segmentation makes that about 0.3 MB per page (10,000 pages: 3 GB). So the site is
 * indexed in bundles (src/view/search-bundles.ts), each by a process of its own, and the peak of
 * any process is that of the largest bundle.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchIndexUi } from '../i18n/zh-cn-checks.ts';
import { workersAllowed } from '../pipeline/sync-worker.ts';

/** What indexing produced. */
export interface IndexReport {
  /** HTML files Pagefind read; those without `data-pagefind-body` are read and left out of the index. */
  pages: number;
  /** Fragment files written: one per indexed page until Pagefind starts bundling them (its maxFragments option). */
  fragments: number;
  /** Files and bytes written under pagefind/. */
  files: number;
  bytes: number;
}

/** What one Pagefind process cost, read from /proc while it ran (Linux; undefined elsewhere). */
export interface ProcessCost {
  /** CPU time, user and system, in ms (the last 100 ms before it exits may be missed). */
  cpuMs?: number;
  /** Its peak resident memory (VmHWM, a high-water mark, so a late sample still sees an earlier peak). */
  peakBytes?: number;
}

/** One indexed bundle: its id, pages, wall time and what its Pagefind process cost. */
export type BundleReport = { id: string; pages: number; ms: number } & ProcessCost;

/**
 * The extended Pagefind binary, found as the `pagefind` package's Node API finds it (so
 * PAGEFIND_EXTENDED_BINARY_PATH, which the benchmark uses to cap its memory, still applies).
 */
export function pagefindBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) return fromEnv;
  const os = platform() === 'win32' ? 'windows' : platform();
  const exe = os === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return createRequire(fileURLToPath(import.meta.resolve('pagefind'))).resolve(`@pagefind/${os}-${process.env.npm_config_arch || arch()}/bin/${exe}`);
}

/** A bundle to index: its id (its folder under pagefind/) and the page paths it holds. */
export interface BundlePlan {
  id: string;
  pages: string[];
}

/**
 * Index the built site in `dir` as `bundles`, each into `dir/pagefind/{id}/`, each in a Pagefind
 * process of its own, at most `lanes` at a time (searchLanes(): two on two cores; the peak of any
 * process is still one bundle's; the largest bundles start first, so the lanes end together).
 * Each process reads a staging folder of hard links to its pages' HTML, so the page URLs stay the
 * site's. A bundle's files depend on its pages only, so they are the same however many run at once.
 * Without `bundles`, the whole site is one index in `dir/pagefind/`. Throws on any Pagefind error.
 *
 * This runs Pagefind's command line rather than its Node API: both drive the same binary and write
 * byte-identical bundles, but the API's service takes twice as long to write a large index (10,000
 * pages: 25 s against 13 s).
 */
export async function indexSite(dir: string, bundles?: BundlePlan[], lanes = searchLanes()): Promise<IndexReport & ProcessCost & { bundles: BundleReport[] }> {
  if (!bundles) {
    const one = await runPagefind(dir, join(dir, 'pagefind'), true);
    return { ...one, bundles: [] };
  }
  const total: IndexReport & ProcessCost = { pages: 0, fragments: 0, files: 0, bytes: 0 };
  const done = new Map<string, BundleReport>();
  const before = childrenCpuMs();
  const stageRoot = mkdtempSync(join(dir, '.search-stage-'));
  const queue = [...bundles].sort((a, b) => b.pages.length - a.pages.length);
  const exclusive = Math.min(lanes, bundles.length) <= 1;
  const index = async (b: BundlePlan) => {
    const t0 = performance.now();
    const stage = join(stageRoot, b.id);
    let linked = 0;
    for (const page of b.pages) {
      const from = join(dir, page, 'index.html');
      if (!existsSync(from)) continue;
      mkdirSync(join(stage, page), { recursive: true });
      linkSync(from, join(stage, page, 'index.html'));
      linked++;
    }
    if (linked === 0) throw new Error(searchIndexUi.emptyBundle(b.id));
    const r = await runPagefind(stage, join(dir, 'pagefind', b.id), exclusive);
    rmSync(stage, { recursive: true, force: true });
    total.pages += r.pages;
    total.fragments += r.fragments;
    total.files += r.files;
    total.bytes += r.bytes;
    done.set(b.id, { id: b.id, pages: linked, ms: Math.round(performance.now() - t0), cpuMs: r.cpuMs, peakBytes: r.peakBytes });
  };
  const lane = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) await index(b);
  };
  try {
    // One failing lane stops the others taking new bundles; the first error is the one thrown.
    const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(lanes, bundles.length)) }, () => lane().catch((e: unknown) => ((queue.length = 0), Promise.reject(e)))));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    rmSync(stageRoot, { recursive: true, force: true });
  }
  // All bundles' CPU time, exact; each bundle's own is exact only when one ran at a time (sampled otherwise).
  const after = childrenCpuMs();
  if (before !== undefined && after !== undefined) total.cpuMs = after - before;
  return { ...total, bundles: bundles.map((b) => done.get(b.id)!) };
}

/**
 * Pagefind processes run at once: two on a machine with two cores or more (GONGSHI_SEARCH_LANES sets
 * another number, at most one a core; GONGSHI_WORKERS=0 one). One process keeps a little under two
 * cores busy, and its single-threaded stretches leave room: at 9,793 pages in 4 bundles two lanes
 * took 14.6–15.0 s against 19.1–20.9 s for one, the same CPU and the same largest process (1.13 GB),
 * while the process tree holds two bundles' memory at once (docs/scale.md).
 */
export function searchLanes(env: NodeJS.ProcessEnv = process.env): number {
  if (!workersAllowed()) return 1;
  const asked = Number(env.GONGSHI_SEARCH_LANES);
  return Math.max(1, Math.min(Number.isInteger(asked) && asked >= 1 ? asked : 2, availableParallelism()));
}

/** `exclusive`: no other child of this process ends meanwhile, so its CPU time can be read exactly from this process's counters. */
async function runPagefind(site: string, out: string, exclusive: boolean): Promise<IndexReport & ProcessCost> {
  const { code, output, cost } = await new Promise<{ code: number | null; output: string; cost: ProcessCost }>((done, fail) => {
    const child = spawn(pagefindBinary(), ['--site', site, '--output-path', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const cost: ProcessCost = {};
    const sample = () => Object.assign(cost, processCost(child.pid, cost));
    const timer = setInterval(sample, 100);
    // CPU time of waited-for children accumulates in this process's own counters once the child is reaped: exact, unlike sampling.
    const before = childrenCpuMs();
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    // 'exit' comes before the pipes close: the process may still be a zombie whose /proc is readable.
    child.on('exit', () => {
      sample();
      clearInterval(timer);
    });
    child.on('close', (code) => {
      const after = childrenCpuMs();
      if (exclusive && before !== undefined && after !== undefined) cost.cpuMs = Math.max(cost.cpuMs ?? 0, after - before);
      done({ code, output, cost });
    });
  });
  const errors = output.split('\n').filter((line) => /^\s*(Error|Failed)\b/i.test(line));
  if (code !== 0 || errors.length || !/Indexed \d+ pages?/.test(output)) {
    throw new Error(searchIndexUi.pagefindFailed(code, errors.length ? errors : output.trim().split('\n').slice(-5)));
  }
  dropUnusedBundles(out);
  const { files, bytes } = sizeOf(out);
  return { pages: Number(/Found (\d+) files? matching/.exec(output)?.[1] ?? 0), fragments: readdirSync(join(out, 'fragment')).length, files, bytes, ...cost };
}

/** CPU time (ms) of this process's children that have ended and been waited for: cutime + cstime in /proc/self/stat. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return undefined;
  }
}

/** CPU time and peak memory of process `pid` so far, from /proc; the larger of each against `seen` (a process that ended reads as nothing). */
function processCost(pid: number | undefined, seen: ProcessCost): ProcessCost {
  if (pid === undefined) return seen;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    // Fields after the command name: state is field 3, utime 14 and stime 15, in clock ticks (100 a second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(f[11]) + Number(f[12])) * 10;
    return { cpuMs: Math.max(seen.cpuMs ?? 0, cpuMs), peakBytes: Math.max(seen.peakBytes ?? 0, hwm) };
  } catch {
    return seen;
  }
}

/**
 * Pagefind writes its ready-made search interfaces next to the index. The search page uses its own
 * small client over the JS API (search-client.ts), so those bundles (about 430 KB) would only be
 * dead weight on the statutory website.
 */
const UNUSED_BUNDLE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

function dropUnusedBundles(bundle: string): void {
  for (const name of readdirSync(bundle)) if (UNUSED_BUNDLE.test(name)) rmSync(join(bundle, name));
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}
