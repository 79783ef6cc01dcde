/**
 * Astro's incremental build keeps each keyed page's last output in its cache (`cacheDir/dist/`) and,
 * for a page it skips, copies that file into the output folder — unless the folder has the file
 * already, which it then leaves as it is (Astro's "cached"). At 100,000 records that copy is 174,000
 * files, and the post-build pass then deletes every copy again to link the published page in its
 * place: on this machine's ext4 a copy costs about 130 µs and deleting it 75 µs, a hard link 6 µs and
 * deleting one 5 µs (20,000 person pages, timed by hand in the seventh session).
 *
 * So before Astro runs, the build links every file of Astro's cache manifest into the empty output
 * folder (`linkCachedOutputs`) and tells Astro not to empty it (astro.config.ts). Astro then finds
 * the pages it skips in place, and writes the ones it renders through the link, into the very inode
 * its cache holds — the same bytes it writes to its cache file right after. Three rules keep the
 * links from doing harm:
 *
 * 1. A linked file Astro did not produce this build (a page that no longer exists) is removed before
 *    anything reads the folder (`pruneUnproduced`), with the folders it leaves empty.
 * 2. No published file may share an inode with a cache file, or Astro would write into the live
 *    site when it renders that page again. The post-build pass links unchanged pages to the
 *    published ones, unlinks a page before it rewrites it and copies a file it keeps as it is
 *    (checks/pass.ts), before it records the file. What is still linked to the cache at the end can
 *    only be a file the pass does not visit, which it records nowhere; it is copied
 *    (`detachFromCache`), normally none.
 * 3. A cache file changed after Astro finished was written through a link by a post-build step: the
 *    cache no longer holds Astro's output, so its manifest is removed and the next build renders
 *    every page (`detachFromCache` reports it; so does a build that died with its links in place).
 */
import { lstatSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { ownCopy } from './published-files.ts';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The cache manifest of Astro's incremental build, in `cacheDir`. */
export const ASTRO_MANIFEST = 'incremental-build.json';
/** Where Astro keeps the output of each keyed page, in `cacheDir`. */
const CACHE_OUTPUT = 'dist';
/** The file the outputs integration writes the list of Astro's output files to (set by scripts/build.ts). */
export const OUTPUTS_ENV = 'GONGSHI_ASTRO_OUTPUTS';

/** The output files linked into a folder from Astro's cache, relative to that folder. */
export interface CacheLinks {
  /** Astro's cache folder (its cacheDir). */
  cacheDir: string;
  files: string[];
}

/** Astro's cache manifest as far as this build reads it. */
export interface AstroManifest {
  version?: unknown;
  configHash?: unknown;
  lockfileHash?: unknown;
  routes?: Record<string, { dependencyHash?: unknown; paths?: Record<string, { outputFile?: unknown }> }>;
}

/** The cache manifest in `cacheDir`; undefined when there is none or it cannot be read (Astro then renders every page). */
export function readAstroManifest(cacheDir: string): AstroManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8')) as unknown;
    return m && typeof m === 'object' ? (m as AstroManifest) : undefined;
  } catch {
    return undefined;
  }
}

/** The output files Astro's cache manifest names, as paths relative to the output folder (none when there is no readable manifest). */
export function cachedOutputs(cacheDir: string, manifest = readAstroManifest(cacheDir)): string[] {
  if (!manifest) return [];
  const base = pathToFileURL(join(cacheDir, CACHE_OUTPUT) + sep);
  const files: string[] = [];
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      if (typeof outputFile !== 'string') continue;
      // Resolved as Astro resolves it (a URL relative to the cache folder), and kept only inside it.
      const rel = relative(fileURLToPath(base), fileURLToPath(new URL(outputFile, base)));
      if (rel && !rel.startsWith('..')) files.push(rel);
    }
  }
  return files;
}

/** Link each file of Astro's cache manifest into the folder `out` (made if missing), where Astro will find it; files the cache lacks are left out. */
export function linkCachedOutputs(cacheDir: string, out: string, manifest = readAstroManifest(cacheDir)): CacheLinks {
  const made = new Set<string>();
  const files: string[] = [];
  for (const file of cachedOutputs(cacheDir, manifest)) {
    const to = join(out, file);
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(join(cacheDir, CACHE_OUTPUT, file), to);
      files.push(file);
    } catch (err) {
      // The cache lost that file: Astro renders the page.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return { cacheDir, files };
}

/** Remove from `dir` each linked file Astro did not produce (`produced`, relative paths), and the folders that leaves empty; returns how many. */
export function pruneUnproduced(dir: string, links: CacheLinks, produced: ReadonlySet<string>): number {
  let removed = 0;
  for (const file of links.files) {
    if (produced.has(file)) continue;
    rmSync(join(dir, file), { force: true });
    removed++;
    for (let d = dirname(join(dir, file)); d.length > dir.length; d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        break;
      }
    }
  }
  if (removed) links.files = links.files.filter((f) => produced.has(f));
  return removed;
}

/**
 * Rules 2 and 3 of the file comment, once every post-build step has run over `dir`: copy each file
 * still linked to its cache file, and say whether a cache file changed after `astroDone` (epoch ms).
 */
export function detachFromCache(dir: string, links: CacheLinks, astroDone: number): { detached: number; cacheWritten: boolean } {
  let detached = 0;
  let cacheWritten = false;
  for (const file of links.files) {
    const cached = lstatSync(join(links.cacheDir, CACHE_OUTPUT, file), { throwIfNoEntry: false });
    if (!cached) continue;
    if (cached.mtimeMs > astroDone) cacheWritten = true;
    const path = join(dir, file);
    const own = lstatSync(path, { throwIfNoEntry: false });
    if (!own || own.ino !== cached.ino || own.dev !== cached.dev) continue;
    ownCopy(path);
    detached++;
  }
  return { detached, cacheWritten };
}

/** Whether a cache file linked into a folder was written after `astroDone` (rule 3 of the file comment). */
export function cacheWrittenSince(links: CacheLinks, astroDone: number): boolean {
  return links.files.some((file) => (lstatSync(join(links.cacheDir, CACHE_OUTPUT, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > astroDone);
}

/** Make Astro's next build render every page: its cache no longer holds what its manifest says. */
export function voidAstroCache(cacheDir: string): void {
  rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
}

/** The output files Astro wrote to the file `path` (outputsIntegration), relative to the output folder. */
export function readOutputs(path: string): Set<string> {
  return new Set(JSON.parse(readFileSync(path, 'utf8')) as string[]);
}

/**
 * An integration that writes, when the build sets OUTPUTS_ENV, every file Astro generated or kept
 * for a route this build (its `assets`), relative to the output folder: what pruneUnproduced keeps.
 */
export function outputsIntegration(): AstroIntegration {
  return {
    name: 'gongshi-outputs',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const file = process.env[OUTPUTS_ENV];
        if (!file) return;
        const root = fileURLToPath(dir);
        const list: string[] = [];
        for (const urls of assets.values()) for (const url of urls) list.push(relative(root, fileURLToPath(url)));
        writeFileSync(file, JSON.stringify(list));
      },
    },
  };
}
