/**
 * What every rule shares: the outcome of checking one subject (a position, a candidate, a meeting),
 * which carries both the public evidence for the compliance panel and the findings for the
 * validator, so the two can never disagree; and small lookups the stage files use.
 */
import type { Dataset } from '../domain/dataset.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { formatPath } from '../domain/problem.ts';
import { addDays } from '../domain/working-days.ts';
import type { Kind } from '../schemas/common.ts';
import type { Body } from '../schemas/body.ts';
import type { RecordOf } from '../schemas/index.ts';
import type { Position, Round } from '../schemas/round.ts';
import { noticesOfRound } from '../domain/queries.ts';

/** How a rule stands for one subject. */
/** provable-since: a ledger rule whose evidence was sealed after the step it protects (proof only from the seal on). */
export type Status = 'met' | 'exception' | 'not-applicable' | 'failed' | 'provable-since';

/** Something wrong, located in one record. */
export interface Finding {
  file: string;
  /** Field path, e.g. `items[1].yes`. */
  path: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
}

/** The result of checking one rule against one subject. */
export interface Outcome {
  rule: string;
  status: Status;
  /** The round the subject belongs to; absent for jurisdiction-wide subjects. */
  round?: string;
  /** For yearly subjects (E2, E4): the year. */
  year?: number;
  /** What was checked, in plain Chinese, e.g. 公示期 2026-05-25 至 2026-05-29,共 5 个工作日(不少于 5 个). */
  evidence: string;
  /** Why not applicable, or the declared exception's reason. */
  reason?: string;
  /** Records the evidence comes from, as kind/id. */
  records: string[];
  /** Findings when failed; empty otherwise. */
  findings: Finding[];
  /** The record whose declared exceptions may excuse a failure. */
  subject?: Entry;
}

/** A rule: its catalog ID and the evaluation that yields its outcomes over the whole dataset. */
export interface RuleDef {
  id: string;
  evaluate(ds: Dataset): Outcome[];
}

/** Where an outcome belongs. */
export interface Scope {
  round?: string;
  year?: number;
}

/** A met outcome. */
export function met(rule: string, scope: Scope, evidence: string, records: string[]): Outcome {
  return { rule, status: 'met', ...scope, evidence, records: unique(records), findings: [] };
}

/** A not-applicable outcome, with the reason in plain words. */
export function notApplicable(rule: string, scope: Scope, reason: string, records: string[] = []): Outcome {
  return { rule, status: 'not-applicable', ...scope, evidence: reason, reason, records: unique(records), findings: [] };
}

/** A failed outcome with its findings; `subject` is the record that may declare an exception. */
export function failed(rule: string, scope: Scope, evidence: string, records: string[], findings: Finding[], subject?: Entry): Outcome {
  return { rule, status: 'failed', ...scope, evidence, records: unique(records), findings, ...(subject ? { subject } : {}) };
}

/** Met when there are no findings, failed otherwise. */
export function judge(rule: string, scope: Scope, evidence: string, records: string[], findings: Finding[], subject?: Entry): Outcome {
  return findings.length ? failed(rule, scope, evidence, records, findings, subject) : met(rule, scope, evidence, records);
}

/** A finding at `path` of entry `e`. */
export function at(e: Entry, path: (string | number)[], message: string): Finding {
  return { file: e.file, path: formatPath(path), message };
}

/** `kind/id` of an entry. */
export const key = entryKey;

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The notices of `kind` belonging to round `roundId`, in date order; shared between calls and frozen, so copy before sorting. */
export function roundNotices<K extends Kind>(ds: Dataset, roundId: string, kind: K): Entry<K>[] {
  // Rules ask for the same round and kind many times (per position, per candidate): filter once.
  const byRound = indexOf(ds).roundNotices;
  let byKind = byRound.get(roundId);
  if (!byKind) byRound.set(roundId, (byKind = new Map()));
  let list = byKind.get(kind);
  if (!list) byKind.set(kind, (list = Object.freeze(noticesOfRound(ds, roundId).filter((n) => n.kind === kind)) as Entry[]));
  return list as unknown as Entry<K>[];
}

/** Every round entry. */
export function rounds(ds: Dataset): Entry<'rounds'>[] {
  return [...ds.byKind.rounds.values()];
}

/** A person's name, or the ID when the record is missing. */
export function nameOf(ds: Dataset, id: string): string {
  return ds.byKind.people.get(id)?.data.name ?? id;
}

/** A person as named in messages to clerks: 林晓川(lin-xc). */
export function who(ds: Dataset, id: string): string {
  const p = ds.byKind.people.get(id);
  return p ? `${p.data.name}(${id})` : id;
}

/** Position `pid` of a round. */
export function positionIn(round: Round, pid: string): Position | undefined {
  return round.positions.find((p) => p.id === pid);
}

/** A position as named in messages: 职位 p1(副局长). */
export function positionLabel(round: Round, pid: string): string {
  const p = positionIn(round, pid);
  return p ? `职位 ${pid}(${p.title})` : `职位 ${pid}`;
}

/** Members of `body` on `date` (from ≤ date ≤ to). */
export function rosterOn(body: Body, date: string): string[] {
  return [...new Set(body.members.filter((m) => m.from <= date && (!m.to || date <= m.to)).map((m) => m.person))];
}

/** The qualification of `type` that `person` holds throughout `from`–`to`, if any. */
export function qualificationOn(ds: Dataset, person: string, type: RecordOf<'qualifications'>['type'], from: string, to = from): Entry<'qualifications'> | undefined {
  return indexOf(ds).qualifications.get(person)?.find((q) => q.data.type === type && q.data.issued <= from && (!q.data.expires || to <= q.data.expires));
}

/** The integrity summaries of `person` in round `roundId`. */
export function integrityOf(ds: Dataset, roundId: string, person: string): Entry<'integrity-summaries'>[] {
  return roundNotices(ds, roundId, 'integrity-summaries').filter((e) => e.data.person === person);
}

/** The date `n` calendar months after `date`, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export { addDays };

export { fractionWords } from './catalog.ts';

/** Indexes built once per dataset. */
interface Index {
  qualifications: Map<string, Entry<'qualifications'>[]>;
  /** Round ID → kind → that round's notices of the kind, filled as rules ask. */
  roundNotices: Map<string, Map<Kind, Entry[]>>;
}
const indexes = new WeakMap<Dataset, Index>();

function indexOf(ds: Dataset): Index {
  let ix = indexes.get(ds);
  if (!ix) {
    const qualifications = new Map<string, Entry<'qualifications'>[]>();
    for (const q of ds.byKind.qualifications.values()) {
      let list = qualifications.get(q.data.person);
      if (!list) qualifications.set(q.data.person, (list = []));
      list.push(q);
    }
    indexes.set(ds, (ix = { qualifications, roundNotices: new Map() }));
  }
  return ix;
}
