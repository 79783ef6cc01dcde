/**
 * The log as C2SP tlog-tiles (c2sp.org/tlog-tiles): Merkle tiles of height 8 at tile/<L>/<N>[.p/<W>]
 * and entry bundles at tile/entries/<N>[.p/<W>], immutable static files from which any client
 * computes inclusion and consistency proofs. Tile level L holds the hashes of complete subtrees of
 * 256^L leaves; a partial tile holds fewer than 256. Pure and browser-safe.
 */
import { concat, nodeHash, type Hashing, type Tree } from './merkle.ts';

/** Hashes per full tile. */
export const TILE_WIDTH = 256;
const HASH = 32;

/** A tile's coordinates: level (-1 for the entry bundle), index, width (1…256). */
export interface TileRef {
  level: number;
  n: number;
  width: number;
}

/** An index as tile path elements: zero-padded groups of three digits, all but the last prefixed with x. */
export function encodeIndex(n: number): string {
  let s = String(n % 1000).padStart(3, '0');
  for (let m = Math.floor(n / 1000); m > 0; m = Math.floor(m / 1000)) s = `x${String(m % 1000).padStart(3, '0')}/${s}`;
  return s;
}

/** The path of a tile (level ≥ 0) or entry bundle (level -1) under the log's prefix. */
export function tilePath(t: TileRef): string {
  const level = t.level < 0 ? 'entries' : String(t.level);
  return `tile/${level}/${encodeIndex(t.n)}${t.width < TILE_WIDTH ? `.p/${t.width}` : ''}`;
}

/** Parse a tile path; undefined when it is not one. */
export function parseTilePath(path: string): TileRef | undefined {
  const m = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]?|1[0-9]{2}|2[0-4][0-9]|25[0-5]))?$/.exec(path);
  if (!m) return undefined;
  const level = m[1] === 'entries' ? -1 : Number(m[1]);
  if (level > 63) return undefined;
  const n = Number(m[2]!.replace(/x|\//g, ''));
  return Number.isSafeInteger(n) ? { level, n, width: m[3] ? Number(m[3]) : TILE_WIDTH } : undefined;
}

/** How many hashes level `level` holds for a tree of `size` leaves: floor(size / 256^level). */
export function levelCount(size: number, level: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/** Every tile (and entry bundle) a tree of `size` publishes. */
export function tilesOf(size: number): TileRef[] {
  return changedTiles(0, size);
}

/** The tiles and entry bundles a tree of `size` has that one of `old` leaves did not have in that form. */
export function changedTiles(old: number, size: number): TileRef[] {
  const out: TileRef[] = [];
  for (let level = 0; levelCount(size, level) > 0; level++) {
    const count = levelCount(size, level);
    const before = levelCount(old, level);
    if (count === before) continue;
    for (let n = Math.floor(before / TILE_WIDTH); n * TILE_WIDTH < count; n++) {
      const width = Math.min(TILE_WIDTH, count - n * TILE_WIDTH);
      out.push({ level, n, width });
      if (level === 0) out.push({ level: -1, n, width });
    }
  }
  return out;
}

/**
 * Every stored hash level a tile can hold, for a tree over `leaves` (leaf hashes): level L is the
 * list of MTH of complete subtrees of 256^L leaves, left to right.
 */
export function* tileLevels(leaves: readonly Uint8Array[]): Hashing<Uint8Array[][]> {
  const levels: Uint8Array[][] = [[...leaves]];
  for (;;) {
    const below = levels.at(-1)!;
    const full = Math.floor(below.length / TILE_WIDTH);
    if (full === 0) break;
    const next: Uint8Array[] = [];
    for (let i = 0; i < full; i++) next.push(yield* foldAligned(below.slice(i * TILE_WIDTH, (i + 1) * TILE_WIDTH)));
    levels.push(next);
  }
  return levels;
}

/** The root of a complete subtree of a power-of-two number of hashes. */
function* foldAligned(hashes: readonly Uint8Array[]): Hashing<Uint8Array> {
  let row = [...hashes];
  while (row.length > 1) {
    const up: Uint8Array[] = [];
    for (let i = 0; i < row.length; i += 2) up.push(yield* nodeHash(row[i]!, row[i + 1]!));
    row = up;
  }
  return row[0]!;
}

/** The bytes of tile `t` from the stored hash levels. */
export function tileBytes(levels: readonly Uint8Array[][], t: TileRef): Uint8Array {
  return concat(...levels[t.level]!.slice(t.n * TILE_WIDTH, t.n * TILE_WIDTH + t.width));
}

/** An entry bundle: each entry as a big-endian uint16 length and its bytes. */
export function bundleBytes(entries: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    if (e.length > 0xffff) throw new RangeError(`entry of ${e.length} bytes does not fit a bundle`);
    parts.push(Uint8Array.of(e.length >>> 8, e.length & 255), e);
  }
  return concat(...parts);
}

/** The entries of a bundle; undefined when the bytes do not split into length-prefixed entries. */
export function parseBundle(bytes: Uint8Array): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 2 > bytes.length) return undefined;
    const len = (bytes[at]! << 8) | bytes[at + 1]!;
    if (at + 2 + len > bytes.length) return undefined;
    out.push(bytes.slice(at + 2, at + 2 + len));
    at += 2 + len;
  }
  return out;
}

/** Tile bytes by tile, as fetched. */
export type TileSet = Map<string, Uint8Array>;

/**
 * The stored hashes a proof needs, as tiles of the tree of `size`: for each node [lo, hi) the proof
 * asks for, the aligned complete subtrees it splits into, each read from the tile level at or below it.
 */
export function tilesForNodes(size: number, nodes: readonly [number, number][]): TileRef[] {
  const seen = new Map<string, TileRef>();
  for (const [lo, hi] of nodes)
    for (const [a, b] of alignedParts(lo, hi)) {
      const { level, first } = storedFor(a, b);
      const n = Math.floor(first / TILE_WIDTH);
      const t = { level, n, width: Math.min(TILE_WIDTH, levelCount(size, level) - n * TILE_WIDTH) };
      seen.set(tilePath(t), t);
    }
  return [...seen.values()];
}

/** [lo, hi) as aligned power-of-two blocks, largest first (the shape of a right edge of an RFC 9162 tree). */
export function alignedParts(lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  while (lo < hi) {
    let k = 1;
    while (lo % (k * 2) === 0 && lo + k * 2 <= hi) k *= 2;
    out.push([lo, lo + k]);
    lo += k;
  }
  return out;
}

/** Where the aligned block [a, b) is stored: the tile level at or below its height, and its first hash there. */
function storedFor(a: number, b: number): { level: number; first: number; count: number } {
  const height = Math.log2(b - a);
  const level = Math.floor(height / 8);
  const per = TILE_WIDTH ** level;
  return { level, first: a / per, count: (b - a) / per };
}

/**
 * The node hashes of the tree of `size` read from `tiles`, as a Tree for the proof functions of
 * merkle.ts. Every [lo, hi) those functions ask for is an aligned block or a right edge.
 */
export function* treeFromTiles(size: number, root: Uint8Array, nodes: readonly [number, number][], tiles: TileSet): Hashing<Tree> {
  const known = new Map<string, Uint8Array>();
  for (const [lo, hi] of nodes) {
    const parts: Uint8Array[] = [];
    for (const [a, b] of alignedParts(lo, hi)) {
      const { level, first, count } = storedFor(a, b);
      const n = Math.floor(first / TILE_WIDTH);
      const width = Math.min(TILE_WIDTH, levelCount(size, level) - n * TILE_WIDTH);
      const bytes = tiles.get(tilePath({ level, n, width }));
      const from = (first - n * TILE_WIDTH) * HASH;
      if (!bytes || bytes.length !== width * HASH || from + count * HASH > bytes.length) throw new RangeError(`tile ${tilePath({ level, n, width })} missing or short`);
      const hashes: Uint8Array[] = [];
      for (let i = 0; i < count; i++) hashes.push(bytes.slice(from + i * HASH, from + (i + 1) * HASH));
      parts.push(yield* foldAligned(hashes));
    }
    // A right edge is the right fold of its aligned blocks: H(b1, H(b2, … bk)).
    let h = parts.at(-1)!;
    for (let i = parts.length - 2; i >= 0; i--) h = yield* nodeHash(parts[i]!, h);
    known.set(`${lo}:${hi}`, h);
  }
  return {
    size,
    root,
    node(lo, hi) {
      const h = known.get(`${lo}:${hi}`);
      if (!h) throw new RangeError(`node [${lo}, ${hi}) was not read`);
      return h;
    },
  };
}

/** The nodes a computation over a Tree of `size` asks for, found by running it over a tree that records. */
export function nodesAskedBy(size: number, use: (t: Tree) => unknown): [number, number][] {
  const asked: [number, number][] = [];
  const zero = new Uint8Array(HASH);
  use({
    size,
    root: zero,
    node(lo, hi) {
      asked.push([lo, hi]);
      return zero;
    },
  });
  return asked;
}
