/**
 * The /rules/ page: every rule of the catalog by stage, with its plain-language explanation, its
 * sources (the 条例 by chapter, the jurisdiction's own measures by the document named in site.yaml),
 * whether an exception may be declared, who enforces it, and the parameter values in force.
 */
import type { Site } from '../schemas/site.ts';
import { paramText, RULE_STAGES, SOURCE_TEXT, type RuleStage } from '../i18n/zh-cn-rules.ts';
import { RULE_CATALOG, type RuleSource } from '../rules/index.ts';

/** One rule as the page shows it. */
export interface RuleEntry {
  id: string;
  title: string;
  explanation: string;
  /** Each source once, in words; never empty. */
  sources: string[];
  /** Parameters read from site.yaml, in words with their current values. */
  params: string[];
  exceptionAllowed: boolean;
  ledger: boolean;
}

/** The page: a note on what the sources are, and the rules grouped by stage in procedural order. */
export interface RulesPageView {
  count: number;
  sourcesNote: string;
  stages: { id: RuleStage; label: string; rules: RuleEntry[] }[];
}

/** A source as cited on the page. */
export function formatSource(source: RuleSource, site: Pick<Site, 'supervisionMeasures'>): string {
  if (source.document === 'tiaoli') return SOURCE_TEXT.tiaoli(source.chapter);
  const m = site.supervisionMeasures;
  return SOURCE_TEXT.measures(m.title, m.number);
}

/** The rules page for the jurisdiction's settings `site` (its measures and the parameters in force). */
export function rulesPage(site: Pick<Site, 'rules' | 'supervisionMeasures'>): RulesPageView {
  const params = site.rules;
  const entries = RULE_CATALOG.map(
    (r): RuleEntry => ({
      id: r.id,
      title: r.title,
      explanation: r.explanation,
      sources: [...new Set(r.sources.map((s) => formatSource(s, site)))],
      params: r.params.map((p) => paramText(p, params[p])),
      exceptionAllowed: r.exceptionAllowed,
      ledger: r.enforcedBy === 'ledger',
    }),
  );
  const stages = (Object.keys(RULE_STAGES) as RuleStage[])
    .map((id) => ({ id, label: RULE_STAGES[id], rules: entries.filter((e) => e.id.startsWith(id)) }))
    .filter((s) => s.rules.length > 0);
  const m = site.supervisionMeasures;
  return { count: entries.length, sourcesNote: SOURCE_TEXT.measuresNote(m.title, m.number), stages };
}
