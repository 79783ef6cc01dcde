/**
 * What a build remembers of the files it published, so that the next build can reuse them: for each
 * file, the SHA-256 of what the build had before the post-build pass rewrote it (Astro's HTML before
 * its CSP, a data file as written), the identity of the published file (inode, size, mtime),
 * what a cross-file check needs of it (the link check: its resolved references and its ids), and
 * the identity of the file that was hashed when it was one of Astro's cache (`a`).
 *
 * Why content hashes and not Astro's incremental manifest: Astro's is experimental and names only
 * the keyed pages it skipped; the pages without a key (home, lists of feeds, 404 …) are rendered
 * every time, usually to the same bytes, and a keyed page rendered again may come out the same. A
 * hash of the bytes the pass would read covers all of them, depends on nothing but the output, and
 * is cheap next to what it saves (parsing, CSP, the privacy patterns, writing the page back).
 *
 * A file is reused only when (1) the record of the published site is the one of the site now in
 * `dist/` (it is written after the swap, like the search digests), (2) the context digest (the
 * checks' settings, the code of the pass, the year the privacy scan judges birth dates by) is the
 * same, (3) the file's input bytes hash the same, and (4) the published file still has the inode,
 * size and mtime recorded for it (a hand edit of dist/ makes the file new again). Reuse means a hard
 * link to the published file (a copy where links fail): the bytes a clean build would have written,
 * because the CSP step and the per-file checks are functions of the input, the path and the context.
 */
import { createHash, type Hash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One published file as the next build sees it. */
export interface PublishedFile {
  /** SHA-256 (base64) of the file's bytes as the pass found them, before any rewrite. */
  h: string;
  /** Inode, size and mtime (ms) of the published file. */
  i: number;
  s: number;
  m: number;
  /** What cross-file checks kept of it (check name → strings), see FileCheck.memo. */
  k?: Record<string, string[]>;
  /**
   * Inode, size and mtime (ms) of the file `h` was taken of, when that file had other names: Astro's
   * cache file, linked into the build (astro-cache-links.ts). While it keeps them, its bytes are
   * the ones hashed, and the next build need not read it again (inputHash).
   */
  a?: [number, number, number];
}

/** The record of a published site. */
export interface PublishedFiles {
  /** Digest of everything besides a file's own path and bytes that its output and verdicts depend on. */
  context: string;
  files: Record<string, PublishedFile>;
}

/** The record as stored: strings of the memos interned once, each memo a list of indexes. */
interface Stored {
  version: 1;
  context: string;
  strings: string[];
  files: Record<string, Omit<PublishedFile, 'k'> & { k?: Record<string, number[]> }>;
}

/** SHA-256 (base64) of bytes or text, as PublishedFile.h. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * The hash of the file at `path`, whose `lstat` is `st`, as PublishedFile.h: `prev.h` when `prev`
 * was hashed from this very file (its `a`: same inode, size and mtime), else its bytes read and hashed.
 */
export function inputHash(path: string, st: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>, prev: PublishedFile | undefined): string {
  const a = prev?.a;
  if (a && sameFile(st, { i: a[0], s: a[1], m: a[2] })) return prev!.h;
  return contentHash(readFileSync(path));
}

/** Replace the file at `path` with a copy of itself: the same bytes in an inode no other name shares. */
export function ownCopy(path: string): void {
  const copy = `${path}.own-${process.pid}`;
  copyFileSync(path, copy);
  renameSync(copy, path);
}

/** What PublishedFile.a records of the input `st`: its identity when it has other names (a file of Astro's cache), else nothing. */
export function inputIdentity(st: Pick<Stats, 'ino' | 'size' | 'mtimeMs' | 'nlink'>): { a?: [number, number, number] } {
  return st.nlink > 1 ? { a: [st.ino, st.size, st.mtimeMs] } : {};
}

/** The identity of a file on disk, as compared with PublishedFile's i, s, m. */
export function sameFile(st: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>, f: Pick<PublishedFile, 'i' | 's' | 'm'>): boolean {
  return st.ino === f.i && st.size === f.s && st.mtimeMs === f.m;
}

/** The record kept at `path`, or undefined (none, unreadable, or of another format). */
export function readPublished(path: string): PublishedFiles | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  } catch {
    return undefined;
  }
  if (stored.version !== 1 || typeof stored.context !== 'string' || !Array.isArray(stored.strings)) return undefined;
  const files: Record<string, PublishedFile> = {};
  for (const [file, f] of Object.entries(stored.files)) {
    const k = f.k ? Object.fromEntries(Object.entries(f.k).map(([name, ids]) => [name, ids.map((n) => stored.strings[n]!)])) : undefined;
    files[file] = { h: f.h, i: f.i, s: f.s, m: f.m, ...(k ? { k } : {}), ...(Array.isArray(f.a) && f.a.length === 3 ? { a: f.a } : {}) };
  }
  return { context: stored.context, files };
}

/** Write `record` to `path` (creating its folder). */
export function writePublished(path: string, record: PublishedFiles): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => {
    let n = index.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      index.set(s, n);
    }
    return n;
  };
  const files: Stored['files'] = {};
  for (const [file, f] of Object.entries(record.files)) {
    files[file] = { h: f.h, i: f.i, s: f.s, m: f.m, ...(f.k ? { k: Object.fromEntries(Object.entries(f.k).map(([name, list]) => [name, list.map(id)])) } : {}), ...(f.a ? { a: f.a } : {}) };
  }
  const stored: Stored = { version: 1, context: record.context, strings, files };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(stored) + '\n');
}

/**
 * Put the published `from` at `to` (replacing what is there): a hard link, or a copy where the file
 * system refuses one. Nothing writes a reused file afterwards (the pass rewrites only files it did
 * not reuse), so the published copy is never changed through the link.
 */
export function reuseFile(from: string, to: string): Stats {
  rmSync(to, { force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
  return statSync(to);
}

/** The published file at `site/file` when it is still the one `f` records, else undefined. */
export function publishedCopy(site: string, file: string, f: PublishedFile | undefined): string | undefined {
  if (!f) return undefined;
  const path = join(site, file);
  try {
    return sameFile(statSync(path), f) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 over the files at `paths` (a folder: its files, sorted, recursively) and `extra`: the code part of a context digest. */
export function codeDigest(paths: readonly string[], extra: readonly string[] = []): string {
  const h = createHash('sha256');
  for (const p of paths) hashTree(h, dirname(p), basename(p));
  for (const e of extra) h.update(`${e}\n`);
  return h.digest('base64');
}

/**
 * Add `rel` under `base` to `h`: each entry by its path relative to `base`, its type as lstat sees
 * it and its bytes (a symbolic link by its target's name, never the bytes it points at; a missing
 * path as missing), so a file moved, renamed or replaced by a link changes the digest.
 */
export function hashTree(h: Hash, base: string, rel: string): void {
  let st;
  try {
    st = lstatSync(join(base, rel));
  } catch {
    h.update(`${rel}\0none\n`);
    return;
  }
  if (st.isSymbolicLink()) h.update(`${rel}\0link\0${readlinkSync(join(base, rel))}\n`);
  else if (st.isDirectory()) {
    h.update(`${rel}\0dir\n`);
    for (const name of readdirSync(join(base, rel)).sort()) hashTree(h, base, `${rel}/${name}`);
  } else if (st.isFile()) {
    const bytes = readFileSync(join(base, rel));
    h.update(`${rel}\0file\0${bytes.byteLength}\n`).update(bytes);
  } else h.update(`${rel}\0other\n`);
}

/** Put every file under the published folder `from` at the same place under `to`, as reuseFile does (a bundle of search files). */
export function reuseTree(from: string, to: string): number {
  let files = 0;
  mkdirSync(to, { recursive: true });
  for (const d of readdirSync(from, { withFileTypes: true })) {
    if (d.isDirectory()) files += reuseTree(join(from, d.name), join(to, d.name));
    else if (d.isFile()) {
      reuseFile(join(from, d.name), join(to, d.name));
      files++;
    }
  }
  return files;
}
