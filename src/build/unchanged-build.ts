/**
 * A build with nothing to do: when the content, the ledger, the code, the reference date and the
 * build's settings are byte for byte those of the build that published the site now in the output
 * folder, and that folder is still exactly as it was published, building again would write the
 * same bytes (the build is deterministic: test/unit/scripts/build-incremental.test.ts compares an
 * incremental build with a clean one byte for byte). So the build says so and stops, before
 * validating, rendering or indexing anything.
 *
 * What is compared, all of it hashed from disk, never taken from a tool's bookkeeping:
 * - **Inputs**: every file under content/ and ledger/ of the jurisdiction and under the project's
 *   code (src/, public/, scripts/, astro.config.ts, package.json, package-lock.json, tsconfig.json,
 *   and the .env files Vite would read),
 *   each by its path, its type as lstat sees it (a symbolic link is its target's name, never the
 *   bytes it points at, so a file replaced by a link is a change) and its bytes; the reference
 *   date; Node's version; the output folder; every GONGSHI_* and PAGEFIND_* setting.
 * - **The published folder**: every path under it with its inode, size and mtime, so a file
 *   edited, added or removed by hand makes the next build a real one.
 * The record is written only after a build that published, and only when the inputs hashed the
 * same before it validated and after it published (an edit during the build makes the next build
 * a real one, never a skipped one).
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hashTree } from './published-files.ts';
import { dirname, join } from 'node:path';

/** What the project's build reads besides the jurisdiction: its code and settings. */
export const CODE_PATHS = ['src', 'public', 'scripts', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', '.env', '.env.production'];

/** The record kept beside the Astro cache. */
interface Kept {
  version: 1;
  inputs: string;
  site: string;
}

/** Digest of everything a build of `root` into `out` on `today` reads, code of `project` included. */
export function inputsDigest(project: string, root: string, today: string, out: string, env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  for (const p of CODE_PATHS) hashTree(h, project, p);
  for (const p of ['content', 'ledger']) hashTree(h, root, p);
  const settings = Object.keys(env)
    .filter((k) => /^(?:GONGSHI|PAGEFIND)_/.test(k) && k !== 'GONGSHI_TIMINGS')
    .sort()
    .map((k) => `${k}=${env[k]}`);
  h.update(JSON.stringify({ today, node: process.version, out, settings }));
  return h.digest('base64');
}

/** Digest of the folder `site` as it is on disk: each path with its inode, size and mtime. */
export function siteDigest(site: string): string | undefined {
  const h = createHash('sha256');
  try {
    const walk = (rel: string) => {
      for (const name of readdirSync(join(site, rel)).sort()) {
        const path = rel ? `${rel}/${name}` : name;
        const st = lstatSync(join(site, path));
        h.update(`${path}\0${st.isDirectory() ? 'd' : st.isFile() ? 'f' : 'o'}\0${st.ino}\0${st.size}\0${st.mtimeMs}\n`);
        if (st.isDirectory()) walk(path);
      }
    };
    walk('');
  } catch {
    return undefined;
  }
  return h.digest('base64');
}

/** Whether the record at `record` says the site at `site` is the published build of exactly `inputs`. */
export function unchangedBuild(record: string, inputs: string, site: string): boolean {
  let kept: Kept;
  try {
    kept = JSON.parse(readFileSync(record, 'utf8')) as Kept;
  } catch {
    return false;
  }
  return kept.version === 1 && kept.inputs === inputs && kept.site === siteDigest(site);
}

/** Remember that `site` is the published build of `inputs` (after the swap; nothing when the site cannot be read). */
export function rememberBuild(record: string, inputs: string, site: string): void {
  const digest = siteDigest(site);
  if (!digest) return;
  mkdirSync(dirname(record), { recursive: true });
  writeFileSync(record, JSON.stringify({ version: 1, inputs, site: digest } satisfies Kept) + '\n');
}
