/**
 * The publication ledger's files and what each line commits to. Pure and browser-safe: the verify
 * page bundles this file, so it imports no Node module and no schema.
 *
 * ledger/log.jsonl holds one line per sealed version of a record:
 *   {"seq":0,"key":"publicities/x","version":1,"hash":"…","sealed":"2026-03-01","data":{…}}
 * `hash` is SHA-256 of the record's RFC 8785 canonical JSON (`data`, as the clerk wrote it). The
 * Merkle leaf of a line is SHA-256(0x00 || JCS of every field except `data`): the leaf commits to
 * the data through `hash`, so the tree can be checked from the small leaves file alone.
 * The leaf bytes are also the log entry of the tlog-tiles entry bundles (tiles.ts), and the
 * checkpoint is a tlog-checkpoint note over the tree (checkpoint.ts).
 */
import type { Problem } from '../domain/problem.ts';
import { canonicalize } from './jcs.ts';
import { ledgerLogUi as t } from '../i18n/zh-cn-ledger-check.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_DIR = 'ledger';
export const LOG_FILE = 'ledger/log.jsonl';
/** The current checkpoint: a C2SP tlog-checkpoint note, with any witness cosignatures. */
export const CHECKPOINT_FILE = 'ledger/checkpoint';
/** Every checkpoint ever written, by tree size, each with the cosignatures it collected. */
export const CHECKPOINTS_DIR = 'ledger/checkpoints';
/** The C2SP tlog-tiles: tile/<L>/<N> and tile/entries/<N>. */
export const TILE_DIR = 'ledger/tile';

/** What a leaf commits to: everything about a sealed version except the data itself. */
export interface LeafFields {
  /** Position in the log, from 0; also the Merkle leaf index. */
  seq: number;
  /** kind/id of the record, e.g. publicities/2026-jtj-fjz-gs. */
  key: string;
  /** 1 for the first sealed version, then 2, 3 … */
  version: number;
  /** SHA-256 (hex) of the record's canonical JSON. */
  hash: string;
  /** Date the version was sealed (YYYY-MM-DD). */
  sealed: string;
  /** The correction (corrections/id) that justifies this version, for a changed notice or round. */
  correction?: string;
}

/** One line of the log: a sealed version and its data. */
export interface LogEntry extends LeafFields {
  data: unknown;
}

const KEY = /^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX64 = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of `e` that its leaf commits to, without `data`. */
export function leafFields(e: LeafFields): LeafFields {
  const out: LeafFields = { seq: e.seq, key: e.key, version: e.version, hash: e.hash, sealed: e.sealed };
  if (e.correction !== undefined) out.correction = e.correction;
  return out;
}

/** The bytes a leaf hash covers (after the 0x00 prefix): UTF-8 of the leaf fields' canonical JSON. */
export function leafBytes(e: LeafFields): Uint8Array {
  return UTF8.encode(canonicalize(leafFields(e)));
}

const UTF8 = new TextEncoder();

/** One log line, fields in reading order, `data` in canonical form; no trailing newline. */
export function formatLogLine(e: LogEntry): string {
  // Reading order, not JCS order: the file is for people; hashes never cover the line as written.
  const parts = [`"seq":${e.seq}`, `"key":${JSON.stringify(e.key)}`, `"version":${e.version}`, `"hash":"${e.hash}"`, `"sealed":"${e.sealed}"`];
  if (e.correction !== undefined) parts.push(`"correction":${JSON.stringify(e.correction)}`);
  parts.push(`"data":${canonicalize(e.data)}`);
  return `{${parts.join(',')}}`;
}

/** One line of the published leaves file: exactly the bytes the leaf hash covers. */
export function formatLeafLine(e: LeafFields): string {
  return canonicalize(leafFields(e));
}

/** Parse log text (JSON lines), reporting malformed lines with their line number (what to do is the caller's to add). */
export function parseLog(text: string, file = LOG_FILE): { entries: LogEntry[]; problems: Problem[] } {
  return parseLines(text, file, true) as { entries: LogEntry[]; problems: Problem[] };
}

/** Parse the published leaves file (log lines without data). */
export function parseLeaves(text: string, file = 'ledger/leaves.jsonl'): { entries: LeafFields[]; problems: Problem[] } {
  return parseLines(text, file, false);
}

function parseLines(text: string, file: string, withData: boolean): { entries: LeafFields[]; problems: Problem[] } {
  const entries: LeafFields[] = [];
  const problems: Problem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const bad = (why: string) => problems.push({ rule: 'E1', file, path: '', line, message: t.line(line, why) });
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      return bad(t.notJson);
    }
    if (!wellFormed(v, withData)) return bad(t.malformed(withData));
    entries.push(v as LeafFields);
  });
  return { entries, problems };
}

/** Whether `v` is a well-formed line: exactly the leaf fields (and `data` in the full log), each of its type. */
function wellFormed(v: unknown, withData: boolean): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const allowed = ['seq', 'key', 'version', 'hash', 'sealed', 'correction', ...(withData ? ['data'] : [])];
  return (
    Object.keys(o).every((k) => allowed.includes(k)) &&
    Number.isSafeInteger(o.seq) &&
    (o.seq as number) >= 0 &&
    typeof o.key === 'string' &&
    KEY.test(o.key) &&
    Number.isSafeInteger(o.version) &&
    (o.version as number) >= 1 &&
    typeof o.hash === 'string' &&
    HEX64.test(o.hash) &&
    typeof o.sealed === 'string' &&
    DATE.test(o.sealed) &&
    (o.correction === undefined || (typeof o.correction === 'string' && o.correction.startsWith('corrections/') && KEY.test(o.correction))) &&
    (!withData || 'data' in o)
  );
}

/**
 * Order checks that need no hashing: seq runs 0, 1, 2 …; each record's versions run 1, 2, 3 …;
 * sealing dates never go backwards; a correction justifies one version only and was itself
 * sealed earlier in the log.
 */
export function checkLogOrder(entries: readonly LeafFields[], file = LOG_FILE, hint = ''): Problem[] {
  const problems: Problem[] = [];
  const latest = new Map<string, number>();
  const firstSeq = new Map<string, number>();
  const usedCorrection = new Map<string, number>();
  const restore = (message: string) => (hint ? t.withHint(message, hint) : message);
  entries.forEach((e, i) => {
    const at = { rule: 'E1', file, path: '', line: i + 1 };
    if (e.seq !== i) problems.push({ ...at, message: restore(t.seq(i + 1, e.seq, i)) });
    const prev = entries[i - 1];
    if (prev && e.sealed < prev.sealed) problems.push({ ...at, message: restore(t.sealedBackwards(i + 1, e.sealed, prev.sealed)) });
    const expected = (latest.get(e.key) ?? 0) + 1;
    if (e.version !== expected) problems.push({ ...at, message: restore(t.version(e.key, i + 1, e.version, expected)) });
    latest.set(e.key, Math.max(latest.get(e.key) ?? 0, e.version));
    if (!firstSeq.has(e.key)) firstSeq.set(e.key, i);
    if (e.correction !== undefined) {
      if (e.version === 1) problems.push({ ...at, message: restore(t.firstCorrected(e.key, e.correction)) });
      const sealedAt = firstSeq.get(e.correction);
      if (sealedAt === undefined || sealedAt >= i)
        problems.push({ ...at, message: restore(t.correctionUnsealed(i + 1, e.correction)) });
      const used = usedCorrection.get(e.correction);
      if (used !== undefined) problems.push({ ...at, message: restore(t.correctionReused(e.correction, used + 1)) });
      else usedCorrection.set(e.correction, i);
    }
  });
  return problems;
}

/** The first `n` hex digits of a hash, for tables where the full hash is one click away. */
export function shortHash(hash: string, n = 16): string {
  return hash.slice(0, n);
}
