/**
 * The /rules/ page: every rule of the catalog by stage, with its plain-language explanation, its
 * sources, whether an exception may be declared, who enforces it, and the parameter values in force
 * in this jurisdiction's site settings.
 */
import type { RuleParams } from '../schemas/site.ts';
import { formatSource, paramText, RULE_CATALOG, RULE_STAGES, type RuleStage } from '../rules/catalog.ts';

/** One rule as the page shows it. */
export interface RuleEntry {
  id: string;
  title: string;
  explanation: string;
  sources: string[];
  /** Parameters read from site.yaml, in words with their current values. */
  params: string[];
  exceptionAllowed: boolean;
  ledger: boolean;
}

/** The page: rules grouped by stage in procedural order. */
export interface RulesPageView {
  count: number;
  stages: { id: RuleStage; label: string; rules: RuleEntry[] }[];
}

/** The rules page for the parameters `params` in force. */
export function rulesPage(params: RuleParams): RulesPageView {
  const entries = RULE_CATALOG.map(
    (r): RuleEntry => ({
      id: r.id,
      title: r.title,
      explanation: r.explanation,
      sources: r.sources.map(formatSource),
      params: r.params.map((p) => paramText(p, params[p])),
      exceptionAllowed: r.exceptionAllowed,
      ledger: r.enforcedBy === 'ledger',
    }),
  );
  const stages = (Object.keys(RULE_STAGES) as RuleStage[])
    .map((id) => ({ id, label: RULE_STAGES[id], rules: entries.filter((e) => e.id.startsWith(id)) }))
    .filter((s) => s.rules.length > 0);
  return { count: entries.length, stages };
}
