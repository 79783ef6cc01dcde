/**
 * Sealing: appending every new record and every justified new version to the log, then writing a
 * checkpoint over the whole log, signed when a key is given. The caller validates first; sealing
 * never records content the validator rejects.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { checkpointMessage, type Checkpoint, type LogEntry } from './log.ts';
import { recordHash } from './node-hash.ts';
import { isBound, type SourceRecord } from './records.ts';
import { pendingCorrections, versionsByKey } from './check.ts';
import { rootHex } from './store.ts';

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

/** A signing key from GONGSHI_SIGNING_KEY: an Ed25519 private key in PEM, or the path of a PEM file. */
export function signingKey(value: string | undefined): KeyObject | undefined {
  if (!value?.trim()) return undefined;
  const pem = value.includes('-----BEGIN') ? value : existsSync(value) ? readFileSync(value, 'utf8') : undefined;
  if (!pem) throw new Error('GONGSHI_SIGNING_KEY 既不是 PEM 私钥,也不是存在的文件路径');
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`GONGSHI_SIGNING_KEY 应为 Ed25519 私钥,而不是 ${key.asymmetricKeyType}`);
  return key;
}

/** The checkpoint over `entries` dated `date`, signed with `key` when given (only the public key is kept). */
export function makeCheckpoint(entries: readonly LogEntry[], date: string, key?: KeyObject): Checkpoint {
  const cp: Checkpoint = { size: entries.length, root: rootHex(entries), date };
  if (key) {
    cp.signature = sign(null, Buffer.from(checkpointMessage(cp)), key).toString('base64');
    cp.publicKey = publicKeyPem(key);
  }
  return cp;
}

/** The public half of `key` as SPKI PEM, the only key material ever written. */
export function publicKeyPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}
