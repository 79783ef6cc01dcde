/**
 * What corrections did to a record, in words: the box at the top of a corrected notice (what
 * changed, old → new, when, why, and a link to the version before), and the record's current text.
 *
 * A correction either came with a new version of the record (the ledger names it as the reason of
 * that version: the record now says the corrected words) or stands alone, leaving the record as
 * first published (the record still says the original words). For one standing alone, the current
 * text is the original with each change's `from` replaced by its `to`, and the page shows both.
 */
import type { Dataset } from '../domain/dataset.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { fieldPath } from '../i18n/zh-cn-fields.ts';
import { hasVersionPage, historyHref, type LedgerSite } from '../ledger/site.ts';
import type { Kind } from '../schemas/common.ts';
import { noticeUrl } from '../domain/urls.ts';
import { personName } from './display.ts';
import { keyName, parsePath, pathLabel, type PathPart } from './field-labels.ts';
import { correctionUi } from '../i18n/zh-cn-corrections.ts';

/** One change a correction made, in words. */
export interface CorrectionChange {
  /** The field by its label, e.g. 说明中的“公示时间”. */
  label: string;
  from: string;
  to: string;
}

/** A correction as the corrected record's page shows it. */
export interface CorrectionBox {
  key: string;
  title: string;
  href: string;
  /** When the correction was published. */
  published: string;
  reason: string;
  /** Whether the record now carries the corrected content (a new version), or stays as first published. */
  applied: boolean;
  /** The version of the record the correction made, when applied and sealed. */
  version?: number;
  /** The version before the correction (applied), or the record as first published (stand-alone). */
  previous?: { href: string; text: string };
  changes: CorrectionChange[];
}

/** Corrections in the dataset that name `target` (kind/id), oldest first. */
export function correctionsOf(ds: Dataset, target: string): Entry<'corrections'>[] {
  return [...ds.byKind.corrections.values()].filter((c) => c.data.corrects === target).sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
}

/** Where a correction's `field` points in `data`, and any note after it (e.g. `summary(公示时间)`: summary, 公示时间). */
export function resolveField(kind: Kind, field: string, data: unknown): { path: PathPart[]; note?: string } | undefined {
  const m = /^(.+?)\s*[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09]\s*$/.exec(field.trim());
  const base = (m ? m[1]! : field).trim();
  const note = m?.[2]?.trim();
  const path = parsePath(base) ?? labelledPath(kind, base, data);
  return path ? { path, note } : undefined;
}

/** A field named by its label, found among the fields `data` has: by its whole label, else the one field whose own name it is. */
function labelledPath(kind: Kind, label: string, data: unknown): PathPart[] | undefined {
  const leaves = leafPaths(data);
  const whole = leaves.find((path) => pathLabel(kind, path, data) === label);
  if (whole) return whole;
  const named = leaves.filter((path) => {
    const last = path.at(-1);
    return typeof last === 'string' && keyName(kind, last) === label;
  });
  return named.length === 1 ? named[0] : undefined;
}

/** Every path of `value` that ends in a scalar. */
function leafPaths(value: unknown, prefix: PathPart[] = []): PathPart[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return prefix.length ? [prefix] : [];
}

/** The value at `path` in `data`. */
export function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let node = data;
  for (const p of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[p] : undefined;
  return node;
}

/** A correction's field by its label: what the page calls it, never its key or path. */
export function changeLabel(ds: Dataset, kind: Kind, field: string, data: unknown): string {
  const at = resolveField(kind, field, data);
  // A path to nothing the record has is not named at all (rule E5 reports it to the clerk).
  if (!at || (at.path.length > 0 && valueAt(data, at.path) === undefined)) return /[A-Za-z[\].]/.test(field) ? fieldPath.unknown : field;
  const label = pathLabel(kind, at.path, data, (id) => personName(ds, id));
  return at.note ? fieldPath.note(label, at.note) : label;
}

/**
 * The changes of correction `c` that the record's text does not carry yet: the field still says the
 * `from` words and not the `to` words. A correction all of whose changes are pending stands alone
 * (the record was left as first published); one with none pending came with a new version.
 */
export function pendingChanges(target: Entry, c: Entry<'corrections'>): { path: PathPart[]; from: string; to: string }[] {
  return c.data.changes.flatMap((ch) => {
    const at = resolveField(target.kind, ch.field, target.data);
    const text = at && at.path.length ? valueAt(target.data, at.path) : undefined;
    return typeof text === 'string' && ch.from !== ch.to && text.includes(ch.from) && !text.includes(ch.to) ? [{ path: at!.path, from: ch.from, to: ch.to }] : [];
  });
}

/** Whether correction `c` leaves `target` as first published, its corrected words shown beside the original ones. */
export function standsAlone(target: Entry, c: Entry<'corrections'>): boolean {
  return pendingChanges(target, c).length > 0;
}

/** The boxes at the top of record `target`'s page, one per correction naming it, oldest first. */
export function correctionBoxes(ds: Dataset, target: Entry, site: LedgerSite | undefined): CorrectionBox[] {
  const key = entryKey(target);
  const versions = site?.versions.get(key) ?? [];
  const t = correctionUi;
  return correctionsOf(ds, key).map((c) => {
    const made = versions.find((v) => v.correction === entryKey(c));
    const alone = standsAlone(target, c);
    const latest = versions.at(-1);
    const previous =
      made && made.version > 1
        ? { href: historyHref(key, made.version - 1), text: t.previousVersion(made.version - 1) }
        : alone && latest
          ? { href: historyHref(key, latest.version), text: t.original(latest.version) }
          : // A version page exists only for a superseded version (or a stand-alone correction's original, above).
            !made && latest && site && hasVersionPage(site, latest)
            ? { href: historyHref(key, latest.version), text: t.previousVersion(latest.version) }
            : undefined;
    return {
      key: entryKey(c),
      title: c.data.title,
      href: noticeUrl('corrections', c.id),
      published: c.data.published,
      reason: c.data.reason,
      applied: !alone,
      version: made?.version,
      previous,
      changes: c.data.changes.map((ch) => ({ label: changeLabel(ds, target.kind, ch.field, target.data), from: ch.from, to: ch.to })),
    };
  });
}

/** A string field of a record as runs: kept text, original words struck, corrected words inserted. */
export type Marked = { text: string; mark?: 'del' | 'ins' }[];

/**
 * The record's current content: its data with every stand-alone correction's `from` replaced by its
 * `to`, and for each field so changed, the text with both the original and the corrected words.
 */
export function currentContent<E extends Entry>(ds: Dataset, entry: E): { data: E['data']; marked: Map<string, Marked> } {
  const marked = new Map<string, Marked>();
  const pending = correctionsOf(ds, entryKey(entry)).flatMap((c) => pendingChanges(entry, c));
  if (pending.length === 0) return { data: entry.data, marked };
  const data = structuredClone(entry.data) as Record<string | number, unknown>;
  for (const ch of pending) {
    const text = valueAt(data, ch.path);
    if (typeof text !== 'string' || !text.includes(ch.from)) continue;
    const parent = valueAt(data, ch.path.slice(0, -1)) as Record<string | number, unknown>;
    const i = text.indexOf(ch.from);
    parent[ch.path.at(-1)!] = text.slice(0, i) + ch.to + text.slice(i + ch.from.length);
    const id = pathId(ch.path);
    marked.set(id, replaceInRuns(marked.get(id) ?? [{ text }], ch.from, ch.to));
  }
  return { data: data as E['data'], marked };
}

/** `['results', 0, 'reason']` as `results.0.reason`: a key for the marked-text map. */
export function pathId(path: readonly PathPart[]): string {
  return path.join('.');
}

/** Replace the first kept occurrence of `from` in `runs` with struck `from` and inserted `to`. */
function replaceInRuns(runs: Marked, from: string, to: string): Marked {
  const out: Marked = [];
  let done = false;
  for (const r of runs) {
    const i = done || r.mark ? -1 : r.text.indexOf(from);
    if (i < 0) {
      out.push(r);
      continue;
    }
    done = true;
    if (i > 0) out.push({ text: r.text.slice(0, i) });
    out.push({ text: from, mark: 'del' }, { text: to, mark: 'ins' });
    if (i + from.length < r.text.length) out.push({ text: r.text.slice(i + from.length) });
  }
  return out;
}

/** Marked runs split into paragraphs the way `paragraphs()` splits text (one per line written). */
export function markedParagraphs(runs: Marked): Marked[] {
  const out: Marked[] = [[]];
  for (const r of runs) {
    const lines = r.text.split(/\n+/);
    lines.forEach((line, i) => {
      if (i > 0) out.push([]);
      if (line) out.at(-1)!.push({ text: line, mark: r.mark });
    });
  }
  return out.map((p) => p.map((r, i, all) => ({ ...r, text: i === 0 ? r.text.trimStart() : i === all.length - 1 ? r.text.trimEnd() : r.text }))).filter((p) => p.some((r) => r.text));
}

/** Whether record `key` has a correction standing alone, so its page shows corrected words and the words as published need a page of their own. */
export function hasStandaloneCorrection(ds: Dataset, key: string): boolean {
  const [kind, id] = key.split('/') as [Kind, string];
  const target = ds.byKind[kind]?.get(id) as Entry | undefined;
  return target !== undefined && correctionsOf(ds, key).some((c) => standsAlone(target, c));
}
