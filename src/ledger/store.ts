/**
 * Reading and appending the ledger files under <root>/ledger/ (Node only):
 *   log.jsonl                every sealed version with its data, one line each (append only)
 *   checkpoint               the current tlog-checkpoint note (with any witness cosignatures)
 *   checkpoints/<size>       every checkpoint written, kept with the cosignatures it collected
 *   tile/<L>/<N>[.p/<W>]     Merkle tiles (C2SP tlog-tiles)
 *   tile/entries/<N>[.p/<W>] entry bundles: each leaf's bytes, length-prefixed
 * A seal appends to the log and writes only the tiles that changed.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { parseCheckpointNote, type SignedCheckpoint } from './checkpoint.ts';
import { CHECKPOINT_FILE, CHECKPOINTS_DIR, formatLogLine, LEDGER_DIR, leafBytes, LOG_FILE, parseLog, TILE_DIR, type LeafFields, type LogEntry } from './log.ts';
import { buildTree, leafHash, rootOf, toHex, type Tree } from './merkle.ts';
import { hashSync } from './node-hash.ts';
import { bundleBytes, changedTiles, TILE_WIDTH, tileBytes, tileLevels, tilePath, type TileRef } from './tiles.ts';
import { ledgerLogUi, ledgerStoreUi } from '../i18n/zh-cn-ledger-check.ts';

/** What a clerk should do about a damaged log. */
export const LOG_RESTORE = ledgerStoreUi.restore(LOG_FILE);

/** The ledger as read from disk: its lines, its checkpoints, and what could not be read. */
export interface Ledger {
  entries: LogEntry[];
  checkpoint?: SignedCheckpoint;
  /** Every archived checkpoint, smallest first. */
  checkpoints: SignedCheckpoint[];
  problems: Problem[];
  /** Whether ledger/log.jsonl exists at all (a project that never sealed has no ledger). */
  exists: boolean;
}

/**
 * The ledger's files as read from disk, not yet parsed: a worker thread handed these checks the
 * very text this thread parsed (src/pipeline/validate.ts).
 */
export interface LedgerFiles {
  /** ledger/log.jsonl, absent when the project never sealed. */
  log?: string;
  /** ledger/checkpoint. */
  checkpoint?: string;
  /** Every archived checkpoint, smallest first: its file (ledger/checkpoints/<size>) and text. */
  archived: [file: string, text: string][];
}

/** Read `<root>/ledger/`; a missing ledger is an empty one. */
export function readLedger(root: string): Ledger {
  return parseLedger(readLedgerFiles(root));
}

/** The text of every ledger file under `root`. */
export function readLedgerFiles(root: string): LedgerFiles {
  const logPath = join(root, LOG_FILE);
  const files: LedgerFiles = { archived: [] };
  if (existsSync(logPath)) files.log = readFileSync(logPath, 'utf8');
  if (existsSync(join(root, CHECKPOINT_FILE))) files.checkpoint = readFileSync(join(root, CHECKPOINT_FILE), 'utf8');
  const dir = join(root, CHECKPOINTS_DIR);
  if (existsSync(dir))
    for (const name of readdirSync(dir).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(a) - Number(b))) {
      const file = `${CHECKPOINTS_DIR}/${name}`;
      files.archived.push([file, readFileSync(join(root, file), 'utf8')]);
    }
  return files;
}

/** The ledger in `files`, with a problem for each line or checkpoint that cannot be read. */
export function parseLedger(files: LedgerFiles): Ledger {
  const out: Ledger = { entries: [], checkpoints: [], problems: [], exists: files.log !== undefined };
  if (files.log !== undefined) {
    const parsed = parseLog(files.log);
    out.entries = parsed.entries;
    out.problems.push(...parsed.problems.map((p) => ({ ...p, message: ledgerLogUi.withHint(p.message, LOG_RESTORE) })));
  }
  const read = (file: string, text: string): SignedCheckpoint | undefined => {
    const { checkpoint, error } = parseCheckpointNote(text);
    if (error) out.problems.push({ rule: 'E1', file, path: '', message: ledgerStoreUi.checkpointUnreadable(error, file) });
    return checkpoint;
  };
  if (files.checkpoint !== undefined) out.checkpoint = read(CHECKPOINT_FILE, files.checkpoint);
  for (const [file, text] of files.archived) {
    const cp = read(file, text);
    if (cp) out.checkpoints.push(cp);
  }
  return out;
}

/** Leaf hashes of `entries`. */
export function leafHashes(entries: readonly LeafFields[]): Uint8Array[] {
  return entries.map((e) => hashSync(leafHash(leafBytes(e))));
}

/** Merkle root (hex) over `entries`; `leaves`, when given, are their leaf hashes. */
export function rootHex(entries: readonly LeafFields[], leaves: readonly Uint8Array[] = leafHashes(entries)): string {
  return toHex(hashSync(rootOf(leaves)));
}

/**
 * The leaf hashes of the first `size` entries as the level-0 tiles under `root`/ledger store them;
 * undefined when a tile is missing or not of its width. Nothing here says they are the log's: see
 * sealLeaves (seal.ts) for how a seal may rely on them.
 */
export function storedLeafHashes(root: string, size: number): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  for (let n = 0; n * TILE_WIDTH < size; n++) {
    const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, LEDGER_DIR, tilePath({ level: 0, n, width })));
    } catch {
      return undefined;
    }
    if (bytes.length !== width * 32) return undefined;
    for (let i = 0; i < width; i++) out.push(new Uint8Array(bytes.subarray(i * 32, (i + 1) * 32)));
  }
  return out;
}

/** The full tree over `entries`, for proofs. */
export function treeOf(entries: readonly LeafFields[]): Tree {
  return hashSync(buildTree(leafHashes(entries)));
}

/** The bytes of every tile a seal from `old` leaves to `entries` changes, by path under ledger/; `leaves`, when given, are the entries' leaf hashes. */
export function tileFiles(entries: readonly LeafFields[], old: number, leaves: readonly Uint8Array[] = leafHashes(entries)): Map<string, Uint8Array> {
  const levels = hashSync(tileLevels(leaves));
  const out = new Map<string, Uint8Array>();
  for (const t of changedTiles(old, entries.length))
    out.set(tilePath(t), t.level < 0 ? bundleBytes(entries.slice(t.n * TILE_WIDTH, t.n * TILE_WIDTH + t.width).map(leafBytes)) : tileBytes(levels, t));
  return out;
}

/** What a write of the ledger put on disk. */
export interface WriteStats {
  files: number;
  bytes: number;
  /** Partial tiles removed because a wider one replaced them. */
  removed: number;
}

/**
 * Append `lines` to the log, write the tiles they change, and write `note` as the current
 * checkpoint and as checkpoints/<size>; creates ledger/ on first use. A partial tile that a wider
 * one replaces is removed (tlog-tiles allows it; clients fall back to the wider tile).
 */
export function appendLedger(root: string, before: readonly LogEntry[], lines: readonly LogEntry[], note: string, leaves?: readonly Uint8Array[]): WriteStats {
  const stats: WriteStats = { files: 0, bytes: 0, removed: 0 };
  const put = (rel: string, bytes: Uint8Array | string) => {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    stats.files++;
    stats.bytes += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  };
  mkdirSync(join(root, LEDGER_DIR), { recursive: true });
  const logPath = join(root, LOG_FILE);
  // A log whose last line lacks its newline would glue the first new line onto it.
  const gap = lastByte(logPath) !== undefined && lastByte(logPath) !== 0x0a ? '\n' : '';
  if (lines.length) {
    const text = gap + lines.map((l) => `${formatLogLine(l)}\n`).join('');
    appendFileSync(logPath, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  }
  const all = [...before, ...lines];
  for (const [path, bytes] of tileFiles(all, before.length, leaves)) {
    put(`${TILE_DIR}/${path.slice('tile/'.length)}`, bytes);
    stats.removed += removeNarrower(root, path);
  }
  put(CHECKPOINT_FILE, note);
  put(`${CHECKPOINTS_DIR}/${all.length}`, note);
  return stats;
}

/** Replace the current checkpoint and its archived copy (a witness added its cosignature). */
export function writeCheckpoint(root: string, size: number, note: string, current: boolean): void {
  mkdirSync(join(root, CHECKPOINTS_DIR), { recursive: true });
  writeFileSync(join(root, CHECKPOINTS_DIR, String(size)), note);
  if (current) writeFileSync(join(root, CHECKPOINT_FILE), note);
}

/** Remove the partial tiles of the same tile narrower than the one at `path`; how many. */
function removeNarrower(root: string, path: string): number {
  const base = path.replace(/\.p\/\d+$/, '');
  const dir = join(root, LEDGER_DIR, `${base}.p`);
  if (!existsSync(dir)) return 0;
  const width = /\.p\/(\d+)$/.exec(path)?.[1];
  let removed = 0;
  for (const w of readdirSync(dir))
    if (w !== width) {
      rmSync(join(dir, w));
      removed++;
    }
  if (!width) rmSync(dir, { recursive: true, force: true });
  return removed;
}

/** Every tile file of the tree of `size`, as ledger-relative paths, for checks. */
export function expectedTilePaths(size: number): TileRef[] {
  return changedTiles(0, size);
}

function lastByte(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const size = statSync(path).size;
  if (size === 0) return undefined;
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(1);
    readSync(fd, buf, 0, 1, size - 1);
    return buf[0];
  } finally {
    closeSync(fd);
  }
}
