/**
 * Merkle tree hashing, inclusion proofs and consistency proofs exactly as RFC 9162 §2.1 (and RFC
 * 6962 before it) define them, so any Certificate-Transparency-style verifier agrees with ours.
 *
 * Each algorithm is written once, as a generator that yields the bytes it needs hashed and receives
 * their SHA-256 digest. `runSync` drives it with Node's synchronous hash (validation and the build
 * are synchronous); `runAsync` drives the same code with WebCrypto in the browser's verify page.
 * No second copy of the algorithms exists to drift.
 */

/** A computation that asks for SHA-256 digests: it yields an input and is resumed with its digest. */
export type Hashing<T> = Generator<Uint8Array, T, Uint8Array>;

/** Drive `h` to completion with a synchronous SHA-256. */
export function runSync<T>(h: Hashing<T>, sha256: (input: Uint8Array) => Uint8Array): T {
  let step = h.next();
  while (!step.done) step = h.next(sha256(step.value));
  return step.value;
}

/** Drive `h` to completion with an asynchronous SHA-256 (WebCrypto). */
export async function runAsync<T>(h: Hashing<T>, sha256: (input: Uint8Array) => Promise<Uint8Array>): Promise<T> {
  let step = h.next();
  while (!step.done) step = h.next(await sha256(step.value));
  return step.value;
}

/** Leaf hash: SHA-256(0x00 || data). */
export function* leafHash(data: Uint8Array): Hashing<Uint8Array> {
  return yield concat(Uint8Array.of(0), data);
}

/** Interior node hash: SHA-256(0x01 || left || right). */
export function* nodeHash(left: Uint8Array, right: Uint8Array): Hashing<Uint8Array> {
  return yield concat(Uint8Array.of(1), left, right);
}

/** The largest power of two smaller than `n` (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Root hash (MTH) of the tree over `leaves` (leaf hashes); the empty tree's root is SHA-256(""). */
export function* rootOf(leaves: readonly Uint8Array[]): Hashing<Uint8Array> {
  if (leaves.length === 0) return yield new Uint8Array(0);
  return yield* subtree(leaves, 0, leaves.length, undefined);
}

/** A tree of a fixed size with every node's hash kept, so proofs need no hashing at all. */
export interface Tree {
  size: number;
  root: Uint8Array;
  /** Hash of the node covering leaves [lo, hi), for every node of the tree. */
  node(lo: number, hi: number): Uint8Array;
}

/** Build the tree over `leaves` (leaf hashes), keeping every node for proofs. */
export function* buildTree(leaves: readonly Uint8Array[]): Hashing<Tree> {
  const nodes = new Map<string, Uint8Array>();
  const root = leaves.length === 0 ? yield new Uint8Array(0) : yield* subtree(leaves, 0, leaves.length, nodes);
  return {
    size: leaves.length,
    root,
    node(lo, hi) {
      const h = hi - lo === 1 ? leaves[lo] : nodes.get(`${lo}:${hi}`);
      if (!h) throw new RangeError(`no node [${lo}, ${hi}) in a tree of ${leaves.length}`);
      return h;
    },
  };
}

function* subtree(leaves: readonly Uint8Array[], lo: number, hi: number, keep: Map<string, Uint8Array> | undefined): Hashing<Uint8Array> {
  if (hi - lo === 1) return leaves[lo]!;
  const k = split(hi - lo);
  const left = yield* subtree(leaves, lo, lo + k, keep);
  const right = yield* subtree(leaves, lo + k, hi, keep);
  const h = yield* nodeHash(left, right);
  keep?.set(`${lo}:${hi}`, h);
  return h;
}

/** Inclusion proof PATH(m, D[n]) of leaf `index` (RFC 9162 §2.1.3.1). */
export function inclusionProof(tree: Tree, index: number): Uint8Array[] {
  if (!Number.isInteger(index) || index < 0 || index >= tree.size) throw new RangeError(`leaf ${index} is not in a tree of ${tree.size}`);
  const path: Uint8Array[] = [];
  let lo = 0;
  let hi = tree.size;
  let m = index;
  // Walking down collects siblings root-first; the proof lists them leaf-first.
  while (hi - lo > 1) {
    const k = split(hi - lo);
    if (m < k) {
      path.push(tree.node(lo + k, hi));
      hi = lo + k;
    } else {
      path.push(tree.node(lo, lo + k));
      lo += k;
      m -= k;
    }
  }
  return path.reverse();
}

/** Consistency proof PROOF(m, D[n]) that the first `m` leaves are a prefix (RFC 9162 §2.1.4.1). */
export function consistencyProof(tree: Tree, m: number): Uint8Array[] {
  if (!Number.isInteger(m) || m < 0 || m > tree.size) throw new RangeError(`cannot prove size ${m} against a tree of ${tree.size}`);
  if (m === 0 || m === tree.size) return [];
  const proof: Uint8Array[] = [];
  let lo = 0;
  let hi = tree.size;
  let b = true;
  let left = m;
  for (;;) {
    if (left === hi - lo) {
      if (!b) proof.push(tree.node(lo, hi));
      break;
    }
    const k = split(hi - lo);
    if (left <= k) {
      proof.push(tree.node(lo + k, hi));
      hi = lo + k;
    } else {
      proof.push(tree.node(lo, lo + k));
      lo += k;
      left -= k;
      b = false;
    }
  }
  return proof.reverse();
}

/** Verify that `leaf` (a leaf hash) is at `index` in the tree of `size` with `root` (RFC 9162 §2.1.3.2). */
export function* verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): Hashing<boolean> {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = yield* nodeHash(p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >>> 1, sn >>> 1];
    } else {
      r = yield* nodeHash(r, p);
    }
    [fn, sn] = [fn >>> 1, sn >>> 1];
  }
  return sn === 0 && equal(r, root);
}

/**
 * Verify that the tree of size `first` with root `firstRoot` is a prefix of the tree of size
 * `second` with `secondRoot` (RFC 9162 §2.1.4.2, with the trivial sizes 0 and first = second).
 */
export function* verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): Hashing<boolean> {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (first === 0) return proof.length === 0; // every log extends the empty one
  if (first === second) return proof.length === 0 && equal(firstRoot, secondRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) [fn, sn] = [fn >>> 1, sn >>> 1];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = yield* nodeHash(c, fr);
      sr = yield* nodeHash(c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >>> 1, sn >>> 1];
    } else {
      sr = yield* nodeHash(sr, c);
    }
    [fn, sn] = [fn >>> 1, sn >>> 1];
  }
  return sn === 0 && equal(fr, firstRoot) && equal(sr, secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** Byte-wise equality. */
export function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The bytes of `parts` one after another. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX_BYTES[bytes[i]!]!;
  return s;
}

/** Bytes of a hex string; throws on odd length or a non-hex digit. */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError(`not hex: ${hex.slice(0, 20)}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
