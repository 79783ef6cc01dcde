/**
 * The record of published files (src/build/published-files.ts): the identity of a hashed input kept
 * beside its hash, and the hash taken from the record, not the disk, only for that very file.
 */
import { linkSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, inputHash, inputIdentity, readPublished, writePublished, type PublishedFile } from '../../../src/build/published-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-published-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inputIdentity', () => {
  it('records a file with other names (a cache file linked in), and nothing for a file of its own', () => {
    const own = join(dir, 'own.html');
    writeFileSync(own, 'a');
    expect(inputIdentity(statSync(own))).toEqual({});
    linkSync(own, join(dir, 'cache.html'));
    const st = statSync(own);
    expect(inputIdentity(st)).toEqual({ a: [st.ino, st.size, st.mtimeMs] });
  });
});

describe('inputHash', () => {
  it('takes the recorded hash for the very file it was taken of, and reads any other', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, 'first');
    const st = statSync(file);
    const prev: PublishedFile = { h: contentHash('first'), i: 1, s: 1, m: 1, a: [st.ino, st.size, st.mtimeMs] };
    expect(inputHash(file, st, prev)).toBe(contentHash('first'));
    // Taken from the record, not the disk: a recorded value the bytes would not give comes back as is.
    expect(inputHash(file, st, { ...prev, h: 'recorded' })).toBe('recorded');
    // Rewritten in place (as Astro renders a page again): a new mtime, so the bytes are read.
    writeFileSync(file, 'other');
    const later = new Date(st.mtimeMs + 5000);
    utimesSync(file, later, later);
    expect(inputHash(file, statSync(file), prev)).toBe(contentHash('other'));
    // Without an identity, or with another inode, the bytes are read.
    expect(inputHash(file, statSync(file), { ...prev, a: undefined })).toBe(contentHash('other'));
    expect(inputHash(file, { ino: st.ino + 1, size: st.size, mtimeMs: st.mtimeMs }, prev)).toBe(contentHash('other'));
  });
});

describe('readPublished and writePublished', () => {
  it('keep the input identity with the hash, the identity and the memos', () => {
    const path = join(dir, 'record.json');
    const files: Record<string, PublishedFile> = {
      'a/index.html': { h: 'x', i: 2, s: 3, m: 4.5, k: { links: ['/b/'] }, a: [7, 3, 1.25] },
      'b/index.html': { h: 'y', i: 5, s: 6, m: 7 },
    };
    writePublished(path, { context: 'c', files });
    expect(readPublished(path)).toEqual({ context: 'c', files });
  });
});
