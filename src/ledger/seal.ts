/**
 * Sealing: appending every new record and every justified new version to the log, then writing a
 * tlog-checkpoint note over the whole log, signed when a key is given. The caller validates first; sealing
 * never records content the validator rejects.
 */
import { checkpointText } from './checkpoint.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LedgerConfig } from './config.ts';
import { keyFromEnv, signBytes, type SigningKey } from './keys.ts';
import { LEDGER_DIR, type LogEntry } from './log.ts';
import { toHex } from './merkle.ts';
import { ED25519, formatNote, noteMessage } from './note.ts';
import { recordHash } from './node-hash.ts';
import { isBound, type SourceRecord } from './records.ts';
import { pendingCorrections, versionsByKey } from './check.ts';
import { leafHashes, rootHex, storedLeafHashes, tileFiles } from './store.ts';
import { rootOf } from './merkle.ts';
import { hashSync } from './node-hash.ts';
import { ledgerKeyUi } from '../i18n/zh-cn-ledger-check.ts';

const t = ledgerKeyUi.signing;

/** What a seal run will append, and what the clerk should know about it. */
export interface SealPlan {
  lines: LogEntry[];
  /** Records sealed for the first time. */
  added: string[];
  /** Records with a new version, and the correction behind each (if any). */
  revised: { key: string; version: number; correction?: string }[];
  /** Corrections sealed in this run that justified no change (the record named was unchanged). */
  unusedCorrections: string[];
}

/**
 * The lines to append for `records` after `log`, sealed on `date`. New records first (so a new
 * correction precedes the version it justifies), then new versions, each group in key order.
 */
export function planSeal(log: readonly LogEntry[], records: readonly SourceRecord[], date: string): SealPlan {
  const byKey = versionsByKey(log);
  const plan: SealPlan = { lines: [], added: [], revised: [], unusedCorrections: [] };
  let seq = log.length;
  const usedCorrections = new Set<string>();
  const fresh = records.filter((r) => !byKey.has(r.key));
  for (const r of fresh) {
    plan.lines.push({ seq: seq++, key: r.key, version: 1, hash: recordHash(r.data), sealed: date, data: r.data });
    plan.added.push(r.key);
  }
  for (const r of records) {
    const versions = byKey.get(r.key);
    if (!versions) continue;
    const last = versions.at(-1)!;
    const hash = recordHash(r.data);
    if (hash === last.hash) continue;
    let correction: string | undefined;
    if (isBound(r.kind)) {
      // The most recently published pending correction names this change; validation guarantees one exists.
      const pending = pendingCorrections(r.key, records, byKey).sort((a, b) => {
        const pa = String((a.data as { published?: unknown }).published ?? '');
        const pb = String((b.data as { published?: unknown }).published ?? '');
        return pb.localeCompare(pa) || a.key.localeCompare(b.key);
      });
      if (!pending[0]) throw new Error(`${r.key} changed without a correction; validate before sealing`);
      correction = pending[0].key;
      usedCorrections.add(correction);
    }
    const line: LogEntry = { seq: seq++, key: r.key, version: last.version + 1, hash, sealed: date, data: r.data };
    if (correction) line.correction = correction;
    plan.lines.push(line);
    plan.revised.push({ key: r.key, version: line.version, correction });
  }
  plan.unusedCorrections = fresh.filter((r) => r.kind === 'corrections' && !usedCorrections.has(r.key) && byKey.has(String((r.data as { corrects?: unknown }).corrects))).map((r) => r.key);
  return plan;
}

/** The checkpoint note over `entries` for the log `origin`, signed with `key` when given; `leaves`, when given, are the entries' leaf hashes. */
export function makeCheckpoint(entries: readonly LogEntry[], origin: string, key?: SigningKey, leaves?: readonly Uint8Array[]): string {
  const text = checkpointText({ origin, size: entries.length, root: rootHex(entries, leaves) });
  if (!key) return text;
  return formatNote({ text, signatures: [{ name: key.name, id: key.id, signature: signBytes(key, noteMessage(text)) }] });
}

/**
 * The operator's key from GONGSHI_SIGNING_KEY, checked against the configuration: required and
 * equal to the published key when site.yaml publishes one; a message when it cannot be used.
 */
export function signingKeyFor(config: LedgerConfig, env: NodeJS.ProcessEnv = process.env): SigningKey | undefined | string {
  let key: SigningKey | undefined;
  try {
    key = keyFromEnv('GONGSHI_SIGNING_KEY', env);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  if (!key) return config.key ? t.missing(config.key.name) : undefined;
  if (key.type !== ED25519) return t.witnessKey;
  if (key.name !== config.origin) return t.wrongName(key.name, config.origin);
  if (config.key && (config.key.id !== key.id || toHex(config.key.key) !== toHex(key.publicKey))) return t.notPair;
  if (!config.key) return t.unpublished;
  return key;
}

/**
 * The leaf hashes of `all` (the sealed log and the lines a seal appends), for the seal of the ledger
 * at `root` whose current checkpoint is `checkpoint`: those of the checkpoint's first `size` entries
 * are read from the stored level-0 tiles and taken only when they fold to the checkpoint's root,
 * so the seal extends exactly the tree the last checkpoint named; every other leaf is hashed.
 *
 * Why this is sound: the seal has just validated the content, and validation re-hashes every line
 * of the log (data against hash, the tree against the checkpoint, every tile against the log); the
 * build, npm run validate and npm run verify do so every time. What the seal skips is hashing the
 * same leaves again (twice: the new root, the new tiles); what it still hashes is the fold of the
 * stored leaves, one node hash per leaf, to tie them to the signed root.
 */
export function sealLeaves(root: string, all: readonly LogEntry[], checkpoint?: { size: number; root: string }): Uint8Array[] {
  const size = checkpoint && checkpoint.size <= all.length ? checkpoint.size : 0;
  let stored = size ? storedLeafHashes(root, size) : [];
  if (stored && size && toHex(hashSync(rootOf(stored))) !== checkpoint!.root) stored = undefined;
  if (!stored) return leafHashes(all);
  return [...stored, ...leafHashes(all.slice(size))];
}

/** Rewrite every tile of the tree over `entries` from the log. */
export function rewriteTiles(root: string, entries: readonly LogEntry[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const [path, b] of tileFiles(entries, 0)) {
    const file = join(root, LEDGER_DIR, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, b);
    files++;
    bytes += b.length;
  }
  return { files, bytes };
}
