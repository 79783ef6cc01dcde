/**
 * `npm run build`: validate, build the site into a temporary folder, index it for search, and only
 * then replace dist/. A failed build leaves the previous dist/ untouched and prints the problems.
 *
 * Usage: node scripts/build.ts [--out DIR] [--root DIR]   (GONGSHI_TODAY fixes the reference date)
 * --root names another jurisdiction (its content/ and ledger/, e.g. a synthetic one from npm run
 * fixtures); the code and Astro config stay this project's. GONGSHI_TIMINGS=FILE also writes the
 * phase timings there as JSON (npm run bench reads them).
 *
 * A build whose inputs (content, ledger, code, date, settings) are those of the build that published
 * the output folder, which is still as published, stops at once (src/build/unchanged-build.ts);
 * GONGSHI_BUILD_ALWAYS=1 builds anyway.
 *
 * Astro builds in a child process (this script with --astro-only): what it leaves behind (about
 * 1.3 GB at 10,000 records, most of it outside the JavaScript heap, so no GC returns it) would
 * otherwise stay resident next to the search indexer, and the two peaks would add up.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/domain/problem.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent, type Validated } from '../src/pipeline/validate.ts';
import { SNAPSHOT_ENV, writeSnapshot } from '../src/pipeline/validated-snapshot.ts';
import { LINKED_ENV } from '../src/pipeline/parent-handoff.ts';
import { commitDigests, postBuildSteps, prepareSteps, type Prepared } from './post-build.ts';
import { inputsDigest, rememberBuild, unchangedBuild } from '../src/build/unchanged-build.ts';
import { removeLater, resumeRemovals } from '../src/build/replaced-site.ts';
import { cacheWrittenSince, detachFromCache, linkCachedOutputs, OUTPUTS_ENV, pruneUnproduced, readAstroManifest, readOutputs, voidAstroCache, type CacheLinks } from '../src/build/astro-cache-links.ts';
import { cacheBasis, renderReason, type CacheBasis } from '../src/build/astro-cache-basis.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    root: { type: 'string', default: '.' },
    /** Internal: only run Astro's build into --out (an absolute path), in this process. */
    'astro-only': { type: 'boolean', default: false },
  },
});
const root = resolve(values.root!);
const project = resolve(import.meta.dirname, '..');
// astro.config.ts, src/content.config.ts and the ledger pages read the jurisdiction from here.
if (root !== project) process.env.GONGSHI_ROOT = root;
const out = resolve(root, values.out!);
const tmp = `${out}.tmp-${process.pid}`;
/** Each record's data file and the ledger's files, written while Astro renders and moved into `tmp` by post-build. */
const recordsAside = `${out}.records-${process.pid}`;
/**
 * Astro writes into a folder of a fixed name, renamed to `tmp` once it is done: its incremental cache
 * compares a hash of each route's module graph, and that graph includes Astro's serialized settings
 * (a different log level was seen to change every route's hash, so GONGSHI_ASTRO_LOG makes a full
 * rebuild), which name the output folder; a fixed name keeps it out of the question. The lock keeps
 * two builds of the same site out of that folder.
 */
const astroOut = `${out}.astro-out`;
const lock = `${out}.lock`;
const old = `${out}.old-${process.pid}`;
const timings: Record<string, number> = {};
/** CPU milliseconds of this process and of the children it has waited for (Astro's, Pagefind's), from /proc where there is one. */
function cpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    // Not Linux: own CPU only.
  }
  return Math.round((own.user + own.system) / 1000) + children;
}
const time = async <T>(phase: string, fn: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  const c0 = cpuMs();
  try {
    return await fn();
  } finally {
    timings[phase] = Math.round(performance.now() - t0);
    timings[`${phase} cpu`] = cpuMs() - c0;
    // Written after every phase, so a build that dies (e.g. out of memory) still says how far it got.
    if (process.env.GONGSHI_TIMINGS) writeFileSync(process.env.GONGSHI_TIMINGS, JSON.stringify(timings) + '\n');
  }
};

/**
 * The Astro child's V8 heap limit in MB (GONGSHI_ASTRO_HEAP_MB to change it). With room to spare V8
 * lets the heap grow long before it collects, so without a limit the child's memory followed the
 * machine's rather than what it holds. Rollup, Vite and the native allocator take about 0.5 GB
 * outside the heap, so 3,200 MB keeps the process within the 4 GB budget.
 */
const ASTRO_HEAP_MB = /^\d+$/.test(process.env.GONGSHI_ASTRO_HEAP_MB ?? '') ? Number(process.env.GONGSHI_ASTRO_HEAP_MB) : 3200;

/**
 * Astro's build into `outDir` in a child process, started before the snapshot and the links it waits
 * for exist (src/pipeline/parent-handoff.ts); `done` rejects with Astro's message when it fails.
 */
function astroInChild(outDir: string, files: { snapshot: string; linked: string; outputs: string }): { done: Promise<void>; stop: () => void } {
  const args = [...process.execArgv, `--max-old-space-size=${ASTRO_HEAP_MB}`, import.meta.filename, '--astro-only', '--root', root, '--out', outDir];
  // The IPC channel closes when this process dies, however it dies; the child then stops too
  // (astroOnly), instead of writing on into a folder the next build is about to use.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [SNAPSHOT_ENV]: files.snapshot, [LINKED_ENV]: files.linked, [OUTPUTS_ENV]: files.outputs } });
  const done = new Promise<void>((resolve, fail) => {
    child.on('error', fail);
    // V8 aborts a process that runs out of its heap: say which limit it was and how to raise it.
    child.on('close', (code, signal) => (code === 0 ? resolve() : fail(new Error(signal === 'SIGABRT' ? cliUi.build.astroOutOfMemory(ASTRO_HEAP_MB) : cliUi.build.astroFailed(code)))));
  });
  return { done, stop: () => child.kill('SIGKILL') };
}

/** The child's side of astroInChild: build, and report a failure on stderr. */
async function astroOnly(): Promise<number> {
  // The channel is only a lifeline: unreferenced, it does not keep this process alive once Astro is done.
  process.channel?.unref();
  process.on('disconnect', () => process.exit(1));
  try {
    const { build } = await import('astro');
    // GONGSHI_ASTRO_LOG=info shows Astro's own phases and which pages it rendered or copied.
    await build({ root: project, outDir: out, logLevel: (process.env.GONGSHI_ASTRO_LOG as 'info' | undefined) ?? 'warn' });
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

/** Remove what interrupted builds of `out` left beside it (out.tmp-PID, out.old-PID, out.validated-PID and its .partial, out.linked-PID, out.outputs-PID, out.records-PID of a process no longer running). */
function cleanLeftovers(): void {
  const prefix = basename(out);
  let names: string[];
  try {
    names = readdirSync(dirname(out));
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old|validated|linked|outputs|records)-(\\d+)(?:\\.partial)?$`).exec(name);
    if (!m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    rmSync(join(dirname(out), name), { recursive: true, force: true });
    console.log(inputMessages.build.leftover(name));
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * Put the finished site in place: the previous one is renamed aside and the new one renamed in,
 * two renames on one file system, so dist/ is never half-deleted; the old copy goes last, into the
 * holding folder, removed by a detached process.
 */
function swapIn(): void {
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (err) {
    if (hadOld) renameSync(old, out);
    throw err;
  }
  // The replaced site is removed after this build returns (src/build/replaced-site.ts).
  if (hadOld) removeLater(old, holding);
}

/**
 * What the next build reuses: Astro keeps each keyed page's last output and the cache manifest in
 * its cacheDir (astro.config.ts), and restores the pages it skips into the new folder; the digests
 * of the search bundles live beside them. The published dist/ is read, never written, until the
 * finished site replaces it, so a failed build publishes nothing half-written.
 */
const cacheDir = root === project ? join(project, 'node_modules', '.astro') : join(root, '.astro-cache');
/** Where replaced sites wait to be removed. */
const holding = join(cacheDir, 'replaced-sites');
const previous = {
  site: out,
  digests: join(cacheDir, `gongshi-search-${basename(out)}.json`),
  files: join(cacheDir, `gongshi-published-${basename(out)}.json`),
  inputs: join(cacheDir, `gongshi-inputs-${basename(out)}.json`),
};

/** Take the build lock of `out`, or say which running build holds it. */
function takeLock(): number | undefined {
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return undefined;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && running(holder)) return holder;
      rmSync(lock, { force: true });
    }
  }
}

async function main(): Promise<number> {
  const busy = takeLock();
  if (busy !== undefined) {
    console.error(`✗ ${inputMessages.build.busy(busy)}`);
    return 1;
  }
  try {
    return await locked();
  } finally {
    rmSync(lock, { force: true });
  }
}

async function locked(): Promise<number> {
  const today = referenceDate();
  // Astro's child validates again in its content loader: both must hold back the same records.
  process.env.GONGSHI_TODAY = today;
  cleanLeftovers();
  // Astro's folder left behind means a build died while Astro could write through its links into
  // its cache: what the cache holds is no longer certain (src/build/astro-cache-links.ts).
  if (existsSync(astroOut)) {
    voidAstroCache(cacheDir);
    rmSync(astroOut, { recursive: true, force: true });
  }
  resumeRemovals(holding);
  // Nothing to do when every input is that of the build that published out/, and out/ is as it published it.
  const { inputs, unchanged } = await time('inputs', () => {
    const inputs = inputsDigest(project, root, today, out);
    return { inputs, unchanged: process.env.GONGSHI_BUILD_ALWAYS !== '1' && unchangedBuild(previous.inputs, inputs, out) };
  });
  if (unchanged) {
    console.log(`✓ ${cliUi.build.unchanged(values.out!, timings.inputs!)}`);
    return 0;
  }
  let validated: Validated | undefined = await time('validate', () => validateContent(root, today));
  const { problems, records, scheduled } = validated;
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`\n✗ ${cliUi.build.stopped(problems.length)}`);
    return 1;
  }
  console.log(`✓ ${cliUi.build.validated(records, today)}`);
  if (scheduled.length) console.log([inputMessages.scheduled.heading(scheduled.length, today), ...scheduled.map((s) => inputMessages.scheduled.line(s.file, s.published))].join('\n'));
  let links: CacheLinks | undefined;
  let astroDone = 0;
  let prepared: Prepared | undefined;
  try {
    await time('astro', async () => {
      // The child builds from what was validated here instead of validating content/ again (src/pipeline/validated-snapshot.ts).
      const files = { snapshot: `${out}.validated-${process.pid}`, linked: `${out}.linked-${process.pid}`, outputs: `${out}.outputs-${process.pid}` };
      // Started first: while it loads Astro and bundles the pages, this process writes the snapshot
      // and links the cached pages in; the child waits for each where it needs it (src/pipeline/parent-handoff.ts).
      const astro = astroInChild(astroOut, files);
      let before: CacheBasis | undefined;
      try {
        try {
          writeSnapshot(files.snapshot, root, today, validated!.entries, validated!.sources);
          const manifest = readAstroManifest(cacheDir);
          before = cacheBasis(manifest);
          try {
            links = linkCachedOutputs(cacheDir, astroOut, manifest);
          } catch (err) {
            // A cache this build cannot link from would fail every build after it too: the next one renders every page instead.
            voidAstroCache(cacheDir);
            throw err;
          }
          writeFileSync(files.linked, '');
          // This process would only wait for Astro: what post-build needs of the records and the
          // previous build is worked out meanwhile, and each record's files are written aside.
          mkdirSync(recordsAside);
          prepared = prepareSteps(root, validated!.dataset, validated!.sources, recordsAside, previous);
          // Nothing after this needs the records: let them go before the checks run (at 100,000
          // records the records beside the checks once took this process past 4 GB).
          validated = undefined;
        } catch (err) {
          // Stopped before this build goes on without it; until the links are made it has written no page.
          astro.stop();
          await astro.done.catch(() => undefined);
          throw err;
        }
        await astro.done;
        astroDone = Date.now();
        const pruned = pruneUnproduced(astroOut, links, readOutputs(files.outputs));
        console.log(`✓ ${cliUi.build.cacheLinked(links.files.length, pruned)}`);
        const why = renderReason(before, cacheBasis(readAstroManifest(cacheDir)));
        if (why) console.log(`✓ ${cliUi.build.renderedAgain(why.kind, why.pages, why.kind === 'code' ? why.routes : [])}`);
      } finally {
        for (const f of [...Object.values(files), `${files.snapshot}.partial`]) rmSync(f, { force: true });
      }
      renameSync(astroOut, tmp);
    });
    await time('post-build', async () => {
      await postBuildSteps(tmp, root, prepared!, previous);
      // Nothing published may share a file with Astro's cache, nor the cache keep what a post-build step wrote.
      const { detached, cacheWritten } = detachFromCache(tmp, links!, astroDone);
      if (cacheWritten) voidAstroCache(cacheDir);
      if (detached || cacheWritten) console.log(`✓ ${cliUi.build.cacheDetached(detached, cacheWritten)}`);
    });
  } catch (err) {
    // Astro failed mid-way, or a step wrote through a link: the cache is not trusted again.
    if (links && (!astroDone || cacheWrittenSince(links, astroDone))) voidAstroCache(cacheDir);
    rmSync(tmp, { recursive: true, force: true });
    rmSync(astroOut, { recursive: true, force: true });
    rmSync(recordsAside, { recursive: true, force: true });
    console.error(`✗ ${cliUi.build.failed(err instanceof Error ? err.message : String(err))}`);
    return 1;
  }
  // Timed: the swap, the records of what was published, and the inputs hashed again (the replaced site is removed afterwards).
  await time('publish', () => {
    swapIn();
    // Only a published site's search bundles and files may be reused by the next build.
    commitDigests(previous);
    // Only inputs that held still through the whole build may let the next one stop early.
    if (inputsDigest(project, root, today, out) === inputs) rememberBuild(previous.inputs, inputs, out);
    else rmSync(previous.inputs, { force: true });
  });
  console.log(`✓ ${cliUi.build.built(values.out!, Object.entries(timings).filter(([k]) => !k.endsWith(' cpu')).map(([k, v]) => `${k} ${v} ms`))}`);
  return 0;
}

process.exitCode = values['astro-only'] ? await astroOnly() : await main();
