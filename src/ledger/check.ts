/**
 * The ledger checks that fail validation and the build: the log is intact and extends the committed
 * checkpoint; no sealed record changed without a correction (E1) or vanished; a round's standards
 * and qualifications are those first published (P3), so its decisions apply them (D9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Problem } from '../domain/problem.ts';
import { canonicalize, sameCanonical } from './jcs.ts';
import { diffValues } from './diff.ts';
import { cosignatureTasks, logSignatureTasks, runTasksSync } from './checkpoint.ts';
import type { LedgerConfig } from './config.ts';
import { ed25519Verify, vkeyConsistent } from './keys.ts';
import { CHECKPOINT_FILE, CHECKPOINTS_DIR, checkLogOrder, LEDGER_DIR, LOG_FILE, type LogEntry } from './log.ts';
import { buildTree, nodeHash, rootOf, toHex, type Tree } from './merkle.ts';
import { hashSync, recordHash } from './node-hash.ts';
import { COSIGNATURE_V1, ED25519 } from './note.ts';
import { alignedParts } from './tiles.ts';
import { fileOfKey, isBound, type SourceRecord } from './records.ts';
import type { Ledger } from './store.ts';
import { leafHashes, LOG_RESTORE, tileFiles } from './store.ts';
import { ledgerCheckUi as t } from '../i18n/zh-cn-ledger-check.ts';

/** Fields of a round that bind once published (P3): only a new round can change them. */
export const BINDING_ROUND_FIELDS = ['standards', 'qualifications'] as const;

const FIELD_LABELS: Record<(typeof BINDING_ROUND_FIELDS)[number], string> = t.bindingFields;

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
      problems.push({ rule: 'E1', file: LOG_FILE, path: '', line: i + 1, message: t.hashMismatch(i + 1, e.key, e.version, LOG_FILE) });
  });
  problems.push(...checkLogOrder(entries, LOG_FILE, LOG_RESTORE));
  const byKey = versionsByKey(entries);
  entries.forEach((e, i) => {
    if (e.version < 2) return;
    const kind = e.key.split('/')[0] as Parameters<typeof isBound>[0];
    if (!isBound(kind)) return;
    const at = { rule: 'E1', file: LOG_FILE, path: '', line: i + 1 };
    if (!e.correction) return void problems.push({ ...at, message: t.uncorrectedVersion(i + 1, e.key, e.version, LOG_FILE) });
    const correction = byKey.get(e.correction)?.[0]?.data as { corrects?: unknown } | undefined;
    if (correction && correction.corrects !== e.key)
      problems.push({ ...at, message: t.wrongCorrection(i + 1, e.correction, String(correction.corrects), e.key, LOG_FILE) });
  });
  problems.push(...checkCheckpoints(ledger, config, root));
  for (const [key, versions] of byKey) {
    if (!key.startsWith('rounds/')) continue;
    const first = versions[0]!;
    for (const v of versions.slice(1)) {
      const changed = changedBindingFields(first.data, v.data);
      if (changed.length)
        problems.push({ rule: 'P3', file: LOG_FILE, path: '', line: v.seq + 1, message: t.bindingChangedInLog(v.seq + 1, key, v.version, changed.map((f) => FIELD_LABELS[f]).join(t.fieldsJoin), LOG_FILE) });
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
    if (entries.length) problems.push({ rule: 'E1', file: CHECKPOINT_FILE, path: '', message: t.noCheckpoint(CHECKPOINT_FILE, LOG_FILE) });
    return problems;
  }
  if (config?.keyText && !config.key) problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: t.badPublicKey });
  else if (config?.key && (!vkeyConsistent(config.key) || config.key.type !== ED25519))
    problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: t.publicKeyMismatch });
  else if (config?.key && config.key.name !== config.origin)
    problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.key', message: t.publicKeyName(config.key.name, config.origin) });
  for (const w of config?.witnesses ?? [])
    if (!vkeyConsistent(w.key) || w.key.type !== COSIGNATURE_V1)
      problems.push({ rule: 'E1', file: 'content/site.yaml', path: 'ledger.witnesses', message: t.witnessKey(w.name) });
  const cp = { rule: 'E1', file: CHECKPOINT_FILE, path: '' };
  if (checkpoint.size > entries.length) {
    problems.push({ ...cp, message: t.linesDeleted(checkpoint.size, entries.length, LOG_FILE) });
    return problems;
  }
  // One hashing of the leaves serves the tree and the tiles.
  const leaves = leafHashes(entries.slice(0, checkpoint.size));
  const tree = hashSync(buildTree(leaves));
  if (toHex(tree.root) !== checkpoint.root) {
    problems.push({ ...cp, message: t.rootMismatch(checkpoint.size, LOG_FILE) });
    return problems;
  } else if (entries.length > checkpoint.size) {
    problems.push({ ...cp, message: t.unsealedLines(entries.length - checkpoint.size) });
  }
  const full = tree;
  for (const c of [checkpoint, ...ledger.checkpoints]) {
    const file = c === checkpoint ? CHECKPOINT_FILE : `${CHECKPOINTS_DIR}/${c.size}`;
    const at = { rule: 'E1', file, path: '' };
    if (config && c.origin !== config.origin) problems.push({ ...at, message: t.wrongOrigin(c.origin, config.origin) });
    if (c.size > checkpoint.size) problems.push({ ...at, message: t.archiveTooLarge(c.size) });
    else if (c !== checkpoint && toHex(c.size === 0 ? hashSync(rootOf([])) : nodeOf(full, c.size)) !== c.root)
      problems.push({ ...at, message: t.archiveNotPrefix(c.size, LOG_FILE) });
    if (config?.key && c === checkpoint && runTasksSync(logSignatureTasks(c, config.key), config.key, ed25519Verify).state !== 'valid')
      problems.push({ ...at, message: t.unsigned });
    else if (config?.key && runTasksSync(logSignatureTasks(c, config.key), config.key, ed25519Verify).state === 'invalid')
      problems.push({ ...at, message: t.badSignature });
    for (const w of config?.witnesses ?? [])
      if (runTasksSync(cosignatureTasks(c, w.key), w.key, ed25519Verify).state === 'invalid')
        problems.push({ ...at, message: t.badCosignature(w.name) });
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
  return [{ rule: 'E1', file: bad[0]!, path: '', message: t.badTiles(bad.length, bad.slice(0, 3), bad.length > 3) }];
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

/**
 * Whether `data` is what `version` sealed. Most records are unchanged, and comparing with the
 * sealed data (whose hash checkLog has verified) costs a fraction of hashing it again.
 */
export function sealedAsIs(data: unknown, version: LogEntry): boolean {
  return sameCanonical(data, version.data) || recordHash(data) === version.hash;
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
      message: t.recordDeleted(KIND_LABELS[kind] ?? kind, key, last.sealed, last.version, last.seq + 1),
    });
  }
  for (const r of records) {
    const versions = byKey.get(r.key);
    if (!versions) continue;
    const last = versions.at(-1)!;
    if (!sealedAsIs(r.data, last) && isBound(r.kind) && pendingCorrections(r.key, records, byKey).length === 0) {
      const fields = diffValues(last.data, r.data).map((c) => c.path || t.wholeRecord);
      problems.push({
        rule: 'E1',
        file: r.file,
        path: '',
        message: t.silentChange(last.sealed, last.version, last.seq + 1, fields.slice(0, 5), fields.length > 5 ? fields.length : undefined, r.key),
      });
    }
    if (r.kind === 'rounds') {
      const first = versions[0]!;
      for (const f of changedBindingFields(first.data, r.data)) {
        problems.push({
          rule: 'P3',
          file: r.file,
          path: f,
          message: t.bindingChanged(FIELD_LABELS[f], first.sealed),
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
        message: t.decisionStandards(round.key, round.file),
      });
  }
  return problems;
}

/**
 * Every ledger problem: the log and checkpoint first (`logProblems`, checkLog's answer for this
 * ledger, worked out by the caller, on another thread for a large log: src/pipeline/log-check.ts);
 * records are compared only against a sound log.
 */
export function checkLedger(ledger: Ledger, records: readonly SourceRecord[], present: ReadonlySet<string>, logProblems: readonly Problem[]): Problem[] {
  if (logProblems.length) return [...logProblems];
  return checkRecords(ledger.entries, records, present);
}

/** The site record's data as written, from which the ledger's configuration is read. */
export function siteWritten(records: readonly SourceRecord[]): unknown {
  return records.find((r) => r.key === 'site/site')?.data;
}
