/**
 * `node bench/check-pass.ts SITE ROOT [RUNS]`: the post-build pass (CSP written into every page and
 * every check) over a copy of the built site SITE of the jurisdiction ROOT, on one thread
 * (runChecks) and on two (runChecksOnLanes), alternating, RUNS times each (default 2), each on a
 * fresh copy (`cp -a`, so no file is shared with SITE):
 * - `cold`: with no previous build to reuse, the work of a cold build;
 * - `reuse`: against a published copy and its record (made once by a pass over it), so every file
 *   is found unchanged, read, hashed and linked to the published one: a rebuild whose output is
 *   all new inodes (a real rebuild's pages linked from Astro's cache are not even read).
 * Before each pair, a fixed CPU loop (SHA-256 over 1 GiB) as the baseline of the run. Prints one
 * JSON line per run: wall and CPU milliseconds (CPU of every thread), files checked and reused, issues.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passContext, runChecks } from '../src/build/checks/index.ts';
import type { ReuseOptions } from '../src/build/checks/pass.ts';
import { runChecksOnLanes } from '../src/build/checks/lanes.ts';
import { cspWriter } from '../src/build/csp.ts';

const [site, root, runs = '2'] = process.argv.slice(2);
if (!site || !root) throw new Error('usage: node bench/check-pass.ts SITE ROOT [RUNS]');

const time = (run: string, fn: () => unknown, counts?: () => unknown) => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ run, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((used.user + used.system) / 1000), ...(Array.isArray(out) ? { issues: out.length } : {}), ...(counts ? { counts: counts() } : {}) }));
};
const tmp = mkdtempSync(join(tmpdir(), 'gongshi-check-pass-'));
const copy = (name: string) => {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('cp', ['-a', site, dir]);
  return dir;
};
// The published copy and its record, for the reuse runs.
const published = copy('published');
const first: ReuseOptions = { site: join(tmp, 'none'), context: passContext(root) };
runChecks(published, root, undefined, { rewriteHtml: cspWriter().rewrite, reuse: first });
const block = Buffer.alloc(1 << 20, 7);
for (let i = 0; i < Number(runs); i++) {
  time('baseline: SHA-256 over 1 GiB', () => {
    const h = createHash('sha256');
    for (let n = 0; n < 1024; n++) h.update(block);
    h.digest();
  });
  for (const mode of ['cold', 'reuse'] as const) {
    for (const lanes of [false, true]) {
      const dir = copy('site');
      const reuse: ReuseOptions | undefined = mode === 'reuse' ? { site: published, before: first.after, context: first.context } : undefined;
      time(
        `${mode}, ${lanes ? 'two lanes' : 'one thread'}`,
        () => (lanes ? runChecksOnLanes(dir, root, { csp: true, reuse }) : runChecks(dir, root, undefined, { rewriteHtml: cspWriter().rewrite, reuse })),
        () => reuse?.counts,
      );
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
