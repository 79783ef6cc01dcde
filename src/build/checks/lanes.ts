/**
 * The post-build pass (pass.ts) on both cores. The sorted listing is cut into parts of consecutive
 * files; this thread and one worker (lane-worker.ts) take part numbers from a shared counter, and
 * each reads, rewrites (the CSP step), reuses and checks the files of its parts with checks of its
 * own. What a part yields is kept by part number and put together here in file order, so the result
 * is the one-thread pass's by construction:
 * - a check that judges each file alone (privacy, third-party, csp, xml-chars) hands over the
 *   issues of the part's files, which are concatenated part by part;
 * - the link check only reads on either thread (links.ts `recordOnly`): each file's memo (its ids
 *   and resolved references) comes back, and one judging link check here restores every file's
 *   memo in file order, as the pass does for a reused file;
 * - the record of the published files (published-files.ts) is assembled in file order, a reused
 *   file's memo taken from the previous record here rather than sent to the worker.
 * Parts touch disjoint files. A worker that cannot start, fails or stalls costs time, never an
 * answer: a part it did not answer is done here, and doing a part again is harmless (the CSP step
 * replaces a page's policy; a file already linked to the published one is recognised as such).
 */
import { cspWriter } from '../csp.ts';
import type { PublishedFile } from '../published-files.ts';
import { receive, startWorker, stopWorker, workersAllowed } from '../../pipeline/sync-worker.ts';
import { interner, listFiles, type CheckContext, type CheckIssue } from './built-site.ts';
import { checksFor, runChecks } from './index.ts';
import { passFile, type FileCheck, type ReuseOptions } from './pass.ts';

/** Files per part: enough that a message costs little per file, few enough that neither thread idles long at the end. */
export const PART = 512;

/**
 * Below this many files the pass stays on one thread: a worker's start (its modules, the listing)
 * costs more than it saves. GONGSHI_LANES_FROM sets another (the incremental-build test uses 0).
 */
export const LANES_FROM = 3000;

/** How long this thread waits for a part the worker took before doing it itself. */
const STALL_MS = 60_000;

/** The shared counter both threads take part numbers from. */
export const NEXT_PART = 0;

const WORKER = new URL('./lane-worker.ts', import.meta.url);

/** A published file's entry without its memos: what a lane needs to decide reuse. */
type Identity = Omit<PublishedFile, 'k'>;

/** What the worker is started with. */
export interface LaneJob {
  dir: string;
  root: string;
  files: readonly string[];
  part: number;
  csp: boolean;
  reuse?: { site: string; context: string; prev: (Identity | null)[]; hashes: (string | null)[] };
}

/** One file of a part: reused (its entry without memos), or checked (its entry when reusing, and its memos). */
export type LaneFile = { reused: Identity } | { entry?: Identity; kept?: Record<string, string[]> } | null;

/** The yield of one part: each file's, and each check's new issues (none for a check with memos). */
export interface PartResult {
  part: number;
  files: LaneFile[];
  issues: CheckIssue[][];
}

/** A message from the worker: a part, or why it stopped. */
export type LaneMessage = PartResult | { failed: string };

export interface LaneOptions {
  /** Give each page its CSP before the checks read it (the post-build step). */
  csp?: boolean;
  /** As runPass's: reuse what the published site has, and learn the record for the next build. */
  reuse?: ReuseOptions;
  /** Files per part (tests use small parts). */
  part?: number;
  /** Use the worker from this many files on (default GONGSHI_LANES_FROM, else LANES_FROM). */
  from?: number;
  /** Leave every part to the worker unless it fails or stalls (tests: its yield is the one used). */
  workerOnly?: boolean;
  /** The worker script (tests: one that fails). */
  worker?: URL;
}

/** Every check over `dir` in one pass as runChecks (all checks, their order), on two threads when the site is large enough. */
export function runChecksOnLanes(dir: string, root: string, options: LaneOptions = {}): CheckIssue[] {
  const { csp = false, reuse } = options;
  const size = options.part ?? PART;
  const ctx = { dir, root };
  const files = listFiles(dir);
  const alone = () => runChecks(dir, root, undefined, { rewriteHtml: csp ? cspWriter().rewrite : undefined, reuse });
  const fromEnv = process.env.GONGSHI_LANES_FROM;
  const from = options.from ?? (fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : LANES_FROM);
  if (files.length < from || !workersAllowed()) return alone();
  const before = reuse?.before?.context === reuse?.context ? reuse?.before?.files : undefined;
  const job: LaneJob = {
    dir,
    root,
    files,
    part: size,
    csp,
    reuse: reuse && {
      site: reuse.site,
      context: reuse.context,
      prev: files.map((f) => (before?.[f] ? withoutMemo(before[f]) : null)),
      hashes: files.map((f) => reuse.hashes?.get(f) ?? null),
    },
  };
  const started = startWorker(options.worker ?? WORKER, job);
  if (!started) return alone();
  const parts = Math.ceil(files.length / size);
  const results: (PartResult | undefined)[] = new Array(parts);
  const run = partRunner(ctx, files, size, csp, reuse, before);
  let failed = false;
  const take = (ms: number) => {
    const messages = receive(started, ms) as LaneMessage[];
    for (const m of messages) {
      if ('failed' in m) failed = true;
      else results[m.part] = m;
    }
    return messages.length;
  };
  try {
    if (!options.workerOnly) for (let p = Atomics.add(started.shared, NEXT_PART, 1); p < parts; p = Atomics.add(started.shared, NEXT_PART, 1)) results[p] = run(p);
    take(0);
    while (!failed && results.includes(undefined) && take(STALL_MS) > 0);
  } finally {
    // Also when a part throws here: the worker is not left writing into a build that has failed.
    stopWorker(started);
  }
  for (let p = 0; p < parts; p++) results[p] ??= run(p);
  return assemble(ctx, files, size, results as PartResult[], reuse, before);
}

/** The part runner of a worker started with `job`: the reuse and previous record rebuilt from what it was told. */
export function laneRunner(job: LaneJob): (part: number) => PartResult {
  const { dir, root, files, part, csp, reuse: told } = job;
  let reuse: ReuseOptions | undefined;
  let before: Record<string, PublishedFile> | undefined;
  if (told) {
    const hashes = new Map<string, string>();
    before = {};
    files.forEach((f, n) => {
      const h = told.hashes[n];
      if (h != null) hashes.set(f, h);
      const prev = told.prev[n];
      if (prev) before![f] = prev;
    });
    reuse = { site: told.site, context: told.context, hashes };
  }
  return partRunner({ dir, root }, files, part, csp, reuse, before);
}

/** The entry `f` without its memos, as a lane is told it. */
function withoutMemo(f: PublishedFile): Identity {
  return { h: f.h, i: f.i, s: f.s, m: f.m, ...(f.a ? { a: f.a } : {}) };
}

/**
 * The function a lane runs a part with: passFile over the part's files with this lane's checks
 * (the link check only reading), each check's new issues after the part.
 */
export function partRunner(
  ctx: CheckContext,
  files: readonly string[],
  size: number,
  csp: boolean,
  reuse: ReuseOptions | undefined,
  before: Record<string, PublishedFile> | undefined,
): (part: number) => PartResult {
  const checks = checksFor(ctx, files, undefined, { recordOnly: true });
  const rewrite = csp ? cspWriter().rewrite : undefined;
  const seen = checks.map(() => 0);
  return (part) => {
    const out: LaneFile[] = [];
    for (let i = part * size; i < Math.min(files.length, (part + 1) * size); i++) {
      const done = passFile(ctx, files[i]!, checks, rewrite, reuse, before, true);
      if (!done) out.push(null);
      else if ('reused' in done) out.push({ reused: withoutMemo(done.reused) });
      else out.push({ ...(done.entry ? { entry: withoutMemo(done.entry) } : {}), ...(done.kept ? { kept: done.kept } : {}) });
    }
    const issues = checks.map((c, n) => {
      if (c.memo) return [];
      const all = c.finish();
      const mine = all.slice(seen[n]);
      seen[n] = all.length;
      return mine;
    });
    return { part, files: out, issues };
  };
}

/** The pass's result from every part, in file order: the issues check by check, and reuse's record and counts. */
function assemble(ctx: CheckContext, files: readonly string[], size: number, results: readonly PartResult[], reuse: ReuseOptions | undefined, before: Record<string, PublishedFile> | undefined): CheckIssue[] {
  const judges: (FileCheck | undefined)[] = checksFor(ctx, files).map((c) => (c.memo ? c : undefined));
  // The memos come from another thread as fresh strings; one string per distinct text, as the link check keeps them.
  const intern = interner();
  const after: Record<string, PublishedFile> = {};
  const counts = { reused: 0, checked: 0 };
  for (const r of results) {
    r.files.forEach((f, n) => {
      if (!f) return;
      const file = files[r.part * size + n]!;
      const lower = file.toLowerCase();
      let kept: Record<string, string[]> | undefined;
      let entry: Identity | undefined;
      if ('reused' in f) {
        kept = before?.[file]?.k;
        entry = f.reused;
        counts.reused++;
      } else {
        kept = f.kept && Object.fromEntries(Object.entries(f.kept).map(([name, list]) => [name, list.map(intern)]));
        entry = f.entry;
        counts.checked++;
      }
      for (const c of judges) if (c?.wants(lower)) c.memo!.restore(file, lower, kept?.[c.memo!.name] ?? []);
      if (entry) after[file] = { ...entry, ...(kept ? { k: kept } : {}) };
    });
  }
  if (reuse) {
    reuse.after = { context: reuse.context, files: after };
    reuse.counts = counts;
  }
  return judges.flatMap((c, n) => (c ? c.finish() : results.flatMap((r) => r.issues[n]!)));
}
