/**
 * The ledger checks that fail validation and the build: the log is intact and extends the committed
 * checkpoint; no sealed record changed without a correction (E1) or vanished; a round's standards
 * and qualifications are those first published (P3), so its decisions apply them (D9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_LABELS } from '../schemas/index.ts';
import type { Problem } from '../domain/problem.ts';
import { canonicalize } from './jcs.ts';
import { diffValues } from './diff.ts';
import { cosignatureTasks, logSignatureTasks, runTasksSync } from './checkpoint.ts';
import { ledgerConfigOf, type LedgerConfig } from './config.ts';
import { ed25519Verify, vkeyConsistent } from './keys.ts';
import { CHECKPOINT_FILE, CHECKPOINTS_DIR, checkLogOrder, LEDGER_DIR, LOG_FILE, type LogEntry } from './log.ts';
import { buildTree, nodeHash, rootOf, toHex, type Tree } from './merkle.ts';
import { hashSync, recordHash } from './node-hash.ts';
import { COSIGNATURE_V1, ED25519 } from './note.ts';
import { alignedParts } from './tiles.ts';
import { fileOfKey, isBound, type SourceRecord } from './records.ts';
import type { Ledger } from './store.ts';
import { leafHashes, LOG_RESTORE, tileFiles } from './store.ts';

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
export function checkLog(ledger: Ledger, config?: LedgerConfig, root?: string): Problem[] {
  if (ledger.problems.length) return ledger.problems;
  const problems: Problem[] = [];
  const { entries } = ledger;
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
  problems.push(...checkCheckpoints(ledger, config, root));
  for (const [key, versions] of byKey) {
    if (!key.startsWith('rounds/')) continue;
    const first = versions[0]!;
    for (const v of versions.slice(1)) {
      const changed = changedBindingFields(first.data, v.data);
      if (changed.length)
        problems.push({ rule: 'P3', file: LOG_FILE, path: '', line: v.seq + 1, message: `第 ${v.seq + 1} 行：${key} 第 ${v.version} 版改变了${changed.map((f) => FIELD_LABELS[f]).join('和')}，这是公布后不得更改的内容：请用版本库中的原文件恢复 ${LOG_FILE}` });
    }
  }
  return problems;
}

/**
 * The checkpoints against the log and the configuration: the current one covers the whole log;
 * every archived one is a prefix of it (its root is the root of that many lines); each is of this
 * site's origin, signed by the key site.yaml publishes when it publishes one, and every witness
 * cosignature on it verifies. The tiles on disk must be those of the log.
 */
export function checkCheckpoints(ledger: Ledger, config: LedgerConfig | undefined, root?: string): Problem[] {
  const { entries, checkpoint } = ledger;
  const problems: Problem[] = [];
  if (!checkpoint) {
    if (entries.length) problems.push({ rule: 'E1', file: CHECKPOINT_FILE, path: '', message: `缺少检查点 ${CHECKPOINT_FILE}:请从版本库恢复它;若从未封存过,删除 ${LOG_FILE} 后运行 npm run seal` });
    return problems;
  }
  if (config?.keyText && !config.key) problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: 'ledger.key 不是可用的公钥：应为 npm run ledger:keygen 输出的一行“名称+密钥号+公钥”' });
  else if (config?.key && (!vkeyConsistent(config.key) || config.key.type !== ED25519))
    problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: 'ledger.key 的密钥号与公钥不符，或不是检查点签名用的 Ed25519 公钥：请重新复制 npm run ledger:keygen 输出的公钥' });
  else if (config?.key && config.key.name !== config.origin)
    problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: `ledger.key 的名称是 ${config.key.name}，应与日志来源 ${config.origin}（由 url 确定）相同：请用 npm run ledger:keygen -- --log 按本站网址重新生成密钥` });
  for (const w of config?.witnesses ?? [])
    if (!vkeyConsistent(w.key) || w.key.type !== COSIGNATURE_V1)
      problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.witnesses', message: `见证方“${w.name}”的公钥密钥号不符，或不是见证签名（cosignature/v1）用的公钥：请向见证方重新索取 npm run ledger:keygen -- --witness 输出的公钥` });
  const cp = { rule: 'E1', file: CHECKPOINT_FILE, path: '' };
  if (checkpoint.size > entries.length) {
    problems.push({ ...cp, message: `检查点记录了 ${checkpoint.size} 行,日志只剩 ${entries.length} 行:已封存的行被删除了,请用版本库中的原文件恢复 ${LOG_FILE}` });
    return problems;
  }
  // One hashing of the leaves serves the tree and the tiles.
  const leaves = leafHashes(entries.slice(0, checkpoint.size));
  const tree = hashSync(buildTree(leaves));
  if (toHex(tree.root) !== checkpoint.root) {
    problems.push({ ...cp, message: `日志前 ${checkpoint.size} 行的默克尔根与检查点不符:已封存的行被改动、删除或调换了顺序,日志不再是检查点的追加延续;请用版本库中的原文件恢复 ${LOG_FILE}` });
    return problems;
  } else if (entries.length > checkpoint.size) {
    problems.push({ ...cp, message: `日志有 ${entries.length - checkpoint.size} 行尚未写入检查点:请运行 npm run seal 更新检查点` });
  }
  const full = tree;
  for (const c of [checkpoint, ...ledger.checkpoints]) {
    const file = c === checkpoint ? CHECKPOINT_FILE : `${CHECKPOINTS_DIR}/${c.size}`;
    const at = { rule: 'E1', file, path: '' };
    if (config && c.origin !== config.origin) problems.push({ ...at, message: `检查点的来源是 ${c.origin}，本站日志的来源应为 ${config.origin}（由 site.yaml 的 url 确定）：这是别的日志的检查点，请用版本库中的原文件恢复` });
    if (c.size > checkpoint.size) problems.push({ ...at, message: `存档的检查点有 ${c.size} 行，比当前检查点还多：请用版本库中的原文件恢复` });
    else if (c !== checkpoint && toHex(c.size === 0 ? hashSync(rootOf([])) : nodeOf(full, c.size)) !== c.root)
      problems.push({ ...at, message: `存档的检查点（${c.size} 行）不是现在日志的前缀：已封存的行在它之后被改动过；请用版本库中的原文件恢复 ${LOG_FILE}` });
    if (config?.key && c === checkpoint && runTasksSync(logSignatureTasks(c, config.key), config.key, ed25519Verify).state !== 'valid')
      problems.push({ ...at, message: '检查点没有 site.yaml 所公布公钥的有效签名：请设置 GONGSHI_SIGNING_KEY 为对应的私钥后运行 npm run seal' });
    else if (config?.key && runTasksSync(logSignatureTasks(c, config.key), config.key, ed25519Verify).state === 'invalid')
      problems.push({ ...at, message: '检查点的签名无效：它在签名后被改动过；请用版本库中的原文件恢复' });
    for (const w of config?.witnesses ?? [])
      if (runTasksSync(cosignatureTasks(c, w.key), w.key, ed25519Verify).state === 'invalid')
        problems.push({ ...at, message: `检查点上“${w.name}”的见证签名无效：检查点在见证后被改动过；请用版本库中的原文件恢复` });
  }
  if (root) problems.push(...checkTiles(root, entries.slice(0, checkpoint.size), leaves));
  return problems;
}

/** The root of the first `size` leaves of `tree`, from its kept nodes. */
function nodeOf(tree: Tree, size: number): Uint8Array {
  const parts = alignedParts(0, size).map(([a, b]) => tree.node(a, b));
  let h = parts.at(-1)!;
  for (let i = parts.length - 2; i >= 0; i--) h = hashSync(nodeHash(parts[i]!, h));
  return h;
}

/** Every tile file the log implies is on disk with exactly those bytes. */
function checkTiles(root: string, entries: readonly LogEntry[], leaves: readonly Uint8Array[]): Problem[] {
  const bad: string[] = [];
  for (const [path, bytes] of tileFiles(entries, 0, leaves)) {
    const file = join(root, LEDGER_DIR, path);
    if (!existsSync(file) || !Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))) bad.push(`${LEDGER_DIR}/${path}`);
  }
  if (bad.length === 0) return [];
  return [{ rule: 'E1', file: bad[0]!, path: '', message: `${bad.length} 个日志瓦片缺失或与日志不符（${bad.slice(0, 3).join('、')}${bad.length > 3 ? ' 等' : ''}）：瓦片由日志算出，请运行 npm run seal -- --rewrite-tiles 重写` }];
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
export function checkLedger(ledger: Ledger, records: readonly SourceRecord[], present: ReadonlySet<string>, root?: string): Problem[] {
  const config = ledgerConfigOf(records.find((r) => r.key === 'site/site')?.data);
  const logProblems = checkLog(ledger, config, root);
  if (logProblems.length) return logProblems;
  return checkRecords(ledger.entries, records, present);
}
