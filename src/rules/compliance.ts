/**
 * The compliance panel of a round: for every rule of the catalog, whether the round met it, with
 * the evidence in plain Chinese and the records it rests on. It reads the same rule outcomes as
 * the validator, so the panel and `npm run validate` cannot disagree.
 */
import { evaluateRules, RULE_CATALOG, type Outcome, type RuleDef, type Status } from './index.ts';
import { trailOf, type TrailLink } from './supervision.ts';
import type { Dataset } from '../domain/dataset.ts';
import { ledgerEvidence } from './ledger-evidence.ts';
import type { LedgerSite } from '../ledger/site.ts';
import { EVIDENCE_JOIN, RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

export type { Status } from './index.ts';
export type { TrailLink } from './supervision.ts';
export { TRAIL_ROLES, type TrailRole } from '../i18n/zh-cn-rules.ts';

/** One line of the panel. */
export interface RuleCompliance {
  rule: RuleDef;
  status: Status;
  /** What was checked, in Chinese, e.g. 出席 9/11 人,法定人数 8 人. */
  evidence: string;
  /** Why not applicable, the declared exception's reason, or what failed. */
  reason?: string;
  /** Records the evidence comes from, as kind/id. */
  records: string[];
}

/** Worst first: one failed subject fails the rule for the round. */
const RANK: Record<Status, number> = { failed: 4, exception: 3, 'provable-since': 2, met: 1, 'not-applicable': 0 };

/** Outcomes of each rule by round, and the jurisdiction-wide ones, grouped once per dataset. */
interface OutcomeIndex {
  byRound: Map<string, Map<string, Outcome[]>>;
  wide: Map<string, Outcome[]>;
}
const indexes = new WeakMap<Dataset, OutcomeIndex>();

function outcomeIndex(ds: Dataset): OutcomeIndex {
  let index = indexes.get(ds);
  if (index) return index;
  index = { byRound: new Map(), wide: new Map() };
  for (const [rule, outcomes] of evaluateRules(ds)) {
    for (const o of outcomes) {
      let byRule = index.wide;
      if (o.round !== undefined) {
        byRule = index.byRound.get(o.round) ?? new Map();
        index.byRound.set(o.round, byRule);
      }
      const list = byRule.get(rule) ?? [];
      byRule.set(rule, list);
      list.push(o);
    }
  }
  indexes.set(ds, index);
  return index;
}

/** Outcomes of rule `id` that concern round `roundId`: its own, and the yearly ones of its year. */
function concerning(ds: Dataset, id: string, roundId: string, year: number): Outcome[] {
  const index = outcomeIndex(ds);
  const own = index.byRound.get(roundId)?.get(id) ?? [];
  const wide = (index.wide.get(id) ?? []).filter((o) => o.year === undefined || o.year === year);
  return [...own, ...wide];
}

/**
 * For every rule of the catalog, how round `roundId` stands, with evidence and records. The ledger's
 * rules (P3, D9, E1) are read from `ledger` when given; without it they are left to the ledger.
 */
export function complianceOfRound(ds: Dataset, roundId: string, ledger?: LedgerSite): RuleCompliance[] {
  const round = ds.byKind.rounds.get(roundId);
  if (!round) throw new Error(`no round ${roundId}`);
  const fromLedger = ledger ? ledgerEvidence(ledger, ds, roundId) : undefined;
  return RULE_CATALOG.map((rule) => {
    if (rule.enforcedBy === 'ledger') {
      const found = fromLedger?.[rule.id as keyof NonNullable<typeof fromLedger>];
      if (found) return { rule, ...found, ...(found.status === 'met' ? {} : { reason: found.evidence }) };
      const reason = RULE_EVIDENCE.panel.ledgerRule;
      return { rule, status: 'not-applicable' as const, evidence: reason, reason, records: [] };
    }
    const outcomes = concerning(ds, rule.id, roundId, round.data.year);
    if (outcomes.length === 0) {
      const reason = RULE_EVIDENCE.panel.noRecords;
      return { rule, status: 'not-applicable' as const, evidence: reason, reason, records: [] };
    }
    const status = outcomes.reduce<Status>((s, o) => (RANK[o.status] > RANK[s] ? o.status : s), 'not-applicable');
    const relevant = status === 'not-applicable' ? outcomes : outcomes.filter((o) => o.status !== 'not-applicable');
    const evidence = unique(relevant.map((o) => o.evidence)).join(EVIDENCE_JOIN.clauses);
    const reasons =
      status === 'failed'
        ? outcomes.flatMap((o) => o.findings.map((f) => f.message))
        : status === 'exception'
          ? outcomes.filter((o) => o.status === 'exception').map((o) => o.reason ?? '')
          : status === 'not-applicable'
            ? outcomes.map((o) => o.reason ?? o.evidence)
            : [];
    const reason = unique(reasons.filter(Boolean)).join(EVIDENCE_JOIN.clauses);
    return { rule, status, evidence, ...(reason ? { reason } : {}), records: unique(outcomes.flatMap((o) => o.records)) };
  });
}

/** Everyone answerable for `personId`'s appointment in round `roundId` (E3), each with the record naming them. */
export function accountabilityTrail(ds: Dataset, roundId: string, personId: string): TrailLink[] {
  return trailOf(ds, roundId, personId);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
