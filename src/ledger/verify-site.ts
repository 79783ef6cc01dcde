/**
 * Verifying a published site's ledger from its static files alone, as any tlog-tiles client would:
 * the checkpoint note against the key pinned by configuration (never one taken from the checkpoint),
 * witness cosignatures against the witnesses' pinned keys, inclusion proofs computed from tiles,
 * consistency proofs between a saved checkpoint and today's. Browser-safe: the /verify/ page and
 * `npm run verify` run this same code. Files read, under the site root:
 *   ledger/checkpoint, ledger/checkpoints/<size>   tlog-checkpoint notes
 *   ledger/tile/<L>/<N>[.p/<W>]                      Merkle tiles
 *   ledger/tile/entries/<N>[.p/<W>]                  entry bundles (each entry: a leaf's canonical JSON)
 *   data/{kind}/{id}.json                            a record's current data as written
 */
import { verifyUi as t } from '../i18n/zh-cn-verify.ts';
import { cosignatureTasks, logSignatureTasks, parseCheckpointNote, runTasks, shanghaiDate, type SignedCheckpoint } from './checkpoint.ts';
import type { LedgerConfig } from './config.ts';
import { canonicalize } from './jcs.ts';
import { checkLogOrder, type LeafFields } from './log.ts';
import { buildTree, consistencyProof, fromHex, inclusionProof, leafHash, runAsync, toHex, verifyConsistency, verifyInclusion, type Hashing, type Tree } from './merkle.ts';
import { nodesAskedBy, parseBundle, TILE_WIDTH, tileBytes, tileLevels, tilePath, tilesForNodes, tilesOf, treeFromTiles, type TileSet } from './tiles.ts';

/** Reads a published file by its path under the site root; undefined when it does not exist. */
export type Fetcher = (path: string) => Promise<Uint8Array | undefined>;

/** One check and its outcome, in words for the reader. */
export interface Check {
  ok: boolean;
  message: string;
}

/** The outcome of a verification: every check made, and whether all passed. */
export interface Report {
  ok: boolean;
  checks: Check[];
}

export const CHECKPOINT_PATH = 'ledger/checkpoint';
const TILE_PREFIX = 'ledger/';

/** The open-data path of `key`. */
export function dataPath(key: string): string {
  return `data/${key}.json`;
}

async function subtleSha256(input: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', input as Uint8Array<ArrayBuffer>));
}

/** Run a Merkle computation with WebCrypto's SHA-256. */
export const run = <T>(h: Hashing<T>) => runAsync(h, subtleSha256);

/** Ed25519 with WebCrypto over a raw public key. */
export async function subtleEd25519(key: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    const k = await crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, k, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const text = (b: Uint8Array | undefined) => {
  try {
    return b === undefined ? undefined : UTF8.decode(b);
  } catch {
    return undefined;
  }
};

/** SHA-256 (hex) of a record's canonical JSON, with WebCrypto. */
export async function recordHashAsync(data: unknown): Promise<string> {
  return toHex(await subtleSha256(new TextEncoder().encode(canonicalize(data))));
}

/** A report over `checks`: passed when there are checks and all passed. */
export function report(checks: Check[]): Report {
  return { ok: checks.length > 0 && checks.every((c) => c.ok), checks };
}

/**
 * Check checkpoint `cp` against the configuration: this site's origin, the pinned operator key, and
 * each pinned witness's cosignature. `label` names it in the messages.
 */
export async function checkpointChecks(cp: SignedCheckpoint, config: LedgerConfig, label: string): Promise<Check[]> {
  const checks: Check[] = [];
  if (cp.origin !== config.origin) return [{ ok: false, message: t.wrongOrigin(label, cp.origin, config.origin) }];
  checks.push({ ok: true, message: t.origin(label, cp.origin, cp.size) });
  if (!config.key) checks.push({ ok: true, message: t.noKeyConfigured(label) });
  else {
    const r = await runTasks(logSignatureTasks(cp, config.key), config.key, subtleEd25519);
    checks.push(r.state === 'valid' ? { ok: true, message: t.signed(label, config.key.name) } : { ok: false, message: r.state === 'absent' ? t.notSigned(label, config.key.name) : t.badSignature(label) });
  }
  for (const w of config.witnesses) {
    const r = await runTasks(cosignatureTasks(cp, w.key), w.key, subtleEd25519);
    if (r.state === 'valid') checks.push({ ok: true, message: t.witnessed(label, w.name, shanghaiDate(r.time!)) });
    else if (r.state === 'invalid') checks.push({ ok: false, message: t.badCosignature(label, w.name) });
    else checks.push({ ok: true, message: t.notWitnessed(label, w.name) });
  }
  return checks;
}

/** Read and check the current checkpoint; undefined (with a failed check) when unusable. */
export async function loadCheckpoint(fetcher: Fetcher, config: LedgerConfig, checks: Check[], path = CHECKPOINT_PATH, label: string = t.current): Promise<SignedCheckpoint | undefined> {
  const raw = text(await fetcher(path));
  if (raw === undefined) return void checks.push({ ok: false, message: t.missing(path) });
  const { checkpoint, error } = parseCheckpointNote(raw);
  if (!checkpoint) return void checks.push({ ok: false, message: `${label}${error}` });
  const found = await checkpointChecks(checkpoint, config, label);
  checks.push(...found);
  return found.every((c) => c.ok) ? checkpoint : undefined;
}

/** Fetch tiles `refs` of the tree of `size` into a tile set; the first missing one fails. */
async function fetchTiles(fetcher: Fetcher, paths: string[]): Promise<TileSet | string> {
  const tiles: TileSet = new Map();
  for (const p of paths) {
    const bytes = await fetcher(TILE_PREFIX + p);
    if (bytes === undefined) return p;
    tiles.set(p, bytes);
  }
  return tiles;
}

/** The tree of `cp` as far as `use` needs it, read from tiles; a message when a tile is missing or wrong. */
async function tileTree(fetcher: Fetcher, cp: SignedCheckpoint, use: (tree: Tree) => unknown): Promise<Tree | string> {
  const nodes = nodesAskedBy(cp.size, use);
  const tiles = await fetchTiles(fetcher, tilesForNodes(cp.size, nodes).map(tilePath));
  if (typeof tiles === 'string') return t.missing(TILE_PREFIX + tiles);
  try {
    return await run(treeFromTiles(cp.size, fromHex(cp.root), nodes, tiles));
  } catch (err) {
    return t.badTile(err instanceof Error ? err.message : String(err));
  }
}

/** Entry `index` of the log: its leaf fields, read from its entry bundle; a message when unreadable. */
async function readEntry(fetcher: Fetcher, size: number, index: number, bundles: Map<number, Uint8Array[]>): Promise<{ leaf: LeafFields; bytes: Uint8Array } | string> {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) return t.noEntry(index, size);
  const n = Math.floor(index / TILE_WIDTH);
  let bundle = bundles.get(n);
  if (!bundle) {
    const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
    const path = tilePath({ level: -1, n, width });
    const bytes = await fetcher(TILE_PREFIX + path);
    if (bytes === undefined) return t.missing(TILE_PREFIX + path);
    const parsed = parseBundle(bytes);
    if (!parsed || parsed.length !== width) return t.badBundle(TILE_PREFIX + path);
    bundles.set(n, (bundle = parsed));
  }
  const bytes = bundle[index - n * TILE_WIDTH]!;
  try {
    return { leaf: JSON.parse(UTF8.decode(bytes)) as LeafFields, bytes };
  } catch {
    return t.badEntry(index);
  }
}

/**
 * Read the whole log from the entry bundles, recompute every tile and the root, and compare them
 * with the published tiles and the checkpoint.
 */
export async function verifyLog(fetcher: Fetcher, config: LedgerConfig): Promise<Report & { checkpoint?: SignedCheckpoint; leaves?: LeafFields[] }> {
  const checks: Check[] = [];
  const checkpoint = await loadCheckpoint(fetcher, config, checks);
  if (!checkpoint) return report(checks);
  const leaves: LeafFields[] = [];
  const hashes: Uint8Array[] = [];
  const bundles = new Map<number, Uint8Array[]>();
  for (let i = 0; i < checkpoint.size; i++) {
    const e = await readEntry(fetcher, checkpoint.size, i, bundles);
    if (typeof e === 'string') return report([...checks, { ok: false, message: e }]);
    leaves.push(e.leaf);
    hashes.push(await run(leafHash(e.bytes)));
    if (i % TILE_WIDTH === TILE_WIDTH - 1) bundles.delete(Math.floor(i / TILE_WIDTH));
  }
  const order = checkLogOrder(leaves, 'ledger/tile/entries');
  if (order.length) return report([...checks, ...order.slice(0, 5).map((p) => ({ ok: false, message: p.message }))]);
  const root = toHex((await run(buildTree(hashes))).root);
  if (root !== checkpoint.root) return report([...checks, { ok: false, message: t.rootDiffers(root, checkpoint.root) }]);
  checks.push({ ok: true, message: t.rootMatches(checkpoint.size, root) });
  const levels = await run(tileLevels(hashes));
  let bad = 0;
  const refs = tilesOf(checkpoint.size).filter((r) => r.level >= 0);
  for (const ref of refs) {
    const got = await fetcher(TILE_PREFIX + tilePath(ref));
    const want = tileBytes(levels, ref);
    if (!got || toHex(got) !== toHex(want)) {
      if (bad++ < 3) checks.push({ ok: false, message: t.tileDiffers(TILE_PREFIX + tilePath(ref)) });
    }
  }
  if (!bad) checks.push({ ok: true, message: t.tilesMatch(refs.length) });
  return { ...report(checks), checkpoint, leaves };
}

/**
 * Check record `key`: each of its log entries (`entries`, or every entry of the log naming it) is
 * the record's, and its inclusion proof, computed from tiles, leads to the checkpoint's root; and
 * the record's published data is its latest sealed version.
 */
export async function verifyRecord(fetcher: Fetcher, config: LedgerConfig, key: string, entries?: readonly number[], known?: { checkpoint: SignedCheckpoint; leaves: LeafFields[] }): Promise<Report> {
  const checks: Check[] = [];
  const cp = known?.checkpoint ?? (await loadCheckpoint(fetcher, config, checks));
  if (!cp) return report(checks);
  let indexes = entries ? [...entries] : undefined;
  if (!indexes) {
    const leaves = known?.leaves ?? (await verifyLog(fetcher, config)).leaves;
    if (!leaves) return report([...checks, { ok: false, message: t.cannotScan }]);
    indexes = leaves.filter((l) => l.key === key).map((l) => l.seq);
  }
  if (indexes.length === 0) return report([...checks, { ok: false, message: t.notSealed(key) }]);
  const bundles = new Map<number, Uint8Array[]>();
  const root = fromHex(cp.root);
  let latest: LeafFields | undefined;
  for (const index of indexes) {
    const e = await readEntry(fetcher, cp.size, index, bundles);
    if (typeof e === 'string') {
      checks.push({ ok: false, message: e });
      continue;
    }
    if (e.leaf.key !== key || e.leaf.seq !== index) {
      checks.push({ ok: false, message: t.otherRecord(index, e.leaf.key) });
      continue;
    }
    const tree = await tileTree(fetcher, cp, (tr) => inclusionProof(tr, index));
    if (typeof tree === 'string') {
      checks.push({ ok: false, message: tree });
      continue;
    }
    const proof = inclusionProof(tree, index);
    const ok = await run(verifyInclusion(await run(leafHash(e.bytes)), index, cp.size, proof, root));
    checks.push(ok ? { ok: true, message: t.included(e.leaf.version, e.leaf.sealed, e.leaf.hash, index, proof.length) } : { ok: false, message: t.notIncluded(e.leaf.version, index) });
    if (!latest || e.leaf.version > latest.version) latest = e.leaf;
  }
  const data = text(await fetcher(dataPath(key)));
  if (latest && data !== undefined) {
    let hash: string | undefined;
    try {
      hash = await recordHashAsync(JSON.parse(data));
    } catch {
      hash = undefined;
    }
    checks.push(hash === latest.hash ? { ok: true, message: t.dataMatches(dataPath(key)) } : { ok: false, message: t.dataDiffers(dataPath(key), hash, latest.hash) });
  }
  return report(checks);
}

/**
 * Check that today's log extends checkpoint `oldText` (saved by a reader earlier, or archived by the
 * site): the old checkpoint is this site's and signed by the pinned key, and the RFC 9162
 * consistency proof from its tree to today's, computed from tiles, verifies.
 */
export async function verifyExtends(fetcher: Fetcher, config: LedgerConfig, oldText: string, current?: SignedCheckpoint): Promise<Report> {
  const checks: Check[] = [];
  const parsed = parseCheckpointNote(oldText.endsWith('\n') ? oldText : `${oldText}\n`);
  if (!parsed.checkpoint) return report([{ ok: false, message: `${t.saved}${parsed.error}` }]);
  const old = parsed.checkpoint;
  const oldChecks = await checkpointChecks(old, config, t.saved);
  checks.push(...oldChecks);
  if (!oldChecks.every((c) => c.ok)) return report(checks);
  const cp = current ?? (await loadCheckpoint(fetcher, config, checks));
  if (!cp) return report(checks);
  if (old.size > cp.size) return report([...checks, { ok: false, message: t.truncated(old.size, cp.size) }]);
  const tree = await tileTree(fetcher, cp, (tr) => consistencyProof(tr, old.size));
  if (typeof tree === 'string') return report([...checks, { ok: false, message: tree }]);
  const proof = consistencyProof(tree, old.size);
  const ok = await run(verifyConsistency(old.size, cp.size, fromHex(old.root), fromHex(cp.root), proof));
  checks.push(ok ? { ok: true, message: t.consistent(old.size, cp.size, proof.length) } : { ok: false, message: t.inconsistent(old.size) });
  return report(checks);
}

/** Every sealed record's key, in log order. */
export function sealedKeys(leaves: readonly LeafFields[]): string[] {
  return [...new Set(leaves.map((l) => l.key))];
}
