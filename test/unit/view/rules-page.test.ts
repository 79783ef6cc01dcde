import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../../src/rules/index.ts';
import { rulesPage } from '../../../src/view/rules-page.ts';
import { RuleParamsSchema } from '../../../src/schemas/site.ts';

describe('rulesPage', () => {
  const defaults = RuleParamsSchema.parse({});
  const site = { rules: defaults, supervisionMeasures: { title: '望川市干部选拔任用工作全程监督实施办法', number: '望组发〔2025〕3号' } };
  const rule = (id: string, s = site) => rulesPage(s).stages.flatMap((st) => st.rules).find((r) => r.id === id)!;

  it('lists every rule of the catalog once, by stage in procedural order', () => {
    const view = rulesPage(site);
    expect(view.count).toBe(RULE_CATALOG.length);
    expect(view.stages.flatMap((s) => s.rules.map((r) => r.id))).toEqual(RULE_CATALOG.map((r) => r.id));
    expect(view.stages[0]?.label).toBe('计划与推荐预告');
  });

  it('shows the parameter values in force, not the defaults', () => {
    expect(rule('G2').params).toEqual([`任前公示期：不少于${defaults.publicityWorkingDays}个工作日`]);
    expect(rule('G2', { ...site, rules: { ...defaults, publicityWorkingDays: 7 } }).params).toEqual(['任前公示期：不少于7个工作日']);
  });

  it('cites the 条例 by chapter and the seed’s mechanisms as the jurisdiction’s own measures, each once', () => {
    expect(rule('D2').sources).toEqual(['《党政领导干部选拔任用工作条例》（2019年）第六章“讨论决定”']);
    expect(rule('I6').sources).toEqual(['本市监督措施：《望川市干部选拔任用工作全程监督实施办法》（望组发〔2025〕3号）']);
    expect(rule('D7').sources).toEqual(['本市监督措施：《望川市干部选拔任用工作全程监督实施办法》（望组发〔2025〕3号）', '《党政领导干部选拔任用工作条例》（2019年）第六章“讨论决定”']);
  });

  it('names the measures document set in site.yaml and says it is local policy', () => {
    const other = { ...site, supervisionMeasures: { title: '青川市干部选拔任用工作全程监督办法', number: '青组发〔2024〕9号' } };
    expect(rule('P1', other).sources).toEqual(['本市监督措施：《青川市干部选拔任用工作全程监督办法》（青组发〔2024〕9号）']);
    expect(rulesPage(other).sourcesNote).toContain('不是全国性法规');
  });

  it('leaves no rule without a source and shows no drafting note or study paper', () => {
    const all = rulesPage(site).stages.flatMap((s) => s.rules);
    for (const r of all) expect(r.sources.length, r.id).toBeGreaterThan(0);
    const text = JSON.stringify(all);
    expect(text).not.toMatch(/≈|推定|待核实|第[一二三四五六七八九十]+条|机制研究/);
  });

  it('marks the rules that allow an exception and those the ledger enforces', () => {
    const rules = rulesPage(site).stages.flatMap((s) => s.rules);
    expect(rules.find((r) => r.id === 'I3')).toMatchObject({ exceptionAllowed: true, ledger: false });
    expect(rules.filter((r) => r.ledger).map((r) => r.id)).toEqual(['P3', 'D9', 'E1']);
  });
});
