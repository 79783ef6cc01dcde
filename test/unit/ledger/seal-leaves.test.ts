/**
 * A seal takes the leaf hashes of the checkpointed log from the stored level-0 tiles, and only when
 * they fold to the checkpoint's root; otherwise it hashes every line again.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/ledger/log.ts';
import { toHex } from '../../../src/ledger/merkle.ts';
import { sealLeaves } from '../../../src/ledger/seal.ts';
import { leafHashes, rootHex, storedLeafHashes, tileFiles } from '../../../src/ledger/store.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const entry = (seq: number): LogEntry => ({ seq, key: `publicities/p-${seq}`, version: 1, hash: toHex(new Uint8Array(32).fill(seq % 251)), sealed: '2026-06-30', data: { n: seq } });
const entries = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => entry(from + i));

/** A ledger folder holding the tiles of `log` (600 lines: two full level-0 tiles and a partial one). */
function withTiles(log: readonly LogEntry[]): string {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-seal-leaves-'));
  roots.push(root);
  for (const [path, bytes] of tileFiles(log, 0)) {
    const file = join(root, 'ledger', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return root;
}

const hex = (list: readonly Uint8Array[]) => list.map(toHex);

describe('the leaves a seal builds on', () => {
  const log = entries(0, 600);
  const checkpoint = { size: 600, root: rootHex(log) };
  const all = [...log, ...entries(600, 603)];

  it('are the log’s leaves, read from the tiles for the checkpointed part', () => {
    const root = withTiles(log);
    expect(hex(storedLeafHashes(root, 600)!)).toEqual(hex(leafHashes(log)));
    expect(hex(sealLeaves(root, all, checkpoint))).toEqual(hex(leafHashes(all)));
  });

  it('come from the tiles, not from hashing the lines again, when the tiles fold to the checkpoint', () => {
    const root = withTiles(log);
    // A line changed after the checkpoint (validation reports it): the seal still extends the signed tree.
    const changed = all.map((e, i) => (i === 3 ? { ...e, hash: toHex(new Uint8Array(32)) } : e));
    const leaves = sealLeaves(root, changed, checkpoint);
    expect(toHex(leaves[3]!)).toBe(toHex(leafHashes(log)[3]!));
    expect(toHex(leaves[3]!)).not.toBe(toHex(leafHashes(changed)[3]!));
  });

  it('are hashed from the lines when a tile does not fold to the checkpoint’s root, or is missing', () => {
    const root = withTiles(log);
    const tile = join(root, 'ledger', 'tile/0/001');
    const bytes = readFileSync(tile);
    bytes[5] = bytes[5]! ^ 1;
    writeFileSync(tile, bytes);
    expect(hex(sealLeaves(root, all, checkpoint))).toEqual(hex(leafHashes(all)));
    rmSync(tile);
    expect(storedLeafHashes(root, 600)).toBeUndefined();
    expect(hex(sealLeaves(root, all, checkpoint))).toEqual(hex(leafHashes(all)));
  });

  it('are all hashed for a first seal (no checkpoint)', () => {
    const root = withTiles([]);
    expect(hex(sealLeaves(root, all, undefined))).toEqual(hex(leafHashes(all)));
  });
});
