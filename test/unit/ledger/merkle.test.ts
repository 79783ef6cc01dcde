/**
 * RFC 9162 Merkle trees: the Certificate Transparency reference vectors, a tree small enough to
 * check by hand, and properties over every small tree (every proof verifies, every forgery fails).
 */
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildTree,
  consistencyProof,
  fromHex,
  inclusionProof,
  leafHash,
  nodeHash,
  rootOf,
  runAsync,
  split,
  toHex,
  verifyConsistency,
  verifyInclusion,
} from '../../../src/ledger/merkle.ts';
import { hashSync, sha256 } from '../../../src/ledger/node-hash.ts';

// RFC 6962 reference leaves and tree heads (certificate-transparency test data).
const DATA = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const LEAVES = DATA.map((d) => hashSync(leafHash(d)));
const tree = (leaves: Uint8Array[]) => hashSync(buildTree(leaves));
const hex = (list: Uint8Array[]) => list.map(toHex);
const many = (n: number) => Array.from({ length: n }, (_, i) => hashSync(leafHash(Uint8Array.of(i, (i * 7) & 255))));

describe('Merkle tree hashing', () => {
  it('gives the reference root for every size 0 to 8', () => {
    for (let n = 0; n <= 8; n++) expect(toHex(hashSync(rootOf(LEAVES.slice(0, n)))), `size ${n}`).toBe(ROOTS[n]);
  });

  it('splits at the largest power of two below n, not the midpoint', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 9, 1000].map(split)).toEqual([1, 2, 2, 4, 4, 4, 4, 8, 512]);
  });

  it('hashes a three-leaf tree as H(1 || H(1 || L0 || L1) || L2), checked by hand', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((s) => sha256(Buffer.concat([Buffer.of(0), Buffer.from(s)])));
    const expected = sha256(Buffer.concat([Buffer.of(1), sha256(Buffer.concat([Buffer.of(1), a!, b!])), c!]));
    expect(toHex(hashSync(rootOf([a!, b!, c!])))).toBe(toHex(expected));
    expect(toHex(hashSync(nodeHash(a!, b!)))).toBe(toHex(sha256(Buffer.concat([Buffer.of(1), a!, b!]))));
  });

  it('keeps the same root when built for proofs', () => {
    for (let n = 0; n <= 8; n++) expect(toHex(tree(LEAVES.slice(0, n)).root)).toBe(ROOTS[n]);
  });

  it('gives the same answers when driven by WebCrypto', async () => {
    const subtle = async (b: Uint8Array) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>));
    expect(toHex(await runAsync(rootOf(LEAVES), subtle))).toBe(ROOTS[8]);
  });
});

describe('inclusion proofs', () => {
  it('match the reference proofs', () => {
    const t = tree(LEAVES);
    expect(hex(inclusionProof(t, 0))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(inclusionProof(t, 5))).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(inclusionProof(tree(LEAVES.slice(0, 3)), 2))).toEqual(['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']);
    expect(inclusionProof(tree(LEAVES.slice(0, 1)), 0)).toEqual([]);
  });

  it("verify for every leaf of every tree up to 33 leaves", () => {
    const leaves = many(33);
    for (let n = 1; n <= leaves.length; n++) {
      const t = tree(leaves.slice(0, n));
      for (let i = 0; i < n; i++) expect(hashSync(verifyInclusion(leaves[i]!, i, n, inclusionProof(t, i), t.root)), `leaf ${i} of ${n}`).toBe(true);
    }
  });

  // A wrong tree size is not tested: the proof does not bind the size (the checkpoint does), and
  // trees of 13 and 14 leaves share the path of every leaf left of 8.
  it('fail for a tampered leaf, a tampered proof, a wrong index or a wrong root', () => {
    const leaves = many(13);
    const t = tree(leaves);
    for (let i = 0; i < 13; i++) {
      const proof = inclusionProof(t, i);
      const verify = (leaf: Uint8Array, index: number, size: number, p: Uint8Array[], root: Uint8Array) => hashSync(verifyInclusion(leaf, index, size, p, root));
      expect(verify(leaves[(i + 1) % 13]!, i, 13, proof, t.root)).toBe(false);
      const forged = proof.map((h, j) => (j === 0 ? flip(h) : h));
      expect(verify(leaves[i]!, i, 13, forged, t.root)).toBe(false);
      expect(verify(leaves[i]!, i ^ 1, 13, proof, t.root)).toBe(false);
      expect(verify(leaves[i]!, i, 13, proof.slice(0, -1), t.root)).toBe(false);
      expect(verify(leaves[i]!, i, 13, [...proof, t.root], t.root)).toBe(false);
      expect(verify(leaves[i]!, i, 13, proof, flip(t.root))).toBe(false);
    }
  });

  it('refuse an index outside the tree', () => {
    const t = tree(many(4));
    expect(() => inclusionProof(t, 4)).toThrow(RangeError);
    expect(hashSync(verifyInclusion(many(5)[4]!, 4, 4, [], t.root))).toBe(false);
  });
});

describe('consistency proofs', () => {
  it('match the reference proofs', () => {
    const t = tree(LEAVES);
    expect(hex(consistencyProof(t, 1))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(consistencyProof(t, 6))).toEqual([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(consistencyProof(tree(LEAVES.slice(0, 5)), 2))).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
  });

  it('verify between every pair of sizes 0 ≤ m ≤ n ≤ 9', () => {
    const leaves = many(9);
    for (let n = 0; n <= 9; n++) {
      const t = tree(leaves.slice(0, n));
      for (let m = 0; m <= n; m++) {
        const rootM = hashSync(rootOf(leaves.slice(0, m)));
        expect(hashSync(verifyConsistency(m, n, rootM, t.root, consistencyProof(t, m))), `${m} → ${n}`).toBe(true);
      }
    }
  });

  it('fail when the older tree is not a prefix, or the proof or roots are forged', () => {
    const leaves = many(9);
    const other = many(9).map((h, i) => (i === 2 ? flip(h) : h)); // history rewritten at leaf 2
    for (let n = 2; n <= 9; n++) {
      const t = tree(leaves.slice(0, n));
      for (let m = 1; m < n; m++) {
        const proof = consistencyProof(t, m);
        const rootM = hashSync(rootOf(leaves.slice(0, m)));
        const verify = (a: Uint8Array, b: Uint8Array, p: Uint8Array[], mm = m, nn = n) => hashSync(verifyConsistency(mm, nn, a, b, p));
        expect(verify(flip(rootM), t.root, proof)).toBe(false);
        expect(verify(rootM, flip(t.root), proof)).toBe(false);
        for (let j = 0; j < proof.length; j++) expect(verify(rootM, t.root, proof.map((h, k) => (k === j ? flip(h) : h)))).toBe(false);
        expect(verify(rootM, t.root, [])).toBe(false);
        if (m > 2) {
          // The rewritten log's own proof cannot tie the honest old root to it.
          const rewritten = tree(other.slice(0, n));
          expect(verify(rootM, rewritten.root, consistencyProof(rewritten, m))).toBe(false);
        }
      }
    }
  });

  it('accept equal sizes only with equal roots', () => {
    const t = tree(many(5));
    expect(hashSync(verifyConsistency(5, 5, t.root, t.root, []))).toBe(true);
    expect(hashSync(verifyConsistency(5, 5, t.root, flip(t.root), []))).toBe(false);
    expect(hashSync(verifyConsistency(6, 5, t.root, t.root, []))).toBe(false);
  });
});

function flip(h: Uint8Array): Uint8Array {
  const out = Uint8Array.from(h);
  out[0]! ^= 1;
  return out;
}
