/**
 * Links from Astro's incremental cache into its output folder (src/build/astro-cache-links.ts): what
 * is linked, what is removed after Astro ran, what is copied before publishing, and when the cache
 * is voided. Over a cache folder made by hand in the shape Astro writes (incremental-build.json and
 * dist/).
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASTRO_MANIFEST, cachedOutputs, cacheWrittenSince, detachFromCache, linkCachedOutputs, pruneUnproduced, voidAstroCache } from '../../../src/build/astro-cache-links.ts';

let work: string;
let cache: string;
let out: string;

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A cache whose manifest names `outputs` (as Astro writes them: URL paths), with a file for each of `present`. */
function makeCache(outputs: string[], present: string[]): void {
  const paths = Object.fromEntries(outputs.map((o, i) => [`/p${i}/`, { cacheKey: `k${i}`, outputFile: o }]));
  put(join(cache, ASTRO_MANIFEST), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
  for (const p of present) put(join(cache, 'dist', p), `cached ${p}`);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gongshi-cache-links-'));
  cache = join(work, 'cache');
  out = join(work, 'out');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('cachedOutputs', () => {
  it('reads the output files of every route, decodes them as Astro resolves them, and keeps none outside the cache folder', () => {
    makeCache(['people/a/index.html', 'feeds/%E4%BA%BA/index.html', '../escape/index.html', '/etc/passwd'], []);
    expect(cachedOutputs(cache).sort()).toEqual(['feeds/人/index.html', 'people/a/index.html']);
  });

  it('is empty without a readable manifest', () => {
    expect(cachedOutputs(cache)).toEqual([]);
    put(join(cache, ASTRO_MANIFEST), '{not json');
    expect(cachedOutputs(cache)).toEqual([]);
  });
});

describe('linkCachedOutputs', () => {
  it('links each cached file into the folder, the same inode, and leaves out what the cache lost', () => {
    makeCache(['people/a/index.html', 'people/b/index.html', 'feeds/all.xml'], ['people/a/index.html', 'feeds/all.xml']);
    const links = linkCachedOutputs(cache, out);
    expect(links.files.sort()).toEqual(['feeds/all.xml', 'people/a/index.html']);
    expect(lstatSync(join(out, 'people/a/index.html')).ino).toBe(lstatSync(join(cache, 'dist/people/a/index.html')).ino);
    expect(existsSync(join(out, 'people/b/index.html'))).toBe(false);
  });
});

describe('pruneUnproduced', () => {
  it('removes the linked files Astro did not produce and the folders they leave empty, and keeps the rest', () => {
    makeCache(['people/a/index.html', 'people/gone/index.html', 'deep/x/y/index.html'], ['people/a/index.html', 'people/gone/index.html', 'deep/x/y/index.html']);
    const links = linkCachedOutputs(cache, out);
    put(join(out, 'people/index.html'), 'list');
    expect(pruneUnproduced(out, links, new Set(['people/a/index.html']))).toBe(2);
    expect(existsSync(join(out, 'people/gone'))).toBe(false);
    expect(existsSync(join(out, 'deep'))).toBe(false);
    expect(existsSync(join(out, 'people/a/index.html'))).toBe(true);
    expect(existsSync(join(out, 'people/index.html'))).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect(links.files).toEqual(['people/a/index.html']);
    // The cache keeps its copies: Astro prunes its own.
    expect(existsSync(join(cache, 'dist/people/gone/index.html'))).toBe(true);
  });
});

describe('detachFromCache', () => {
  it('copies a file still linked to the cache into an inode of its own, leaves replaced and unlinked files alone', () => {
    makeCache(['a/index.html', 'b/index.html', 'c/index.html'], ['a/index.html', 'b/index.html', 'c/index.html']);
    const links = linkCachedOutputs(cache, out);
    const done = Date.now() + 1000;
    // b replaced by another file (as the pass links a published page), c removed.
    rmSync(join(out, 'b/index.html'));
    put(join(out, 'b/index.html'), 'published b');
    rmSync(join(out, 'c/index.html'));
    const result = detachFromCache(out, links, done);
    expect(result).toEqual({ detached: 1, cacheWritten: false });
    expect(lstatSync(join(out, 'a/index.html')).ino).not.toBe(lstatSync(join(cache, 'dist/a/index.html')).ino);
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('cached a/index.html');
    expect(lstatSync(join(out, 'a/index.html')).nlink).toBe(1);
    expect(readFileSync(join(out, 'b/index.html'), 'utf8')).toBe('published b');
    expect(detachFromCache(out, links, done)).toEqual({ detached: 0, cacheWritten: false });
  });

  it('says the cache was written when a cache file changed after Astro was done, through a link', () => {
    makeCache(['a/index.html'], ['a/index.html']);
    const links = linkCachedOutputs(cache, out);
    const done = Date.now() - 60_000;
    // Astro's own writes are older than `done`; a step after it wrote through the link.
    writeFileSync(join(out, 'a/index.html'), 'written by a post-build step');
    expect(cacheWrittenSince(links, done)).toBe(true);
    expect(detachFromCache(out, links, done).cacheWritten).toBe(true);
    utimesSync(join(cache, 'dist/a/index.html'), new Date(done - 10_000), new Date(done - 10_000));
    expect(cacheWrittenSince(links, done)).toBe(false);
  });
});

describe('voidAstroCache', () => {
  it('removes the manifest, so the next build renders every page, and keeps the cached files', () => {
    makeCache(['a/index.html'], ['a/index.html']);
    voidAstroCache(cache);
    expect(existsSync(join(cache, ASTRO_MANIFEST))).toBe(false);
    expect(cachedOutputs(cache)).toEqual([]);
    expect(existsSync(join(cache, 'dist/a/index.html'))).toBe(true);
  });
});
