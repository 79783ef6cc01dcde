import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../../src/rules/index.ts';
import { CHECKS, RULES, runRules } from '../../../src/rules/index.ts';
import { buildFixture } from '../../fixtures/build.ts';

describe('rule engine', () => {
  it('implements every catalog rule the validator enforces, in catalog order', () => {
    expect(RULES.map((r) => r.id)).toEqual(RULE_CATALOG.filter((r) => r.enforcedBy === 'rules').map((r) => r.id));
  });

  it('leaves P3, D9 and E1 to the ledger', () => {
    expect(RULE_CATALOG.filter((r) => r.enforcedBy === 'ledger').map((r) => r.id)).toEqual(['P3', 'D9', 'E1']);
  });

  it('has one check per rule plus the check of declared exceptions', () => {
    expect(CHECKS).toHaveLength(RULES.length + 1);
  });

  it('finds nothing wrong with the base fixture', () => {
    expect(runRules(buildFixture())).toEqual([]);
  });
});

describe('declared exceptions', () => {
  it('rejects an exception to a rule that allows none', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].exceptions = [{ rule: 'D2', reason: '人数不足' }]));
    expect(runRules(ds)).toEqual([
      expect.objectContaining({ rule: 'D2', file: 'content/decisions/jd.yaml', path: 'exceptions[0].rule', message: expect.stringContaining('规则D2（到会人数）不允许声明例外') }),
    ]);
  });

  it('rejects an exception the record does not need', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].exceptions = [{ rule: 'I3', reason: '无' }]));
    expect(runRules(ds)).toEqual([expect.objectContaining({ rule: 'I3', path: 'exceptions[0].rule', message: expect.stringContaining('本记录并未违反规则I3（差额考察），不需要例外') })]);
  });

  it('rejects a rule ID that is not in the catalog', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].exceptions = [{ rule: 'I42', reason: '无' }]));
    expect(runRules(ds)).toEqual([expect.objectContaining({ rule: 'I42', message: expect.stringContaining('规则目录中没有I42') })]);
  });
});
