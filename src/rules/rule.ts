/**
 * What every rule shares: the outcome of checking one subject (a position, a candidate, a meeting),
 * which carries both the public evidence for the compliance panel and the findings for the
 * validator, so the two can never disagree; and small lookups the stage files use.
 */
import type { Dataset } from '../domain/dataset.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { formatPath } from '../domain/problem.ts';
import type { Kind } from '../schemas/common.ts';
import type { RuleParams } from '../schemas/site.ts';
import { RULE_STAGES, RULE_TEXT, TIAOLI_CHAPTERS, type RuleId, type RuleStage, type RuleText } from '../i18n/zh-cn-rules.ts';
import type { RecordOf } from '../schemas/index.ts';
import type { Position, Round } from '../schemas/round.ts';
import { noticesOfRound } from '../domain/queries.ts';
import { RULE_WORDS } from '../i18n/zh-cn-rule-evidence.ts';

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
  /** What was checked, in plain Chinese (src/i18n/zh-cn-rule-evidence.ts), e.g. 公示期2026-05-25至2026-05-29，共5个工作日（不少于5个）. */
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

/** One source of a rule, as cited on /rules/. */
export type RuleSource =
  /** A chapter of the 条例 (article numbers could not be verified against the official text, so none is cited). */
  | { document: 'tiaoli'; chapter: string }
  /**
   * The jurisdiction's own supervision measures (named in site.yaml), which adopt the mechanism
   * proposed in the seed's `section`; the section is provenance for maintainers and is not shown,
   * since it numbers the study paper, not the measures.
   */
  | { document: 'measures'; section?: string };

/** A chapter of the 条例 by number, e.g. tiaoli(6) for 第六章“讨论决定”. */
export const tiaoli = (chapter: keyof typeof TIAOLI_CHAPTERS): RuleSource => ({ document: 'tiaoli', chapter: TIAOLI_CHAPTERS[chapter] });

/** The jurisdiction's supervision measures, adopting the seed's mechanism in `section` (seed 二(二)1). */
export const measures = (section?: string): RuleSource => ({ document: 'measures', ...(section ? { section } : {}) });

/** Outcome constructors bound to one rule, so a rule's evaluation never repeats its ID. */
export interface OutcomeMaker {
  /** The rule's ID, for the few places that compare it (a declared exception names it). */
  id: string;
  met(scope: Scope, evidence: string, records: string[]): Outcome;
  notApplicable(scope: Scope, reason: string, records?: string[]): Outcome;
  failed(scope: Scope, evidence: string, records: string[], findings: Finding[], subject?: Entry): Outcome;
  judge(scope: Scope, evidence: string, records: string[], findings: Finding[], subject?: Entry): Outcome;
}

/** What a rule file declares: everything but the wording, which lives in src/i18n/zh-cn-rules.ts under the same ID. */
export interface RuleSpec {
  id: RuleId;
  sources: RuleSource[];
  /** Parameters in site.yaml `rules` the rule reads. */
  params?: (keyof RuleParams)[];
  /** A record may declare an exception to this rule, with a reason shown publicly. */
  exceptionAllowed?: boolean;
  /** The outcomes of the rule over the whole dataset. */
  evaluate(ds: Dataset, rule: OutcomeMaker): Outcome[];
}

/** A rule of the catalog: the one object /rules/, `npm run validate` and the compliance panel read. */
export interface RuleDef extends RuleText {
  id: RuleId;
  stage: RuleStage;
  sources: RuleSource[];
  params: (keyof RuleParams)[];
  exceptionAllowed: boolean;
  /** Who enforces it: the validator's rules, or the publication ledger (checked when records are sealed). */
  enforcedBy: 'rules' | 'ledger';
  /** The outcomes over the whole dataset; absent for the ledger's rules, which the ledger checks. */
  evaluate?: (ds: Dataset) => Outcome[];
}

/** A rule evaluated by the validator, defined once beside its code. */
export function defineRule(spec: RuleSpec): RuleDef & { evaluate: (ds: Dataset) => Outcome[] } {
  const { evaluate, ...rest } = spec;
  const maker = outcomeMaker(spec.id);
  return { ...catalogEntry(rest, 'rules'), evaluate: (ds) => evaluate(ds, maker) };
}

/** A rule the publication ledger enforces (its evidence for the panel is read from the ledger). */
export function defineLedgerRule(spec: Omit<RuleSpec, 'evaluate'>): RuleDef {
  return catalogEntry(spec, 'ledger');
}

function catalogEntry(spec: Omit<RuleSpec, 'evaluate'>, enforcedBy: RuleDef['enforcedBy']): RuleDef {
  const stage = spec.id[0] as RuleStage;
  if (!(stage in RULE_STAGES)) throw new Error(`rule ${spec.id}: no stage ${stage}`);
  return {
    id: spec.id,
    stage,
    ...RULE_TEXT[spec.id],
    sources: spec.sources,
    params: spec.params ?? [],
    exceptionAllowed: spec.exceptionAllowed ?? false,
    enforcedBy,
  };
}

/** Outcome constructors for rule `id`. */
export function outcomeMaker(id: string): OutcomeMaker {
  return {
    id,
    met: (scope, evidence, records) => met(id, scope, evidence, records),
    notApplicable: (scope, reason, records) => notApplicable(id, scope, reason, records),
    failed: (scope, evidence, records, findings, subject) => failed(id, scope, evidence, records, findings, subject),
    judge: (scope, evidence, records, findings, subject) => judge(id, scope, evidence, records, findings, subject),
  };
}

/**
 * The outcomes of `fn` for every notice of `kind` in every round, the round passed along: the loop
 * most rules share (for each round, for each of its notices of a kind).
 */
export function overNotices<K extends Kind>(ds: Dataset, kind: K, fn: (notice: Entry<K>, round: Entry<'rounds'>) => Outcome | Outcome[]): Outcome[] {
  return rounds(ds).flatMap((round) => roundNotices(ds, round.id, kind).flatMap((n) => fn(n, round)));
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

/** A person as named in messages to clerks: 林晓川（lin-xc）. */
export function who(ds: Dataset, id: string): string {
  const p = ds.byKind.people.get(id);
  return p ? RULE_WORDS.person(p.data.name, id) : id;
}

/** Position `pid` of a round. */
export function positionIn(round: Round, pid: string): Position | undefined {
  return round.positions.find((p) => p.id === pid);
}

/** A position as named in messages: 职位p1（副局长）. */
export function positionLabel(round: Round, pid: string): string {
  const p = positionIn(round, pid);
  return RULE_WORDS.position(pid, p?.title);
}

/** The qualification of `type` that `person` holds throughout `from`–`to`, if any. */
export function qualificationOn(ds: Dataset, person: string, type: RecordOf<'qualifications'>['type'], from: string, to = from): Entry<'qualifications'> | undefined {
  return indexOf(ds).qualifications.get(person)?.find((q) => q.data.type === type && q.data.issued <= from && (!q.data.expires || to <= q.data.expires));
}

/** The integrity summaries of `person` in round `roundId`. */
export function integrityOf(ds: Dataset, roundId: string, person: string): Entry<'integrity-summaries'>[] {
  return roundNotices(ds, roundId, 'integrity-summaries').filter((e) => e.data.person === person);
}

export { addDays, addMonths, daysBetween } from '../domain/dates.ts';

export { fractionWords } from '../i18n/zh-cn-rules.ts';
export { rosterOn } from '../domain/queries.ts';

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
