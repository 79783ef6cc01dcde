import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../../src/rules/catalog.ts';
import { rulesPage } from '../../../src/view/rules-page.ts';
import { RuleParamsSchema } from '../../../src/schemas/site.ts';

describe('rulesPage', () => {
  const defaults = RuleParamsSchema.parse({});

  it('lists every rule of the catalog once, by stage in procedural order', () => {
    const view = rulesPage(defaults);
    expect(view.count).toBe(RULE_CATALOG.length);
    expect(view.stages.flatMap((s) => s.rules.map((r) => r.id))).toEqual(RULE_CATALOG.map((r) => r.id));
    expect(view.stages[0]?.label).toBe('计划与推荐预告');
  });

  it('shows the parameter values in force, not the defaults', () => {
    const g2 = (p: typeof defaults) => rulesPage(p).stages.flatMap((s) => s.rules).find((r) => r.id === 'G2')!;
    expect(g2(defaults).params).toEqual([`任前公示期:不少于 ${defaults.publicityWorkingDays} 个工作日`]);
    expect(g2({ ...defaults, publicityWorkingDays: 7 }).params).toEqual(['任前公示期:不少于 7 个工作日']);
  });

  it('marks the rules that allow an exception and those the ledger enforces', () => {
    const rules = rulesPage(defaults).stages.flatMap((s) => s.rules);
    expect(rules.find((r) => r.id === 'I3')).toMatchObject({ exceptionAllowed: true, ledger: false });
    expect(rules.filter((r) => r.ledger).map((r) => r.id)).toEqual(['P3', 'D9', 'E1']);
  });
});
