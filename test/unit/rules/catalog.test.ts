import { describe, expect, it } from 'vitest';
import { paramText, RULE_PARAMS, RULE_STAGES, RULE_TEXT } from '../../../src/i18n/zh-cn-rules.ts';
import { RULE_CATALOG, ruleInfo } from '../../../src/rules/index.ts';
import { RuleParamsSchema } from '../../../src/schemas/site.ts';

/** The rule IDs of RULES.md, in order. */
const IDS = 'P1 P2 P3 R1 R2 R3 R4 I1 I2 I3 I4 I5 I6 I7 I8 I9 I10 I11 X1 X2 X3 X4 D1 D2 D3 D4 D5 D6 D7 D8 D9 D10 G1 G2 G3 G4 G5 G6 G7 A1 A2 A3 C1 C2 C3 C4 E1 E2 E3 E4 E5'.split(' ');

describe('rule catalog', () => {
  it('lists every rule of RULES.md once, in its order', () => {
    expect(RULE_CATALOG.map((r) => r.id)).toEqual(IDS);
  });

  it('defines each rule once, in the stage its ID names', () => {
    for (const r of RULE_CATALOG) expect(RULE_STAGES[r.stage], r.id).toBeDefined();
    for (const r of RULE_CATALOG) expect(r.id.startsWith(r.stage), r.id).toBe(true);
  });

  it('has wording for exactly the rules defined', () => {
    expect(Object.keys(RULE_TEXT).sort()).toEqual(RULE_CATALOG.map((r) => r.id).sort());
  });

  it('gives every rule a Chinese title and explanation in official typography', () => {
    for (const r of RULE_CATALOG) {
      expect(r.title, r.id).toMatch(/\p{Script=Han}/u);
      expect(r.explanation.length, r.id).toBeGreaterThan(10);
      // Half-width , ; ( ) and a colon outside a ratio (1:2) are not Chinese punctuation.
      expect(`${r.title}${r.explanation}`, r.id).not.toMatch(/[,;()]|(?<!\d):|:(?!\d)/);
    }
  });

  it('cites at least one source for every rule, and the 条例 only by chapter', () => {
    for (const r of RULE_CATALOG) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) if (s.document === 'tiaoli') expect(s.chapter, r.id).toMatch(/^第[一二三四五六七八九十]+章“[^”]+”$/);
    }
  });

  it('names only parameters that site.yaml has', () => {
    const keys = Object.keys(RuleParamsSchema.shape);
    for (const r of RULE_CATALOG) for (const p of r.params) expect(keys, r.id).toContain(p);
  });

  it('allows an exception only where RULES.md does (I3)', () => {
    expect(RULE_CATALOG.filter((r) => r.exceptionAllowed).map((r) => r.id)).toEqual(['I3']);
  });

  it('finds a rule by its ID', () => {
    expect(ruleInfo('D2')?.title).toBe('到会人数');
    expect(ruleInfo('Z9')).toBeUndefined();
  });
});

describe('rule parameters in words', () => {
  it('describes every parameter of site.yaml', () => {
    expect(Object.keys(RULE_PARAMS).sort()).toEqual(Object.keys(RuleParamsSchema.shape).sort());
  });

  it('reads the defaults as a citizen would', () => {
    const defaults = RuleParamsSchema.parse({});
    expect(paramText('publicityWorkingDays', defaults.publicityWorkingDays)).toBe('任前公示期：不少于5个工作日');
    expect(paramText('quorum', defaults.quorum)).toBe('到会人数：应到会成员的三分之二以上');
    expect(paramText('differentialRatio', defaults.differentialRatio)).toBe('差额考察比例：每个职数至少2名考察对象（1:2）');
  });
});
