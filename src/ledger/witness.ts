/**
 * The witness (the discipline commission): given the last checkpoint it cosigned, it checks that
 * the operator's new checkpoint is this log's, signed by the operator's pinned key, and consistent
 * with the old one (an RFC 9162 consistency proof computed from the published tiles), then adds a
 * C2SP tlog-cosignature/v1 line with the time. It never cosigns a smaller or forked tree. Node only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkpointFile, cosignatureLine, cosignedMessage, parseCheckpointNote, withSignature, type SignedCheckpoint } from './checkpoint.ts';
import type { LedgerConfig } from './config.ts';
import { signBytes, type SigningKey } from './keys.ts';
import { runSync } from './merkle.ts';
import { COSIGNATURE_V1 } from './note.ts';
import { sha256 } from './node-hash.ts';
import { checkpointChecks, verifyExtends, type Check, type Fetcher } from './verify-site.ts';
import { witnessUi as t } from '../i18n/zh-cn-ledger-check.ts';

/** What a witness run decided. */
export interface WitnessResult {
  ok: boolean;
  checks: Check[];
  /** The checkpoint with the cosignature added (also the witness's new state). */
  note?: string;
  checkpoint?: SignedCheckpoint;
}

/** Reads files under a project or built-site folder. */
export function folderFetcher(dir: string): Fetcher {
  return async (path) => {
    try {
      return new Uint8Array(await readFile(join(dir, path)));
    } catch {
      return undefined;
    }
  };
}

/**
 * Cosign the checkpoint `current` (text) of the log served by `fetcher`, at POSIX time `time`,
 * after checking it against `config` (the operator key the witness pinned) and against `last`, the
 * checkpoint the witness cosigned before (undefined for its first cosignature of this log).
 */
export async function cosign(fetcher: Fetcher, config: LedgerConfig, key: SigningKey, current: string, last: string | undefined, time: number): Promise<WitnessResult> {
  const checks: Check[] = [];
  const fail = (message: string): WitnessResult => ({ ok: false, checks: [...checks, { ok: false, message }] });
  if (key.type !== COSIGNATURE_V1) return fail(t.notWitnessKey);
  if (!config.key) return fail(t.notPinned);
  const parsed = parseCheckpointNote(current);
  if (!parsed.checkpoint) return fail(t.newUnreadable(parsed.error ?? ''));
  const cp = parsed.checkpoint;
  const own = (await checkpointChecks(cp, { ...config, witnesses: [] }, t.newCheckpoint)).filter((c) => !c.ok);
  if (own.length) return { ok: false, checks: [...checks, ...own] };
  checks.push({ ok: true, message: t.newSigned(cp.origin, cp.size, config.key.name) });
  if (last !== undefined) {
    const old = parseCheckpointNote(last).checkpoint;
    if (!old) return fail(t.lastUnreadable);
    if (old.size > cp.size) return fail(t.truncated(cp.size, old.size));
    const r = await verifyExtends(fetcher, config, last, cp);
    const bad = r.checks.filter((c) => !c.ok);
    if (bad.length) return { ok: false, checks: [...checks, ...bad, { ok: false, message: t.rewritten }] };
    checks.push({ ok: true, message: t.extends(old.size) });
  } else checks.push({ ok: true, message: t.first });
  const signature = signBytes(key, cosignedMessage(cp.note.text, time));
  const line = runSync(cosignatureLine(key.name, key.publicKey, time, signature), sha256);
  const note = checkpointFile(withSignature(cp.note, line));
  checks.push({ ok: true, message: t.cosigned(key.name, time) });
  return { ok: true, checks, note, checkpoint: parseCheckpointNote(note).checkpoint };
}
