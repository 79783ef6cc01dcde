/**
 * Every cross-record rule, run in catalog order over a built dataset. Each rule evaluates to
 * outcomes (evidence for the compliance panel); the checks turn failed outcomes into findings, so
 * the validator and the panel share one computation.
 */
import type { Dataset } from '../domain/dataset.ts';
import type { Problem } from '../domain/problem.ts';
import { LEDGER_RULES } from './ledger-evidence.ts';
import { RULE_STAGES } from '../i18n/zh-cn-rules.ts';
import { APPOINTMENT_RULES } from './appointment.ts';
import { CORRECTION_RULES } from './correction.ts';
import { DECISION_RULES } from './decision.ts';
import { EXAMINATION_RULES } from './examination.ts';
import { INSPECTION_RULES } from './inspection.ts';
import { INTEGRITY_RULES } from './integrity.ts';
import { PLAN_RULES } from './plan.ts';
import { PUBLICITY_RULES } from './publicity.ts';
import { RECOMMENDATION_RULES } from './recommendation.ts';
import type { Outcome, RuleDef } from './rule.ts';
import { SUPERVISION_RULES } from './supervision.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

export type { Finding, Outcome, RuleDef, RuleSource, Status } from './rule.ts';

/** A rule check: pure function from the dataset to its findings. */
export type RuleCheck = (ds: Dataset) => Problem[];

const STAGE_ORDER = Object.keys(RULE_STAGES);

/** Catalog order: by stage in procedural order, then by number (I9 before I10). */
function catalogOrder(a: RuleDef, b: RuleDef): number {
  return STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || Number(a.id.slice(1)) - Number(b.id.slice(1));
}

/** Every rule of RULES.md, in catalog order: what /rules/, the validator and the compliance panel read. */
export const RULE_CATALOG: readonly RuleDef[] = [
  ...LEDGER_RULES,
  ...PLAN_RULES,
  ...RECOMMENDATION_RULES,
  ...INSPECTION_RULES,
  ...EXAMINATION_RULES,
  ...DECISION_RULES,
  ...PUBLICITY_RULES,
  ...APPOINTMENT_RULES,
  ...INTEGRITY_RULES,
  ...SUPERVISION_RULES,
  ...CORRECTION_RULES,
].sort(catalogOrder);

/** Every rule the validator evaluates (all but the ledger's P3, D9, E1), in catalog order. */
export const RULES = RULE_CATALOG.filter((r): r is RuleDef & { evaluate: (ds: Dataset) => Outcome[] } => r.evaluate !== undefined);

const BY_ID = new Map<string, RuleDef>(RULE_CATALOG.map((r) => [r.id, r]));

/** The rule with `id`, or undefined. */
export function ruleInfo(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}

const evaluations = new WeakMap<Dataset, Map<string, Outcome[]>>();

/** Outcomes of every rule, evaluated once per dataset, with declared exceptions applied. */
export function evaluateRules(ds: Dataset): Map<string, Outcome[]> {
  let all = evaluations.get(ds);
  if (!all) {
    all = new Map(RULES.map((r) => [r.id, r.evaluate(ds).map(applyException)]));
    evaluations.set(ds, all);
  }
  return all;
}

/** A failure the subject record excuses with a declared exception, where the catalog allows one. */
function applyException(o: Outcome): Outcome {
  if (o.status !== 'failed' || !o.subject || !ruleInfo(o.rule)?.exceptionAllowed) return o;
  const declared = (o.subject.data as { exceptions?: { rule: string; reason: string }[] }).exceptions?.find((e) => e.rule === o.rule);
  return declared ? { ...o, status: 'exception', reason: declared.reason, findings: [] } : o;
}

/** The findings of one rule as problems, each once. */
function findingsOf(id: string): RuleCheck {
  return (ds) => {
    const seen = new Set<string>();
    const out: Problem[] = [];
    for (const o of evaluateRules(ds).get(id) ?? []) {
      for (const f of o.findings) {
        const k = `${f.file}\0${f.path}\0${f.message}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ rule: id, ...f });
      }
    }
    return out;
  };
}

/** Declared exceptions must name a rule that allows one and that the record would otherwise fail. */
export const checkExceptions: RuleCheck = (ds) => {
  const out: Problem[] = [];
  const used = new Set<string>();
  for (const outcomes of evaluateRules(ds).values())
    for (const o of outcomes) if (o.status === 'exception' && o.subject) used.add(`${o.subject.kind}/${o.subject.id}#${o.rule}`);
  for (const e of ds.notices) {
    (e.data.exceptions ?? []).forEach((x, i) => {
      const info = ruleInfo(x.rule);
      const path = `exceptions[${i}].rule`;
      if (!info) out.push({ rule: x.rule, file: e.file, path, message: RULE_EVIDENCE.exceptions.unknownRule(x.rule) });
      else if (!info.exceptionAllowed)
        out.push({ rule: x.rule, file: e.file, path, message: RULE_EVIDENCE.exceptions.notAllowed(x.rule, info.title) });
      else if (!used.has(`${e.kind}/${e.id}#${x.rule}`))
        out.push({ rule: x.rule, file: e.file, path, message: RULE_EVIDENCE.exceptions.notNeeded(x.rule, info.title) });
    });
  }
  return out;
};

/** The checks in force: one per rule, then the check of declared exceptions. */
export const CHECKS: RuleCheck[] = [...RULES.map((r) => findingsOf(r.id)), checkExceptions];

/** Run every rule and collect the findings. */
export function runRules(ds: Dataset): Problem[] {
  return CHECKS.flatMap((check) => check(ds));
}
