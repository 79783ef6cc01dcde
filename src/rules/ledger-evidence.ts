/**
 * The ledger's three rules (P3, D9, E1) as evidence for a round's compliance panel. The ledger
 * checks fail validation when one is broken; this reads the same log to say, for one round, what
 * was sealed when, relative to the step each rule protects, and who witnessed it when:
 *   P3 protects the steps after the standards were announced (the first later notice of the round);
 *   D9 protects each decision (its publication);
 *   E1 protects each record from its publication on.
 * A seal made after the step it protects proves nothing about the time before it: the rule is shown
 * as provable only from the seal on, not as met. A seal date alone is the operator's claim; a
 * witness's cosignature is the independent evidence, and the text says which one there is.
 */
import type { Dataset } from '../domain/dataset.ts';
import { noticesOfRound } from '../domain/queries.ts';
import { ledgerEvidenceUi as t } from '../i18n/zh-cn-ledger-evidence.ts';
import { changedBindingFields } from '../ledger/check.ts';
import { shortHash, type LogEntry } from '../ledger/log.ts';
import { witnessOf, type LedgerSite } from '../ledger/site.ts';
import { type Kind } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { defineLedgerRule, measures } from './rule.ts';

/** P3: published standards and qualifications of a round never change afterwards. */
export const P3 = defineLedgerRule({ id: 'P3', sources: [measures('一(一)5'), measures('一(三)1')] });

/** D9: the decision applies the standards as published (same ledger hash). */
export const D9 = defineLedgerRule({ id: 'D9', sources: [measures('一(三)1')] });

/** E1: a published record changes only through a correction record; the original stays visible. */
export const E1 = defineLedgerRule({ id: 'E1', sources: [measures('一(一)5'), measures('一(三)1')] });

/** The ledger's rules. */
export const LEDGER_RULES = [P3, D9, E1];

/** How one ledger rule stands for a round; same shape as a rule outcome's public part. */
export interface LedgerEvidence {
  status: 'met' | 'failed' | 'not-applicable' | 'provable-since';
  evidence: string;
  records: string[];
}

type Site = Pick<LedgerSite, 'versions' | 'witnessed'>;

/** P3, D9 and E1 for round `roundId`, read from the published ledger. */
export function ledgerEvidence(site: Site, ds: Dataset, roundId: string): Record<'P3' | 'D9' | 'E1', LedgerEvidence> {
  const roundKey = `rounds/${roundId}`;
  const versions = site.versions.get(roundKey) ?? [];
  const notices = noticesOfRound(ds, roundId).map((n) => ({ key: `${n.kind}/${n.id}`, kind: n.kind, published: publishedOf(n.data) }));
  return {
    P3: standards(site, versions, roundKey, notices),
    D9: decisions(site, roundId, versions[0], notices),
    E1: corrections(site, ds, [{ key: roundKey, published: firstStep(notices, false) }, ...notices]),
  };
}

interface NoticeDate {
  key: string;
  kind?: string;
  published?: string;
}

function publishedOf(data: unknown): string | undefined {
  const p = (data as { published?: unknown } | null)?.published;
  return typeof p === 'string' ? p : undefined;
}

/** The first notice of the round after its standards were announced (plan and pre-announcement excluded), or the first at all. */
function firstStep(notices: readonly NoticeDate[], afterAnnouncement: boolean): string | undefined {
  const dates = notices.filter((n) => !afterAnnouncement || (n.kind !== 'plans' && n.kind !== 'pre-announcements')).map((n) => n.published).filter((d): d is string => !!d);
  return dates.sort()[0];
}

/** The title of record `key` (kind/id) on the site, if it is there. */
function titleOf(ds: Dataset, key: string): string | undefined {
  const slash = key.indexOf('/');
  const entry = ds.byKind[key.slice(0, slash) as Kind]?.get(key.slice(slash + 1));
  const title = (entry?.data as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}

/** Record `key` named as on its page — kind and title — never by its key. */
function recordName(ds: Dataset, key: string): string {
  return t.record(KIND_LABELS[key.slice(0, key.indexOf('/')) as Kind] ?? KIND_LABELS.corrections, titleOf(ds, key));
}

/** Who vouches for entry `e`: the first witness that saw it, or only the operator. */
function witnessText(site: Site, e: LogEntry, step?: string): string {
  const w = witnessOf(site, e.seq);
  if (!w) return t.unwitnessed;
  if (step && w.date > step) return t.witnessedAfter(w.witness, w.date, step);
  return t.witnessed(w.witness, w.date);
}

/** P3: the standards and qualifications of every sealed version equal the first's, sealed before the first step that applies them. */
function standards(site: Site, versions: LogEntry[], roundKey: string, notices: readonly NoticeDate[]): LedgerEvidence {
  const first = versions[0];
  if (!first) return { status: 'not-applicable', evidence: t.roundUnsealed, records: [roundKey] };
  const changed = versions.slice(1).filter((v) => changedBindingFields(first.data, v.data).length > 0);
  if (changed.length) return { status: 'failed', evidence: t.standardsChanged(changed.map((v) => v.version), changed.map((v) => v.seq)), records: [roundKey] };
  const step = firstStep(notices, true);
  const later = t.laterVersions(versions.length - 1);
  const sealed = t.standardsSealed(first.sealed, first.seq, shortHash(first.hash));
  if (step && first.sealed > step) return { status: 'provable-since', evidence: t.provableSince(first.sealed, t.standardsLate(first.sealed, step), `${sealed}，${later}`), records: [roundKey] };
  return { status: 'met', evidence: `${sealed}${step ? t.beforeStep(step) : ''}，${later}；${witnessText(site, first, step)}`, records: [roundKey] };
}

/** D9: each decision was published while the round's standards, sealed before it, were those first sealed. */
function decisions(site: Site, roundId: string, first: LogEntry | undefined, notices: readonly NoticeDate[]): LedgerEvidence {
  const list = notices.filter((n) => n.kind === 'decisions');
  const ids = list.map((n) => n.key);
  if (ids.length === 0) return { status: 'not-applicable', evidence: t.noDecisions, records: [] };
  if (!first) return { status: 'not-applicable', evidence: t.roundUnsealed, records: ids };
  const late = list.filter((d) => d.published && first.sealed > d.published);
  const shown = list.map((d) => `${d.published ?? '?'}`).join('、');
  if (late.length)
    return {
      status: 'provable-since',
      evidence: t.provableSince(first.sealed, t.decisionLate(late.map((d) => d.published!).join('、'), first.sealed), t.decisionBasis(first.sealed, first.seq, shortHash(first.hash))),
      records: [`rounds/${roundId}`, ...ids],
    };
  const step = list.map((d) => d.published).filter((d): d is string => !!d).sort()[0];
  return {
    status: 'met',
    evidence: `${t.decisionsMet(shown, first.sealed, first.seq, shortHash(first.hash))}；${witnessText(site, first, step)}`,
    records: [`rounds/${roundId}`, ...ids],
  };
}

/** E1: every record of the round was sealed by its publication, and every later version carries the correction that made it. */
function corrections(site: Site, ds: Dataset, list: readonly NoticeDate[]): LedgerEvidence {
  const sealed = list.filter((r) => site.versions.has(r.key));
  if (sealed.length === 0) return { status: 'not-applicable', evidence: t.nothingSealed, records: [] };
  const later = sealed.flatMap((r) => site.versions.get(r.key)!.slice(1));
  const silent = later.filter((v) => !v.correction);
  if (silent.length) return { status: 'failed', evidence: t.silentChange(silent.map((v) => t.version(recordName(ds, v.key), v.version))), records: silent.map((v) => v.key) };
  const firsts = sealed.map((r) => ({ r, e: site.versions.get(r.key)![0]! }));
  const late = firsts.filter(({ r, e }) => r.published && e.sealed > r.published);
  const changed = later.map((v) => t.correctedBy(recordName(ds, v.key), v.version, t.correction(titleOf(ds, v.correction!))));
  const records = later.length ? [...new Set([...later.map((v) => v.key), ...later.map((v) => v.correction!)])] : sealed.map((r) => r.key);
  const base = t.sealedCount(sealed.length, changed, late.length === 0);
  if (late.length) {
    const since = late.map(({ e }) => e.sealed).sort().at(-1)!;
    return { status: 'provable-since', evidence: t.provableSince(since, t.recordsLate(late.length, sealed.length), base), records: late.map(({ r }) => r.key) };
  }
  // The record whose witness came last bounds what the witnesses vouch for.
  const witnessed = firsts.map(({ e }) => witnessOf(site, e.seq));
  const missing = witnessed.filter((w) => !w).length;
  const lastSeen = witnessed.filter((w) => !!w).sort((a, b) => a!.time - b!.time).at(-1);
  const vouch = missing ? t.someUnwitnessed(missing, sealed.length) : lastSeen ? t.allWitnessed(lastSeen.witness, lastSeen.date) : t.unwitnessed;
  return { status: 'met', evidence: `${base}；${vouch}`, records };
}
