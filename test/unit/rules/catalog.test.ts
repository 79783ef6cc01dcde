import { describe, expect, it } from 'vitest';
import { formatSource, paramText, RULE_CATALOG, RULE_PARAMS, RULE_STAGES, ruleInfo } from '../../../src/rules/catalog.ts';
import { RuleParamsSchema } from '../../../src/schemas/site.ts';

/** The rule IDs of RULES.md, in order. */
const IDS = 'P1 P2 P3 R1 R2 R3 R4 I1 I2 I3 I4 I5 I6 I7 I8 I9 I10 X1 X2 X3 X4 D1 D2 D3 D4 D5 D6 D7 D8 D9 G1 G2 G3 G4 G5 G6 G7 A1 A2 A3 C1 C2 C3 C4 E1 E2 E3 E4'.split(' ');

describe('rule catalog', () => {
  it('lists every rule of RULES.md once, grouped by stage in procedural order', () => {
    const order = Object.keys(RULE_STAGES);
    const byStage = [...RULE_CATALOG].sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
    expect(byStage.map((r) => r.id).sort()).toEqual([...IDS].sort());
    expect(RULE_CATALOG.map((r) => r.id)).toEqual(byStage.map((r) => r.id));
  });

  it('gives every rule a Chinese title and explanation', () => {
    for (const r of RULE_CATALOG) {
      expect(r.title, r.id).toMatch(/\p{Script=Han}/u);
      expect(r.explanation.length, r.id).toBeGreaterThan(10);
    }
  });

  it('names only parameters that site.yaml has', () => {
    const keys = Object.keys(RuleParamsSchema.shape);
    for (const r of RULE_CATALOG) for (const p of r.params) expect(keys, r.id).toContain(p);
  });

  it('allows an exception only where RULES.md does (I3)', () => {
    expect(RULE_CATALOG.filter((r) => r.exceptionAllowed).map((r) => r.id)).toEqual(['I3']);
  });

  it('marks an inferred 条例 article with ≈', () => {
    const d2 = ruleInfo('D2')!;
    expect(d2.sources.map(formatSource)).toEqual(['《党政领导干部选拔任用工作条例》(2019)≈第三十八条(条款序号系推定,待核实)']);
    expect(ruleInfo('G1')!.sources.map(formatSource)).toEqual(['《党政领导干部选拔任用工作条例》(2019)第四十二条']);
  });
});

describe('rule parameters in words', () => {
  it('describes every parameter of site.yaml', () => {
    expect(Object.keys(RULE_PARAMS).sort()).toEqual(Object.keys(RuleParamsSchema.shape).sort());
  });

  it('reads the defaults as a citizen would', () => {
    const defaults = RuleParamsSchema.parse({});
    expect(paramText('publicityWorkingDays', defaults.publicityWorkingDays)).toBe('任前公示期:不少于 5 个工作日');
    expect(paramText('quorum', defaults.quorum)).toBe('到会人数:应到会成员的三分之二以上');
    expect(paramText('differentialRatio', defaults.differentialRatio)).toBe('差额考察比例:每个职数至少 2 名考察对象(1:2)');
  });
});
