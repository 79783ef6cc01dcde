/**
 * `npm run bench -- --records N [--seed S] [--regenerate] [--no-browser] [--split [--skip search]]`
 * or `npm run bench -- --site DIR [--query Q]` (the search measures alone, on a built site):
 * the whole pipeline on a synthetic jurisdiction of about N records (made with npm run fixtures
 * when missing), timed in child processes whose memory is sampled, then the size of what it built.
 * Prints a table and writes bench/results-N[-split][-without-PHASE].json. Targets are issue 7's, for 100,000 records.
 *
 * Default: validate = `node scripts/validate.ts DIR` alone; build = `node scripts/build.ts --root DIR`
 * (validate again, astro, post-build: search index, CSP, site checks), cold (content cache removed).
 * The fixture is sealed once (timed) before the first run, as a published portal's content is.
 * --split runs astro, files (each record's data and proof files), search and checks (CSP and every check) each in a process of its own, so each phase has its
 * own time and peak memory, and a phase can be skipped (--skip search) when it cannot finish. The
 * Pagefind indexer runs under an address-space limit (--limit-gb, default 16) so that, if it runs
 * away, it fails alone instead of waking the kernel's OOM killer on a shared machine.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, extname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { SYNTH_TODAY } from '../bench/synth/generate.ts';
import { holdBack } from '../bench/synth/edits.ts';
import { createRng } from '../bench/synth/prng.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    regenerate: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    query: { type: 'string', default: '交通运输局' },
    split: { type: 'boolean', default: false },
    skip: { type: 'string', multiple: true, default: [] },
    'limit-gb': { type: 'string', default: '16' },
    /** Only measure the first search and keystroke-to-results on an already built site (e.g. .e2e-dist for the sample). */
    site: { type: 'string' },
    /** Internal: run one phase of --split in this process. */
    child: { type: 'string' },
  },
});
const records = Number(values.records);
const dir = join(PROJECT, '.fixtures', `${records}-${values.seed}`);
const env = { ...process.env, GONGSHI_TODAY: process.env.GONGSHI_TODAY ?? SYNTH_TODAY };

/** Targets at 100,000 records (issue 7). */
const TARGETS = { pipelineMs: 120_000, peakBytes: 4 * 1024 ** 3, validateMs: 15_000, noticeGzip: 14 * 1024, noticeScript: 2 * 1024, firstSearch: 150 * 1024, keystrokeMs: 300 };

interface Run {
  ms: number;
  /** CPU seconds (user + system) of the process and the children it waited for, from /usr/bin/time. */
  cpuMs?: number;
  code: number;
  /** Highest sum of resident memory over the process and its children, sampled every 100 ms. */
  peakTreeBytes: number;
  /** The main process's own high-water mark (VmHWM). */
  peakMainBytes: number;
  /** The largest high-water mark (VmHWM) of any one process of the tree, and which process it was. */
  largestProcess: { bytes: number; name: string };
  /** Resident memory of the process tree once a second: [seconds since start, MB]; shows which phase peaks. */
  memory: [number, number][];
  stdout: string;
  stderr: string;
}

/** Pids whose parent chain reaches `root`. */
function tree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parent) if (ppid === out[i]) out.push(pid);
  return out;
}

/** A process as a reader of the report knows it: `node scripts/build.ts --astro-only`, `pagefind_extended`. */
function processName(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const script = argv.slice(1).find((a) => a.endsWith('.ts'));
    return [argv[0]!.split('/').pop(), script && relative(PROJECT, resolve(PROJECT, script)), argv.includes('--astro-only') ? '--astro-only' : ''].filter(Boolean).join(' ');
  } catch {
    return `pid ${pid}`;
  }
}

function statusKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Pagefind's indexer is a native binary the Node API spawns; at 100,000 pages it outgrew this
 * machine's memory and the kernel's OOM killer stepped in. The API finds its binary through
 * PAGEFIND_EXTENDED_BINARY_PATH, so point that at a wrapper that caps its address space: a
 * runaway index then fails alone. (Node itself needs no cap: V8 limits its heap.)
 */
function pagefindLimit(): Record<string, string> {
  if (!existsSync('/usr/bin/prlimit')) return {};
  const real = createRequire(join(PROJECT, 'node_modules/pagefind/lib/index.js')).resolve(`@pagefind/linux-${process.arch}/bin/pagefind_extended`);
  const wrapper = join(tmpdir(), `gongshi-pagefind-limited-${process.pid}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nexec /usr/bin/prlimit --as=${Math.round(Number(values['limit-gb']) * 1024 ** 3)} -- '${real}' "$@"\n`, { mode: 0o755 });
  return { PAGEFIND_EXTENDED_BINARY_PATH: wrapper };
}

/** Run `args` with node, timing it and sampling the memory of its process tree. */
function run(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const t0 = performance.now();
    // /usr/bin/time adds CPU time, which other work on a shared machine inflates far less than wall time.
    const timeFile = join(tmpdir(), `gongshi-bench-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    const timed = existsSync('/usr/bin/time');
    const command = [...(timed ? ['/usr/bin/time', '-f', '%e %U %S %M', '-o', timeFile] : []), NODE, ...args];
    const child = spawn(command[0]!, command.slice(1), { cwd: PROJECT, env: { ...env, ...pagefindLimit(), ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      process.stderr.write(d);
    });
    let peakTree = 0;
    let peakMain = 0;
    let largestProcess = { bytes: 0, name: '' };
    const memory: [number, number][] = [];
    // CPU ticks seen per process: /usr/bin/time misses children that are never waited for (Pagefind's indexer).
    const ticks = new Map<number, number>();
    const sample = () => {
      const pids = tree(child.pid!);
      for (const pid of pids) {
        try {
          const f = readFileSync(`/proc/${pid}/stat`, 'utf8').slice(0).split(') ')[1]!.split(' ');
          ticks.set(pid, Math.max(ticks.get(pid) ?? 0, Number(f[11]) + Number(f[12])));
        } catch {
          // Ended between listing and reading.
        }
      }
      const rss = pids.reduce((s, p) => s + statusKb(p, 'VmRSS'), 0) * 1024;
      peakTree = Math.max(peakTree, rss);
      const t = Math.floor((performance.now() - t0) / 1000);
      if (memory.at(-1)?.[0] !== t) memory.push([t, Math.round(rss / 1024 ** 2)]);
      for (const pid of pids) {
        const hwm = statusKb(pid, 'VmHWM') * 1024;
        peakMain = Math.max(peakMain, hwm);
        if (hwm > largestProcess.bytes) largestProcess = { bytes: hwm, name: processName(pid) };
      }
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      let cpuMs: number | undefined;
      if (timed && existsSync(timeFile)) {
        const [, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) as number[];
        cpuMs = Math.round((user! + sys!) * 1000);
        const sampled = [...ticks.values()].reduce((a, b) => a + b, 0) * 10;
        cpuMs = Math.max(cpuMs, sampled);
        peakMain = Math.max(peakMain, maxKb! * 1024);
        rmSync(timeFile, { force: true });
      }
      done({ ms: Math.round(performance.now() - t0), cpuMs, code: code ?? 1, peakTreeBytes: Math.max(peakTree, peakMain), peakMainBytes: peakMain, largestProcess, memory, stdout, stderr });
    });
  });
}

function walk(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(root, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** A page's own bytes and what it pulls in: stylesheets and scripts (following static imports). */
function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const inlineStyle = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const scripts = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScript = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  while (queue.length) {
    const src = queue.shift()!;
    if (scripts.has(src) || !src.startsWith('/')) continue;
    scripts.add(src);
    const js = readFileSync(join(dist, src), 'utf8');
    for (const m of js.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  const cssText = css.map((h) => readFileSync(join(dist, h), 'utf8')).join('');
  const jsText = [...scripts].map((s) => readFileSync(join(dist, s), 'utf8')).join('') + inlineScript;
  return {
    page,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    cssFiles: css,
    cssGzip: cssText ? gz(cssText) : 0,
    inlineStyleBytes: Buffer.byteLength(inlineStyle),
    scriptFiles: [...scripts],
    scriptBytes: Buffer.byteLength(jsText),
    scriptGzip: jsText ? gz(jsText) : 0,
    /** HTML and its CSS, each gzipped as a server would send them. */
    totalGzip: gz(html) + (cssText ? gz(cssText) : 0),
  };
}

/** Bytes the browser fetches for one search on /search/: every request the query causes, by file. */
async function firstSearch(dist: string, query: string) {
  const { launch } = await import('./support/browser.ts');
  const { serve } = await import('./support/static-server.ts');
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.goto(`${server.url}/search/`);
    page.on('requestfinished', (req) => requests.push(new URL(req.url()).pathname));
    const t0 = performance.now();
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search-list] li', { timeout: 60_000 });
    const ms = Math.round(performance.now() - t0);
    const results = await page.locator('[data-search-list] li').count();
    // What the first search moved, taken before the keystroke runs fetch more.
    const firstRequests = [...requests];
    const keystroke = await keystrokeToResults(page, query);
    await page.close();
    // Text assets travel gzipped; Pagefind's index, fragments and wasm are stored compressed already.
    const files = [...new Set(firstRequests)].map((p) => {
      const buf = readFileSync(join(dist, decodeURIComponent(p)));
      const text = ['.js', '.json', '.css', '.html', '.txt'].includes(extname(p));
      return { path: p, bytes: buf.length, transfer: text ? gz(buf) : buf.length };
    });
    return { query, ms, keystrokeMs: keystroke, results, requests: files.length, bytes: files.reduce((s, f) => s + f.transfer, 0), files };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Time from the last keystroke to the results on screen, with the index already loaded (as when a
 * citizen refines a query): type `query` key by key, take the page's own clock at the last input
 * event and when the status line next reports a count. The median of five.
 */
async function keystrokeToResults(page: import('playwright-core').Page, query: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.fill('#search-q', '');
    await page.waitForTimeout(400);
    await page.evaluate((q) => {
      const w = window as unknown as { lastInput: number; shown: number };
      w.lastInput = 0;
      w.shown = 0;
      const box = document.querySelector<HTMLInputElement>('#search-q')!;
      box.addEventListener('input', () => (w.lastInput = performance.now()));
      const status = document.querySelector('[data-search-status]')!;
      // The answer to the whole query: the address carries it once its search has started.
      new MutationObserver(() => {
        if (box.value === q && new URLSearchParams(location.search).get('q') === q && /共找到|没有找到/.test(status.textContent ?? '')) w.shown ||= performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }, query);
    await page.locator('#search-q').pressSequentially(query, { delay: 60 });
    await page.waitForFunction(() => (window as unknown as { shown: number }).shown > 0, null, { timeout: 10_000 });
    runs.push(await page.evaluate(() => Math.round((window as unknown as { shown: number; lastInput: number }).shown - (window as unknown as { lastInput: number }).lastInput)));
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One phase of --split, run inside the child process. */
async function childPhase(phase: string): Promise<number> {
  const out = join(dir, 'dist');
  switch (phase) {
    case 'astro': {
      process.env.GONGSHI_ROOT = dir;
      rmSync(out, { recursive: true, force: true });
      const { build } = await import('astro');
      await build({ root: PROJECT, outDir: out, logLevel: 'warn' });
      return 0;
    }
    case 'files': {
      const { writeRecordFiles } = await import('../src/build/record-files.ts');
      const { loadLedgerSite } = await import('../src/ledger/site.ts');
      const { validateContent } = await import('../src/pipeline/validate.ts');
      const { referenceDate } = await import('../src/domain/dates.ts');
      console.log(`✓ ${cliUi.bench.recordFiles(writeRecordFiles(loadLedgerSite(dir, validateContent(dir, referenceDate()).sources), out).files)}`);
      return 0;
    }
    case 'search': {
      // As the build runs it: one Pagefind process per bundle, one after the other, then the table for traditional characters.
      const { indexSite } = await import('../src/build/search-index.ts');
      const { writeT2sTable } = await import('../src/build/t2s-table.ts');
      const { searchBundlesOf } = await import('./post-build.ts');
      rmSync(join(out, 'pagefind'), { recursive: true, force: true });
      const report = await indexSite(out, searchBundlesOf(dir));
      writeT2sTable(out);
      console.log(`✓ ${cliUi.bench.searchIndex(report.pages, report.files, report.bundles.map((b) => cliUi.bench.bundleTimed(b.id, b.pages, sec(b.ms))))}`);
      return 0;
    }
    case 'checks': {
      // As the build runs it: one pass, on both cores, writes each page's CSP and runs every check.
      const { formatIssues } = await import('../src/build/checks/index.ts');
      const { runChecksOnLanes } = await import('../src/build/checks/lanes.ts');
      const issues = runChecksOnLanes(out, dir, { csp: true });
      if (issues.length) console.error(formatIssues(issues));
      return issues.length ? 1 : 0;
    }
    default:
      console.error(`unknown phase ${phase}`);
      return 2;
  }
}

/** A build and what it did: phase timings (wall and `… cpu`), pages Astro rendered (the rest it copied from its cache), and the seal before it. */
interface Rebuild extends PhaseResult {
  phases: Record<string, number>;
  rendered?: number;
  /** How long the bench waited, before this build, for the site the previous one replaced to be removed (src/build/replaced-site.ts). */
  waitedForRemovalMs?: number;
  seal?: PhaseResult;
  endToEndMs?: number;
  endToEndCpuMs?: number;
}

interface PhaseResult {
  pages?: number;
  ms: number;
  cpuMs?: number;
  peakBytes: number;
  /** The largest one process of the tree reached (VmHWM), and which it was. */
  largestProcess?: { bytes: number; name: string };
  code: number;
  memory: [number, number][];
  skipped?: boolean;
}

const asPhase = (r: Run): PhaseResult => ({ ms: r.ms, cpuMs: r.cpuMs, peakBytes: r.peakTreeBytes, largestProcess: r.largestProcess, code: r.code, memory: r.memory });

async function main(): Promise<number> {
  if (values.child) return childPhase(values.child);
  if (values.site) {
    const r = await firstSearch(resolve(values.site), values.query!);
    const out = { site: values.site, ...r, targets: { firstSearch: r.bytes <= TARGETS.firstSearch, keystroke: r.keystrokeMs <= TARGETS.keystrokeMs } };
    writeFileSync(join(PROJECT, 'bench', 'results-search-site.json'), JSON.stringify(out, null, 2) + '\n');
    console.log(`first search ${kb(r.bytes)} (${r.requests} requests, ${r.ms} ms, ${r.results} results); last keystroke to results ${r.keystrokeMs} ms (median of 5)`);
    for (const f of r.files) console.log(`  ${f.path} ${kb(f.transfer)}`);
    return 0;
  }
  const loadBefore = loadavg().map((x) => +x.toFixed(2));
  let generate: Run | undefined;
  const fixture = join(dir, 'fixture.json');
  // The pipeline run publishes held-back records, so it starts from freshly generated content and ledger.
  if (values.regenerate || !values.split || !existsSync(fixture)) {
    console.log(`→ ${cliUi.bench.generating(records)}`);
    generate = await run(['scripts/fixtures.ts', '--records', String(records), '--seed', values.seed!, '--out', dir]);
    if (generate.code) return 1;
    // A site built from the previous content would make validation refuse the new one (its published
    // ledger has no ledger/ behind it any more): the run starts with no site and no cache.
    for (const left of ['dist', '.astro-cache']) rmSync(join(dir, left), { recursive: true, force: true });
  }
  const made = JSON.parse(readFileSync(fixture, 'utf8')) as { records: number; counts: Record<string, number> };
  const dist = join(dir, 'dist');
  const cacheFiles = join(dir, '.astro-cache', 'dist');
  /** The previous build's replaced site is removed after it returns: each step is measured once that is done. Returns the ms waited. */
  const waitForRemovals = async (): Promise<number> => {
    const holding = join(dir, '.astro-cache', 'replaced-sites');
    const start = Date.now();
    while (existsSync(holding) && readdirSync(holding).length > 0 && Date.now() - start < 600_000) await new Promise((r) => setTimeout(r, 200));
    return Date.now() - start;
  };
  /** `scripts/build.ts` on the fixture (after a seal when `seal`), with its phase timings and how many pages Astro rendered rather than copied. */
  const timedBuild = async (withSeal = false, extraEnv: Record<string, string> = {}): Promise<Rebuild> => {
    const waitedForRemovalMs = await waitForRemovals();
    const sealed = withSeal ? await run(['scripts/seal.ts', '--root', dir]) : undefined;
    const timingsFile = join(dir, 'timings.json');
    rmSync(timingsFile, { force: true });
    const started = Date.now();
    const r = await run(['scripts/build.ts', '--root', dir, '--out', dist], { GONGSHI_TIMINGS: timingsFile, ...extraEnv });
    const rendered = existsSync(cacheFiles) ? readdirSync(cacheFiles, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(cacheFiles, f)).mtimeMs >= started - 1 && statSync(join(cacheFiles, f)).isFile()).length : undefined;
    const build = { ...asPhase(r), code: r.code || (sealed?.code ?? 0), phases: existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>) : {}, rendered, waitedForRemovalMs };
    return sealed ? { ...build, seal: asPhase(sealed), endToEndMs: sealed.ms + r.ms, endToEndCpuMs: (sealed.cpuMs ?? 0) + (r.cpuMs ?? 0) } : build;
  };

  // A real portal publishes sealed records: seal the fixture once, so validation checks the ledger
  // and the build publishes history pages, the tlog tiles and the log, as it would in daily use.
  let seal: Run | undefined;
  const held = values.split ? undefined : holdBack(dir, env.GONGSHI_TODAY, createRng(`bench-${values.seed}`), join(dir, 'held-back'));
  if (!existsSync(join(dir, 'ledger', 'checkpoint'))) {
    console.log('→ seal (once per fixture)');
    seal = await run(['scripts/seal.ts', '--root', dir]);
    if (seal.code) return 1;
  }

  console.log('→ validate');
  const validate = await run(['scripts/validate.ts', dir]);
  const phases: Record<string, PhaseResult> = { validate: asPhase(validate) };
  let build: Rebuild | undefined;
  let failed: string | undefined = validate.code ? 'validate' : undefined;

  if (!failed) rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
  if (!failed && values.split) {
    for (const phase of ['astro', 'files', 'search', 'checks']) {
      if (values.skip!.includes(phase)) {
        phases[phase] = { ms: 0, peakBytes: 0, code: 0, memory: [], skipped: true };
        continue;
      }
      console.log(`→ ${phase}`);
      phases[phase] = asPhase(await run(['scripts/bench.ts', '--records', String(records), '--seed', values.seed!, '--child', phase]));
      if (phases[phase]!.code) {
        failed = phase;
        break;
      }
    }
  } else if (!failed) {
    console.log('→ build (validate, astro, post-build)');
    const timingsFile = join(dir, 'timings.json');
    rmSync(timingsFile, { force: true });
    rmSync(dist, { recursive: true, force: true });
    build = await timedBuild();
    if (build.code) failed = 'build';
  }

  // Republishing on top of the cold build, with its Astro cache and published site.
  const rebuilds: Record<string, Rebuild> = {};
  if (!failed && held) {
    console.log('→ rebuild, nothing changed');
    rebuilds.noChange = await timedBuild();
    // The same, built anyway: what Astro's incremental cache and post-build's reuse cost when nothing changed.
    console.log('→ rebuild, nothing changed, built anyway (GONGSHI_BUILD_ALWAYS=1)');
    rebuilds.noChangeBuilt = await timedBuild(false, { GONGSHI_BUILD_ALWAYS: '1' });
    console.log(`→ publish one new notice (${held.notice}): seal, build`);
    held.publishNotice();
    rebuilds.newNotice = await timedBuild(true);
    console.log(`→ publish one correction (${held.correction}) and the corrected notice: seal, build`);
    held.publishCorrection();
    rebuilds.correction = await timedBuild(true);
    if (Object.values(rebuilds).some((r) => r.code)) failed = 'rebuild';
  }
  // The baseline in the same run: bare Astro, one minimal page per record from the same YAML.
  let bare: PhaseResult | undefined;
  if (!failed && !values.split) {
    console.log('→ bare Astro baseline (bench/bare)');
    await waitForRemovals();
    const bareOut = join(dir, 'bare-dist');
    rmSync(bareOut, { recursive: true, force: true });
    rmSync(join(PROJECT, 'bench', 'bare', 'node_modules'), { recursive: true, force: true });
    bare = { ...asPhase(await run(['--input-type=module', '-e', `const { build } = await import('astro'); await build({ root: ${JSON.stringify(join(PROJECT, 'bench', 'bare'))}, outDir: ${JSON.stringify(bareOut)}, logLevel: 'warn' });`], { BARE_CONTENT: join(dir, 'content') })), pages: existsSync(bareOut) ? readdirSync(bareOut, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length : 0 };
    if (bare.code) failed = 'bare';
  }

  // The pipeline: the build as one run, or the sum of the split phases (validate counted once).
  const ran = Object.values(phases).filter((p) => !p.skipped);
  const pipelineMs = build ? build.ms : ran.reduce((s, p) => s + p.ms, 0);
  const pipelineCpuMs = build ? build.cpuMs : ran.every((p) => p.cpuMs !== undefined) ? ran.reduce((s, p) => s + p.cpuMs!, 0) : undefined;
  const peakBytes = Math.max(build?.peakBytes ?? 0, ...ran.map((p) => p.peakBytes));
  // The target is per process: the largest any one process reached, in any step of this run.
  const steps = [build, ...ran, ...Object.values(rebuilds), ...Object.values(rebuilds).map((r) => r.seal), seal && asPhase(seal)];
  const largestProcess = steps.reduce<{ bytes: number; name: string } | undefined>((m, p) => (p?.largestProcess && p.largestProcess.bytes > (m?.bytes ?? -1) ? p.largestProcess : m), undefined);
  const complete = !failed && !values.skip!.length;

  const built = existsSync(join(dist, 'publicities'));
  const output = built ? walk(dist) : undefined;
  const search = existsSync(join(dist, 'pagefind')) ? walk(join(dist, 'pagefind')) : undefined;
  const publicity = built ? readdirSync(join(dist, 'publicities')).filter((n) => n !== 'page' && !n.endsWith('.html')).sort()[0] : undefined;
  const notice = publicity ? pageWeight(dist, `publicities/${publicity}`) : undefined;
  const searchRun = values['no-browser'] || !search || failed ? undefined : await firstSearch(dist, values.query!);

  const result = {
    records: made.records,
    seed: values.seed,
    today: env.GONGSHI_TODAY,
    mode: values.split ? 'split' : 'pipeline',
    failed,
    skipped: values.skip,
    // Other work on the machine slows every phase; the load average says how much there was.
    machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, loadBefore, loadAfter: loadavg().map((x) => +x.toFixed(2)) },
    generateMs: generate?.ms,
    seal: seal && asPhase(seal),
    phases,
    build,
    pipeline: { ms: pipelineMs, cpuMs: pipelineCpuMs, peakBytes, largestProcess, complete },
    rebuilds,
    bare,
    // The project's cold build against bare Astro's, measured in this run: whole build and its Astro phase alone, wall and CPU.
    ratioToBare: bare && build ? { build: +(build.ms / bare.ms).toFixed(2), buildCpu: build.cpuMs && bare.cpuMs ? +(build.cpuMs / bare.cpuMs).toFixed(2) : undefined, astro: build.phases.astro ? +(build.phases.astro / bare.ms).toFixed(2) : undefined, astroCpu: build.phases['astro cpu'] && bare.cpuMs ? +(build.phases['astro cpu'] / bare.cpuMs).toFixed(2) : undefined } : undefined,
    heldBack: held && { notice: held.notice, correction: held.correction },
    msPerRecord: +(pipelineMs / made.records).toFixed(3),
    output: output && { files: output.files, bytes: output.bytes, searchFiles: search?.files, searchBytes: search?.bytes },
    notice,
    firstSearch: searchRun,
    targets: {
      pipeline: complete ? pipelineMs <= TARGETS.pipelineMs : false,
      memory: peakBytes <= TARGETS.peakBytes,
      processMemory: largestProcess ? largestProcess.bytes <= TARGETS.peakBytes : undefined,
      validate: validate.ms <= TARGETS.validateMs,
      noticePage: notice ? notice.totalGzip <= TARGETS.noticeGzip : undefined,
      noticeScript: notice ? notice.scriptGzip <= TARGETS.noticeScript : undefined,
      firstSearch: searchRun ? searchRun.bytes <= TARGETS.firstSearch : undefined,
      keystroke: searchRun ? searchRun.keystrokeMs <= TARGETS.keystrokeMs : undefined,
      searchMemory: phases.search && !phases.search.skipped ? phases.search.peakBytes <= TARGETS.peakBytes : undefined,
    },
    counts: made.counts,
  };
  mkdirSync(join(PROJECT, 'bench'), { recursive: true });
  // One file per way of running, so a split run never overwrites the whole-pipeline figures.
  const file = join(PROJECT, 'bench', `results-${records}${values.split ? '-split' : ''}${values.skip!.length ? `-without-${values.skip!.join('-')}` : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');

  const ok = (b: boolean | undefined) => (b === undefined ? '—' : b ? '✓' : '✗');
  const cpu = (p?: { cpuMs?: number }) => (p?.cpuMs === undefined ? '' : `, CPU ${sec(p.cpuMs)}`);
  const phaseRow = (name: string, p?: PhaseResult): [string, string, string, string] => [
    name,
    !p ? '—' : p.skipped ? 'skipped' : `${sec(p.ms)}${cpu(p)}, peak ${mb(p.peakBytes)}${p.code ? `, FAILED (exit ${p.code})` : ''}`,
    '',
    '',
  ];
  const buildRows = (name: string, b: Rebuild): [string, string, string, string][] => [
    [`${name}${b.seal ? ' (seal + build)' : ''}`, `${sec(b.endToEndMs ?? b.ms)}${cpu({ cpuMs: b.endToEndCpuMs ?? b.cpuMs })}, peak ${mb(b.peakBytes)}${b.rendered === undefined ? '' : `, ${b.rendered} pages rendered`}`, '', ''],
    ...['inputs', 'validate', 'astro', 'post-build', 'publish'].map((p): [string, string, string, string] => [`  ${p}`, b.phases[p] === undefined ? '—' : `${sec(b.phases[p]!)}${b.phases[`${p} cpu`] === undefined ? '' : `, CPU ${sec(b.phases[`${p} cpu`]!)}`}`, '', '']),
  ];
  const rows: [string, string, string, string][] = [
    ['records', String(made.records), '', ''],
    ...(seal ? [['seal (once per fixture)', `${sec(seal.ms)}${cpu(seal)}, peak ${mb(seal.peakTreeBytes)}`, '', ''] as [string, string, string, string]] : []),
    ['validate alone (npm run validate)', `${sec(validate.ms)}${cpu(validate)}, peak ${mb(validate.peakTreeBytes)}`, '≤ 15 s', ok(result.targets.validate)],
    ...(build
      ? [
          ...buildRows('cold build', build),
          ...(rebuilds.noChange ? buildRows('rebuild, no change', rebuilds.noChange) : []),
          ...(rebuilds.noChangeBuilt ? buildRows('rebuild, no change, built anyway', rebuilds.noChangeBuilt) : []),
          ...(rebuilds.newNotice ? buildRows('one new notice', rebuilds.newNotice) : []),
          ...(rebuilds.correction ? buildRows('one correction', rebuilds.correction) : []),
          ...(bare ? [['bare Astro (one minimal page per record)', `${sec(bare.ms)}${cpu(bare)}, peak ${mb(bare.peakBytes)}, ${bare.pages} pages`, '', ''] as [string, string, string, string]] : []),
          ...(result.ratioToBare ? [['cold build ÷ bare Astro (wall; CPU)', `${result.ratioToBare.build}×; ${result.ratioToBare.buildCpu ?? '—'}× (Astro phase ${result.ratioToBare.astro}×; ${result.ratioToBare.astroCpu ?? '—'}×)`, '≤ 2×', ok(result.ratioToBare.build <= 2)] as [string, string, string, string]] : []),
        ]
      : ['astro', 'files', 'search', 'checks'].map((p) => phaseRow(p === 'checks' ? 'checks (CSP and every check, one pass)' : p, phases[p]))),
    [`whole pipeline${complete ? '' : ' (INCOMPLETE)'}`, `${sec(pipelineMs)}${cpu({ cpuMs: pipelineCpuMs })}`, '≤ 120 s', ok(result.targets.pipeline)],
    ['  load average before / after', `${loadBefore.join(' ')} / ${result.machine.loadAfter.join(' ')}`, '', ''],
    ['ms per record', String(result.msPerRecord), '', ''],
    ['peak memory (process tree)', mb(peakBytes), '', ''],
    ['peak memory of one process (VmHWM)', largestProcess ? `${mb(largestProcess.bytes)} (${largestProcess.name})` : '—', '≤ 4096 MB', ok(result.targets.processMemory)],
    ['output', output ? `${output.files} files, ${mb(output.bytes)}` : '—', '', ''],
    ['search index', search ? `${search.files} files, ${mb(search.bytes)}` : '—', '', ''],
    ['notice page HTML + CSS (gzip)', notice ? kb(notice.totalGzip) : '—', '≤ 14 KB', ok(result.targets.noticePage)],
    ['notice page script (gzip)', notice ? kb(notice.scriptGzip) : '—', '≤ 2 KB', ok(result.targets.noticeScript)],
    ['first search transfer', searchRun ? `${kb(searchRun.bytes)} (${searchRun.requests} requests, ${searchRun.results} results)` : 'not measured', '≤ 150 KB', ok(result.targets.firstSearch)],
    ['last keystroke to results (median of 5)', searchRun ? `${searchRun.keystrokeMs} ms` : 'not measured', '≤ 300 ms', ok(result.targets.keystroke)],
    ...(phases.search && !phases.search.skipped ? [['search indexing peak (largest bundle)', mb(phases.search.peakBytes), '≤ 4096 MB', ok(result.targets.searchMemory)] as [string, string, string, string]] : []),
  ];
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), 10];
  console.log(`\n${'phase / measure'.padEnd(w[0]!)}  ${'value'.padEnd(w[1]!)}  ${'target'.padEnd(w[2]!)}  met`);
  for (const r of rows) console.log(`${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`);
  if (failed) console.log(`\n✗ ${failed} failed; the figures above are as far as the pipeline got`);
  console.log(`\n→ ${file}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
