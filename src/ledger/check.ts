/**
 * The ledger checks that fail validation and the build: the log is intact and extends the committed
 * checkpoint; no sealed record changed without a correction (E1) or vanished; a round's standards
 * and qualifications are those first published (P3), so its decisions apply them (D9).
 */
import { verify as verifySignature } from 'node:crypto';
import { KIND_LABELS } from '../schemas/index.ts';
import type { Problem } from '../domain/problem.ts';
import { canonicalize } from './jcs.ts';
import { diffValues } from './diff.ts';
import { CHECKPOINT_FILE, checkLogOrder, checkpointMessage, LOG_FILE, type LogEntry } from './log.ts';
import { recordHash } from './node-hash.ts';
import { fileOfKey, isBound, type SourceRecord } from './records.ts';
import type { Ledger } from './store.ts';
import { LOG_RESTORE, rootHex } from './store.ts';

/** Fields of a round that bind once published (P3): only a new round can change them. */
export const BINDING_ROUND_FIELDS = ['standards', 'qualifications'] as const;

const FIELD_LABELS: Record<(typeof BINDING_ROUND_FIELDS)[number], string> = { standards: '选任标准', qualifications: '任职条件' };

/** Versions of each record in log order, and each record's latest version. */
export function versionsByKey(entries: readonly LogEntry[]): Map<string, LogEntry[]> {
  const out = new Map<string, LogEntry[]>();
  for (const e of entries) {
    let list = out.get(e.key);
    if (!list) out.set(e.key, (list = []));
    list.push(e);
  }
  return out;
}

/** Every problem with `ledger` itself: unreadable lines, data not matching its hash, order, checkpoint. */
export function checkLog(ledger: Ledger): Problem[] {
  if (ledger.problems.length) return ledger.problems;
  const problems: Problem[] = [];
  const { entries, checkpoint } = ledger;
  entries.forEach((e, i) => {
    if (recordHash(e.data) !== e.hash)
      problems.push({ rule: 'E1', file: LOG_FILE, path: '', line: i + 1, message: `第 ${i + 1} 行(${e.key} 第 ${e.version} 版)的 data 与其 hash 不符,封存后的内容被改动过:请用版本库中的原文件恢复 ${LOG_FILE}` });
  });
  problems.push(...checkLogOrder(entries, LOG_FILE, LOG_RESTORE));
  const byKey = versionsByKey(entries);
  entries.forEach((e, i) => {
    if (e.version < 2) return;
    const kind = e.key.split('/')[0] as Parameters<typeof isBound>[0];
    if (!isBound(kind)) return;
    const at = { rule: 'E1', file: LOG_FILE, path: '', line: i + 1 };
    if (!e.correction) return void problems.push({ ...at, message: `第 ${i + 1} 行:${e.key} 的第 ${e.version} 版没有对应的更正记录,日志不是由 npm run seal 写入的:请用版本库中的原文件恢复 ${LOG_FILE}` });
    const correction = byKey.get(e.correction)?.[0]?.data as { corrects?: unknown } | undefined;
    if (correction && correction.corrects !== e.key)
      problems.push({ ...at, message: `第 ${i + 1} 行:更正 ${e.correction} 更正的是 ${String(correction.corrects)},不是 ${e.key}:请用版本库中的原文件恢复 ${LOG_FILE}` });
  });
  if (!checkpoint) {
    if (entries.length) problems.push({ rule: 'E1', file: CHECKPOINT_FILE, path: '', message: `缺少检查点 ${CHECKPOINT_FILE}:请从版本库恢复它;若从未封存过,删除 ${LOG_FILE} 后运行 npm run seal` });
    return problems;
  }
  const cp = { rule: 'E1', file: CHECKPOINT_FILE, path: '' };
  if (checkpoint.size > entries.length) {
    problems.push({ ...cp, message: `检查点记录了 ${checkpoint.size} 行,日志只剩 ${entries.length} 行:已封存的行被删除了,请用版本库中的原文件恢复 ${LOG_FILE}` });
  } else if (rootHex(entries.slice(0, checkpoint.size)) !== checkpoint.root) {
    problems.push({ ...cp, message: `日志前 ${checkpoint.size} 行的默克尔根与检查点不符:已封存的行被改动、删除或调换了顺序,日志不再是检查点的追加延续;请用版本库中的原文件恢复 ${LOG_FILE}` });
  } else if (entries.length > checkpoint.size) {
    problems.push({ ...cp, message: `日志有 ${entries.length - checkpoint.size} 行尚未写入检查点:请运行 npm run seal 更新检查点` });
  }
  if (checkpoint.signature && checkpoint.publicKey && !signatureValid(checkpoint.signature, checkpoint.publicKey, checkpointMessage(checkpoint)))
    problems.push({ ...cp, message: '检查点的签名无效:检查点在签名后被改动,或公钥不对;请用版本库中的原文件恢复,或重新运行 npm run seal' });
  for (const [key, versions] of byKey) {
    if (!key.startsWith('rounds/')) continue;
    const first = versions[0]!;
    for (const v of versions.slice(1)) {
      const changed = changedBindingFields(first.data, v.data);
      if (changed.length)
        problems.push({ rule: 'P3', file: LOG_FILE, path: '', line: v.seq + 1, message: `第 ${v.seq + 1} 行:${key} 第 ${v.version} 版改变了${changed.map((f) => FIELD_LABELS[f]).join('和')},这是公布后不得更改的内容:请用版本库中的原文件恢复 ${LOG_FILE}` });
    }
  }
  return problems;
}

/** Whether `signature` (base64) by `publicKeyPem` (Ed25519 SPKI) is valid for `message`. */
export function signatureValid(signature: string, publicKeyPem: string, message: string): boolean {
  try {
    return verifySignature(null, Buffer.from(message), publicKeyPem, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Which binding fields of a round differ between two versions of its data. */
export function changedBindingFields(before: unknown, after: unknown): (typeof BINDING_ROUND_FIELDS)[number][] {
  const pick = (d: unknown, f: string) => canonicalize((d as Record<string, unknown> | null)?.[f] ?? null);
  return BINDING_ROUND_FIELDS.filter((f) => pick(before, f) !== pick(after, f));
}

/**
 * A correction in content/ that can still justify a change to `key`: it names the record and has
 * not been sealed yet. A correction justifies only the change sealed together with it, so one
 * published in advance cannot cover a later, silent edit.
 */
export function pendingCorrections(key: string, records: readonly SourceRecord[], sealed: ReadonlyMap<string, unknown>): SourceRecord[] {
  return records.filter((r) => r.kind === 'corrections' && (r.data as { corrects?: unknown } | null)?.corrects === key && !sealed.has(r.key));
}

/** Problems of the records in content/ against the sealed log (the log itself must already be sound). */
export function checkRecords(entries: readonly LogEntry[], records: readonly SourceRecord[], present: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const byKey = versionsByKey(entries);
  const current = new Map(records.map((r) => [r.key, r]));
  for (const [key, versions] of byKey) {
    if (present.has(key)) continue;
    const last = versions.at(-1)!;
    const [kind] = key.split('/') as [keyof typeof KIND_LABELS];
    problems.push({
      rule: 'E1',
      file: fileOfKey(key),
      path: '',
      message: `${KIND_LABELS[kind] ?? kind}“${key}”已于 ${last.sealed} 封存公布(第 ${last.version} 版,日志第 ${last.seq + 1} 行),文件却不见了:已公布的记录不能删除,请运行 npm run seal -- --restore ${key} 恢复它;确需撤回的,恢复后另发更正记录说明`,
    });
  }
  for (const r of records) {
    const versions = byKey.get(r.key);
    if (!versions) continue;
    const last = versions.at(-1)!;
    if (recordHash(r.data) !== last.hash && isBound(r.kind) && pendingCorrections(r.key, records, byKey).length === 0) {
      const fields = diffValues(last.data, r.data).map((c) => c.path || '(整条记录)');
      problems.push({
        rule: 'E1',
        file: r.file,
        path: '',
        message: `此记录已于 ${last.sealed} 封存公布为第 ${last.version} 版(日志第 ${last.seq + 1} 行),之后被改动了(${fields.slice(0, 5).join('、')}${fields.length > 5 ? ` 等 ${fields.length} 处` : ''}),但没有说明这次改动的更正记录:请恢复原内容,或新建一条更正记录(corrects: ${r.key},写明 reason 和 changes),再运行 npm run seal`,
      });
    }
    if (r.kind === 'rounds') {
      const first = versions[0]!;
      for (const f of changedBindingFields(first.data, r.data)) {
        problems.push({
          rule: 'P3',
          file: r.file,
          path: f,
          message: `${FIELD_LABELS[f]}已于 ${first.sealed} 随本次选拔任用工作公布,此后不得更改,更正记录也不能改变它:请恢复为公布时的内容;确需调整标准的,只能另起一次选拔任用工作`,
        });
      }
    }
  }
  // D9: a decision applies the standards as published; it cannot while its round's standards differ.
  const changedRounds = new Set(problems.filter((p) => p.rule === 'P3').map((p) => p.file));
  for (const r of records) {
    if (r.kind !== 'decisions') continue;
    const round = current.get(`rounds/${String((r.data as { round?: unknown } | null)?.round)}`);
    if (round && changedRounds.has(round.file))
      problems.push({
        rule: 'D9',
        file: r.file,
        path: 'round',
        message: `本次决定所属的选拔任用工作 ${round.key} 的选任标准或任职条件与公布时不一致,决定无法证明适用了公布的标准:请先恢复 ${round.file} 中公布时的内容`,
      });
  }
  return problems;
}

/** Every ledger problem: the log and checkpoint first; records are compared only against a sound log. */
export function checkLedger(ledger: Ledger, records: readonly SourceRecord[], present: ReadonlySet<string>): Problem[] {
  const logProblems = checkLog(ledger);
  if (logProblems.length) return logProblems;
  return checkRecords(ledger.entries, records, present);
}
