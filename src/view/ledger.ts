/**
 * The ledger, a record's history and a version's changes in the display vocabulary of
 * src/view/display.ts, so the .astro files that show them only render.
 */
import { ledgerUi } from '../i18n/zh-cn-ledger.ts';
import type { Kind } from '../schemas/common.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { recordTitle, type Column, type Fact, type Inline } from './display.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { recordUrl } from '../domain/urls.ts';
import type { Change } from '../ledger/diff.ts';
import type { SignedCheckpoint } from '../ledger/checkpoint.ts';
import type { LedgerConfig } from '../ledger/config.ts';
import { keyName, lastKey, parsePath, pathLabel, valueText } from './field-labels.ts';
import { fieldPath } from '../i18n/zh-cn-fields.ts';
import { shortHash, type LogEntry } from '../ledger/log.ts';
import { historyHref, ledgerRowHref, titleOf, versionHref, witnessOf, type LedgerSite, type RecordHistoryView } from '../ledger/site.ts';
import { cnDate } from '../i18n/zh-cn-verify.ts';
import { ui } from '../i18n/zh-cn.ts';

const h = ledgerUi.history;

/** The facts at the top of a record's history: current version, hash, log position, witness, verify link. */
export function historyFacts(view: RecordHistoryView, site?: LedgerSite): Fact[] {
  const latest = view.versions.at(-1);
  if (!latest) return [];
  const facts: Fact[] = [
    { label: h.version, value: [...h.versionValue(latest.version, latest.sealed)] as Inline[] },
    { label: h.hash, value: { code: latest.hash } },
    { label: h.position, value: { href: latest.ledgerHref, text: h.positionValue(latest.seq) } },
    ...(site ? [{ label: h.witness, value: entryWitness(site, latest.seq) }] : []),
    { label: h.verify, value: { href: view.verifyHref, text: h.verifyLink } },
  ];
  return facts;
}

/** Columns of the versions table. */
export const VERSION_COLUMNS: Column[] = [{ label: h.columns.version }, { label: h.columns.sealed }, { label: h.columns.correction }, { label: h.columns.hash }];

/** One row per sealed version: link to its page, date, the correction behind it, short hash. */
export function versionRows(view: RecordHistoryView): Inline[][] {
  return view.versions.map((v) => [
    { href: v.href, text: h.versionLabel(v.version) },
    { date: v.sealed },
    v.correction ? { href: v.correction.href, text: v.correction.title } : h.none,
    { code: shortHash(v.hash) },
  ]);
}

/** Columns of a changes table. */
export const CHANGE_COLUMNS: Column[] = [{ label: h.changeColumns.field }, { label: h.changeColumns.before }, { label: h.changeColumns.after }];

/** Resolves a person's ID to a name, where the caller has the dataset. */
export type PersonNames = (id: string) => string | undefined;

/**
 * One row per changed field of a `kind` record: the field by its label (a list item named by the
 * person it is about, from `data`), the old value and the new one in words.
 */
export function changeRows(kind: Kind, changes: readonly Change[], data?: unknown, names?: PersonNames): Inline[][] {
  return changes.map((c) => {
    const path = parsePath(c.path);
    const key = path && lastKey(path);
    return [
      path ? pathLabel(kind, path, data, names) : c.path ? fieldPath.unknown : fieldPath.whole,
      c.type === 'added' ? h.added : valueText(kind, key, c.before, names),
      c.type === 'removed' ? h.removed : valueText(kind, key, c.after, names),
    ];
  });
}

/** What a record is called, from its data and key. */
export type TitleOf = (data: unknown, key: string) => string;

/** Titles from the dataset where it has the record (a qualification is named by its holder), else from the data. */
export function datasetTitles(ds: Dataset): TitleOf {
  return (data, key) => {
    const [kind, id] = key.split('/') as [Kind, string];
    const entry = ds.byKind[kind]?.get(id) as Entry | undefined;
    return entry ? recordTitle(ds, entry) : titleOf(data, key);
  };
}

/** One row of the log table, with the anchor its row carries. */
export interface LogRow {
  seq: number;
  anchor: string;
  cells: Inline[];
}

/** Columns of the log table. */
export const LOG_COLUMNS: Column[] = [
  { label: ledgerUi.ledger.columns.seq, numeric: true },
  { label: ledgerUi.ledger.columns.record },
  { label: ledgerUi.ledger.columns.version, numeric: true },
  { label: ledgerUi.ledger.columns.sealed },
  { label: ledgerUi.ledger.columns.hash },
  { label: ledgerUi.ledger.columns.correction },
];

/** Rows of the log table for `entries`. */
export function logRows(site: LedgerSite, entries: readonly LogEntry[], title: TitleOf = titleOf): LogRow[] {
  return entries.map((e) => {
    const [kind, id] = e.key.split('/') as [Kind, string];
    const current = site.sources.get(e.key)?.data ?? e.data;
    const correction = e.correction ? site.versions.get(e.correction)?.[0] : undefined;
    return {
      seq: e.seq,
      anchor: `seq-${e.seq}`,
      cells: [
        String(e.seq),
        [`${KIND_LABELS[kind] ?? kind}：`, { href: recordUrl(kind, id) ?? historyHref(e.key, e.version), text: title(current, e.key) }],
        { href: versionHref(site, e), text: String(e.version) },
        { date: e.sealed },
        { code: e.hash },
        e.correction ? { href: ledgerRowHref(correction?.seq ?? 0), text: titleOf(correction?.data, e.correction) } : h.none,
      ],
    };
  });
}

/** A JSON value as nested facts for a version page: objects as lists of fields, arrays as numbered items. */
export type DataNode = { kind: 'scalar'; text: string } | { kind: 'object'; fields: { name: string; value: DataNode }[] } | { kind: 'array'; items: DataNode[] };

/** The display tree of a `kind` record's data: each field by its label, each value in words, never a key. */
export function dataTree(kind: Kind, value: unknown, names?: PersonNames, key?: string): DataNode {
  if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => dataTree(kind, v, names, key)) };
  if (value && typeof value === 'object')
    return { kind: 'object', fields: Object.entries(value).map(([name, v]) => ({ name: keyName(kind, name) ?? fieldPath.unknown, value: dataTree(kind, v, names, name) })) };
  return { kind: 'scalar', text: value === null || value === undefined ? ledgerUi.version.empty : valueText(kind, key, value, names) };
}

/** The checkpoint as facts: origin, size, root, last seal date, signature and witnesses. */
export function checkpointFacts(site: LedgerSite, cp: SignedCheckpoint): Fact[] {
  const t = ledgerUi.ledger;
  const key = site.config?.key;
  const signed = key && cp.note.signatures.some((s) => s.name === key.name && s.id === key.id);
  const seen = site.witnessed.filter((w) => w.size === cp.size);
  const last = site.witnessed.at(-1);
  return [
    { label: t.origin, value: { code: cp.origin } },
    { label: t.size, value: String(cp.size) },
    { label: t.root, value: { code: cp.root } },
    ...(site.entries.at(-1) ? [{ label: t.date, value: { date: site.entries.at(-1)!.sealed } }] : []),
    { label: t.signature, value: signed ? t.signed(key.name) : t.unsigned },
    {
      label: t.witness,
      value: seen.length ? seen.map((w) => t.witnessedBy(w.witness, cnDate(w.date))).join(ui.facts.clauses) : last ? t.witnessedEarlier(last.witness, cnDate(last.date), last.size) : t.neverWitnessed,
    },
  ];
}

/** The keys verification pins, as label and value, for the verify and ledger pages. */
export function pinnedKeys(config: LedgerConfig | undefined): { label: string; value: string }[] {
  const t = ledgerUi.verify;
  if (!config) return [];
  return [
    { label: t.keysOrigin, value: config.origin },
    { label: t.keysOperator, value: config.keyText ?? t.keysNone },
    ...config.witnesses.map((w) => ({ label: t.keysWitness(w.name), value: w.text })),
  ];
}

/** What the ledger can prove about the time of entry `seq`: the operator's seal date, and the first witness that saw it. */
export function entryWitness(site: LedgerSite, seq: number): string {
  const w = witnessOf(site, seq);
  return w ? ledgerUi.ledger.witnessedBy(w.witness, cnDate(w.date)) : ledgerUi.ledger.notYetWitnessed;
}

/** The facts of a version page: record, current page, date, hash, log position, correction. */
export function versionFacts(site: LedgerSite, entry: LogEntry, view: RecordHistoryView['versions'][number], title: TitleOf = titleOf): Fact[] {
  const t = ledgerUi.version;
  const [kind, id] = entry.key.split('/') as [Kind, string];
  const page = recordUrl(kind, id);
  const current = site.sources.get(entry.key)?.data ?? entry.data;
  const facts: Fact[] = [
    { label: t.record, value: [`${KIND_LABELS[kind] ?? kind}：`, page ? { href: page, text: title(current, entry.key) } : title(current, entry.key), ' ', { code: entry.key }] },
    { label: t.sealed, value: { date: entry.sealed } },
    { label: t.hash, value: { code: entry.hash } },
    { label: t.position, value: { href: view.ledgerHref, text: h.positionValue(entry.seq) } },
  ];
  if (view.correction)
    facts.push({ label: t.correction, value: view.correction.reason ? [{ href: view.correction.href, text: view.correction.title }, `:${view.correction.reason}`] : { href: view.correction.href, text: view.correction.title } });
  return facts;
}

/** Columns of the checkpoint archive table. */
export const ARCHIVE_COLUMNS: Column[] = [
  { label: ledgerUi.ledger.archiveColumns.size, numeric: true },
  { label: ledgerUi.ledger.archiveColumns.sealed },
  { label: ledgerUi.ledger.archiveColumns.witness },
];

/** One row per archived checkpoint, newest first: size (linking to its file), last seal date, who witnessed it when. */
export function archiveRows(site: LedgerSite): LogRow[] {
  const t = ledgerUi.ledger;
  return [...site.checkpoints].reverse().map((c) => {
    const seen = site.witnessed.filter((w) => w.size === c.size);
    const last = c.size > 0 ? site.entries[c.size - 1] : undefined;
    return {
      seq: c.size,
      anchor: `checkpoint-${c.size}`,
      cells: [
        { href: `/ledger/checkpoints/${c.size}`, text: String(c.size) },
        last ? { date: last.sealed } : h.none,
        seen.length ? seen.map((w) => t.witnessedBy(w.witness, cnDate(w.date))).join(ui.facts.clauses) : h.none,
      ],
    };
  });
}
