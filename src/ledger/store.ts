/** Reading and appending the ledger files under <root>/ledger/ (Node only). */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { CHECKPOINT_FILE, formatCheckpoint, formatLogLine, LEDGER_DIR, leafBytes, LOG_FILE, parseCheckpoint, parseLog, type Checkpoint, type LeafFields, type LogEntry } from './log.ts';
import { buildTree, leafHash, rootOf, toHex, type Tree } from './merkle.ts';
import { hashSync } from './node-hash.ts';

/** What a clerk should do about a damaged log. */
export const LOG_RESTORE = `日志只能由 npm run seal 追加,已写入的行不能改动、删除或调换顺序;请用版本库中的原文件恢复 ${LOG_FILE}`;

/** The ledger as read from disk: its lines, its checkpoint, and what could not be read. */
export interface Ledger {
  entries: LogEntry[];
  checkpoint?: Checkpoint;
  problems: Problem[];
  /** Whether ledger/log.jsonl exists at all (a project that never sealed has no ledger). */
  exists: boolean;
}

/** Read `<root>/ledger/`; a missing ledger is an empty one. */
export function readLedger(root: string): Ledger {
  const logPath = join(root, LOG_FILE);
  const cpPath = join(root, CHECKPOINT_FILE);
  const out: Ledger = { entries: [], problems: [], exists: existsSync(logPath) };
  if (out.exists) {
    const parsed = parseLog(readFileSync(logPath, 'utf8'));
    out.entries = parsed.entries;
    out.problems.push(...parsed.problems.map((p) => ({ ...p, message: `${p.message}:${LOG_RESTORE}` })));
  }
  if (existsSync(cpPath)) {
    const parsed = parseCheckpoint(readFileSync(cpPath, 'utf8'));
    out.checkpoint = parsed.checkpoint;
    out.problems.push(...parsed.problems.map((p) => ({ ...p, message: `${p.message}:请用版本库中的原文件恢复 ${CHECKPOINT_FILE}(检查点只由 npm run seal 写入)` })));
  }
  return out;
}

/** Leaf hashes of `entries`. */
export function leafHashes(entries: readonly LeafFields[]): Uint8Array[] {
  return entries.map((e) => hashSync(leafHash(leafBytes(e))));
}

/** Merkle root (hex) over `entries`. */
export function rootHex(entries: readonly LeafFields[]): string {
  return toHex(hashSync(rootOf(leafHashes(entries))));
}

/** The full tree over `entries`, for proofs. */
export function treeOf(entries: readonly LeafFields[]): Tree {
  return hashSync(buildTree(leafHashes(entries)));
}

/** Append `lines` to the log and replace the checkpoint; creates ledger/ on first use. */
export function appendLedger(root: string, lines: readonly LogEntry[], checkpoint: Checkpoint): void {
  mkdirSync(join(root, LEDGER_DIR), { recursive: true });
  const logPath = join(root, LOG_FILE);
  // A log whose last line lacks its newline would glue the first new line onto it.
  const gap = lastByte(logPath) !== undefined && lastByte(logPath) !== 0x0a ? '\n' : '';
  if (lines.length) appendFileSync(logPath, gap + lines.map((l) => `${formatLogLine(l)}\n`).join(''));
  writeFileSync(join(root, CHECKPOINT_FILE), formatCheckpoint(checkpoint));
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
