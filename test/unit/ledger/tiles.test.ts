/**
 * tlog-tiles against published vectors: the path encoding of c2sp.org/tlog-tiles (1234067 →
 * x001/x234/067) and of Go's golang.org/x/mod/sumdb/tlog tile tests, the tile counts of the spec's
 * 70,000-leaf example, and proofs computed from tiles equal to the RFC 6962 reference proofs and
 * to proofs over the whole tree. The checkpoint text against Go's tlog.FormatTree vector.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkpointText, parseCheckpointNote } from '../../../src/ledger/checkpoint.ts';
import { buildTree, consistencyProof, fromHex, inclusionProof, leafHash, nodeHash, toHex, verifyConsistency, verifyInclusion } from '../../../src/ledger/merkle.ts';
import { hashSync } from '../../../src/ledger/node-hash.ts';
import { alignedParts, bundleBytes, changedTiles, encodeIndex, nodesAskedBy, parseBundle, parseTilePath, tileBytes, tileLevels, tilePath, tilesForNodes, tilesOf, treeFromTiles, type TileSet } from '../../../src/ledger/tiles.ts';

const many = (n: number) => Array.from({ length: n }, (_, i) => hashSync(leafHash(new TextEncoder().encode(`leaf ${i}`))));

/** Every tile of the tree over `leaves`, by path, as a log would publish them. */
function publish(leaves: Uint8Array[]): TileSet {
  const levels = hashSync(tileLevels(leaves));
  return new Map(tilesOf(leaves.length).filter((t) => t.level >= 0).map((t) => [tilePath(t), tileBytes(levels, t)]));
}

describe('tile paths', () => {
  it('encode indexes as c2sp.org/tlog-tiles and Go’s tlog tests do', () => {
    expect(encodeIndex(1234067)).toBe('x001/x234/067'); // the spec's example
    expect(encodeIndex(123456078)).toBe('x123/x456/078'); // Go: tile/3/5/x123/x456/078.p/2
    expect(encodeIndex(3057500)).toBe('x003/x057/500'); // Go: tile/1/0/x003/x057/500
    expect(encodeIndex(1)).toBe('001');
    expect(tilePath({ level: 5, n: 123456078, width: 2 })).toBe('tile/5/x123/x456/078.p/2');
    expect(tilePath({ level: 0, n: 3057500, width: 256 })).toBe('tile/0/x003/x057/500');
    expect(tilePath({ level: -1, n: 0, width: 112 })).toBe('tile/entries/000.p/112');
  });

  it('parse back, and refuse the malformed paths of Go’s tests', () => {
    expect(parseTilePath('tile/5/x123/x456/078.p/2')).toEqual({ level: 5, n: 123456078, width: 2 });
    expect(parseTilePath('tile/entries/x003/x057/500')).toEqual({ level: -1, n: 3057500, width: 256 });
    for (const bad of ['tile/5/123/456/078', 'tile/-1/123/456/078', 'tile/0/001.p/256', 'tile/0/001.p/0', 'tile/0/1', 'tile/64/000'])
      expect(parseTilePath(bad), bad).toBeUndefined();
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: -1, max: 63 }), fc.integer({ min: 1, max: 256 }), (n, level, width) => {
      expect(parseTilePath(tilePath({ level, n, width }))).toEqual({ level, n, width });
    }), { seed: 15 });
  });

  it('give the spec’s tiles for a tree of 70,000: 273 full level-0 tiles and one of 112, one full level-1 tile and one of 17, one level-2 tile of 1', () => {
    const tiles = tilesOf(70000).filter((t) => t.level >= 0);
    const at = (level: number) => tiles.filter((t) => t.level === level);
    expect(at(0).filter((t) => t.width === 256)).toHaveLength(273);
    expect(at(0).filter((t) => t.width < 256).map((t) => t.width)).toEqual([112]);
    expect(at(1).map((t) => t.width)).toEqual([256, 17]);
    expect(at(2).map((t) => t.width)).toEqual([1]);
    expect(tilesOf(256).map(tilePath)).toEqual(['tile/0/000', 'tile/entries/000', 'tile/1/000.p/1']);
  });

  it('change only the rightmost tiles when a log grows', () => {
    expect(changedTiles(70000, 70000)).toEqual([]);
    expect(changedTiles(70000, 70001).map(tilePath)).toEqual(['tile/0/273.p/113', 'tile/entries/273.p/113']);
    expect(changedTiles(65535, 65536).map(tilePath)).toEqual(['tile/0/255', 'tile/entries/255', 'tile/1/000', 'tile/2/000.p/1']);
  });
});

describe('entry bundles', () => {
  it('are big-endian uint16 length-prefixed entries, and parse back', () => {
    const entries = ['a', '', '望川'].map((s) => new TextEncoder().encode(s));
    const b = bundleBytes(entries);
    expect(toHex(b)).toBe(`000161${'0000'}0006${toHex(entries[2]!)}`);
    expect(parseBundle(b)).toEqual(entries);
    expect(parseBundle(b.slice(0, -1))).toBeUndefined();
  });
});

describe('proofs from tiles', () => {
  // RFC 6962 reference vectors (certificate-transparency test data), as in merkle.test.ts.
  const DATA = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex);
  const LEAVES = DATA.map((d) => hashSync(leafHash(d)));

  it('give the RFC 6962 reference inclusion and consistency proofs', () => {
    const tiles = publish(LEAVES);
    const root = hashSync(buildTree(LEAVES)).root;
    const inc = (i: number) => {
      const nodes = nodesAskedBy(8, (t) => inclusionProof(t, i));
      return inclusionProof(hashSync(treeFromTiles(8, root, nodes, tiles)), i).map(toHex);
    };
    expect(inc(0)).toEqual(['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']);
    expect(inc(5)).toEqual(['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']);
    const cons = (m: number) => {
      const nodes = nodesAskedBy(8, (t) => consistencyProof(t, m));
      return consistencyProof(hashSync(treeFromTiles(8, root, nodes, tiles)), m).map(toHex);
    };
    expect(cons(1)).toEqual(['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']);
    expect(cons(6)).toEqual(['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']);
  });

  it('equal the proofs over the whole tree, and verify, in a tree of 70,000 leaves across tile levels', { timeout: 120_000 }, () => {
    const N = 70000;
    const leaves = many(N);
    const full = hashSync(buildTree(leaves));
    const tiles = publish(leaves);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: N - 1 }), fc.integer({ min: 1, max: N }), (i, m) => {
        const inodes = nodesAskedBy(N, (t) => inclusionProof(t, i));
        const cnodes = nodesAskedBy(N, (t) => consistencyProof(t, m));
        expect(tilesForNodes(N, inodes).length).toBeLessThanOrEqual(4);
        const tree = hashSync(treeFromTiles(N, full.root, [...inodes, ...cnodes], tiles));
        const proof = inclusionProof(tree, i);
        expect(proof.map(toHex)).toEqual(inclusionProof(full, i).map(toHex));
        expect(hashSync(verifyInclusion(leaves[i]!, i, N, proof, full.root))).toBe(true);
        const cproof = consistencyProof(tree, m);
        expect(cproof.map(toHex)).toEqual(consistencyProof(full, m).map(toHex));
        const parts = alignedParts(0, m).map(([a, b]) => full.node(a, b));
        const old = parts.slice(0, -1).reduceRight((h, p) => hashSync(nodeHash(p, h)), parts.at(-1)!);
        expect(hashSync(verifyConsistency(m, N, old, full.root, cproof))).toBe(true);
      }),
      { seed: 15, numRuns: 20 },
    );
  });

  it('fail to verify when a tile was altered', () => {
    const leaves = many(600);
    const full = hashSync(buildTree(leaves));
    const tiles = publish(leaves);
    // Leaf 2's proof takes the hash of leaves 256–511 from the level-1 tile.
    const bytes = new Uint8Array(tiles.get('tile/1/000.p/2')!);
    bytes[40] ^= 1;
    tiles.set('tile/1/000.p/2', bytes);
    const nodes = nodesAskedBy(600, (t) => inclusionProof(t, 2));
    const proof = inclusionProof(hashSync(treeFromTiles(600, full.root, nodes, tiles)), 2);
    expect(hashSync(verifyInclusion(leaves[2]!, 2, 600, proof, full.root))).toBe(false);
  });
});

describe('checkpoint text', () => {
  it('matches Go’s tlog.FormatTree vector (origin, size, base64 root, each line ending in a newline)', () => {
    const root = toHex(hashSync(leafHash(new TextEncoder().encode('hello world'))));
    expect(checkpointText({ origin: 'go.sum database tree', size: 123456789012, root })).toBe('go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n');
  });

  it('reads the cosigned example of c2sp.org/tlog-cosignature, with its timestamp', () => {
    const note = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';
    const { checkpoint } = parseCheckpointNote(note);
    expect(checkpoint).toMatchObject({ origin: 'example.com/behind-the-sofa', size: 20852163 });
    const w = checkpoint!.note.signatures[1]!;
    expect(w.signature.length).toBe(72);
    // The spec's signed message shows "time 1679315147" for this cosignature.
    expect(Number(new DataView(w.signature.buffer, w.signature.byteOffset, 8).getBigUint64(0))).toBe(1679315147);
  });
});
