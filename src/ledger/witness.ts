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
  if (key.type !== COSIGNATURE_V1) return fail('这不是见证方的密钥（应由 npm run ledger:keygen -- --witness 生成）');
  if (!config.key) return fail('没有钉住运营方的公钥：见证方必须事先取得组织部门的日志公钥（site.yaml 的 ledger.key）');
  const parsed = parseCheckpointNote(current);
  if (!parsed.checkpoint) return fail(`新检查点${parsed.error}`);
  const cp = parsed.checkpoint;
  const own = (await checkpointChecks(cp, { ...config, witnesses: [] }, '新检查点')).filter((c) => !c.ok);
  if (own.length) return { ok: false, checks: [...checks, ...own] };
  checks.push({ ok: true, message: `新检查点来自 ${cp.origin}，共 ${cp.size} 条，有运营方 ${config.key.name} 的有效签名` });
  if (last !== undefined) {
    const old = parseCheckpointNote(last).checkpoint;
    if (!old) return fail('上次见证的检查点无法读取：请检查见证方保存的状态文件');
    if (old.size > cp.size) return fail(`新检查点只有 ${cp.size} 条，少于上次见证的 ${old.size} 条：日志被截短，拒绝见证`);
    const r = await verifyExtends(fetcher, config, last, cp);
    const bad = r.checks.filter((c) => !c.ok);
    if (bad.length) return { ok: false, checks: [...checks, ...bad, { ok: false, message: '新检查点与上次见证的不一致：日志历史被改写，拒绝见证' }] };
    checks.push({ ok: true, message: `与上次见证的检查点（${old.size} 条）一致：此后只有追加` });
  } else checks.push({ ok: true, message: '这是见证方第一次见证这个日志：此前的条目自此刻起才得到见证' });
  const signature = signBytes(key, cosignedMessage(cp.note.text, time));
  const line = runSync(cosignatureLine(key.name, key.publicKey, time, signature), sha256);
  const note = checkpointFile(withSignature(cp.note, line));
  checks.push({ ok: true, message: `已由 ${key.name} 加上见证签名（cosignature/v1，时间 ${time}）` });
  return { ok: true, checks, note, checkpoint: parseCheckpointNote(note).checkpoint };
}
