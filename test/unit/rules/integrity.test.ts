import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes, type Records } from '../../fixtures/build.ts';

const LZ = 'content/integrity-summaries/lz-lin.yaml';

describe('C1 two-circles review', () => {
  it('passes a review during the inspection', () => {
    const ds = buildFixture();
    expect(findings(ds, 'C1')).toEqual([]);
    expect(outcomes(ds, 'C1')[0]!.evidence).toBe('林晓川：“两圈”情况已于考察中查阅（2026-04-28），未发现问题');
  });

  it('fails a report the team did not review', () => {
    const ds = buildFixture((r) => (r['integrity-summaries/lz-lin'].twoCircles.reviewed = false));
    expect(findings(ds, 'C1')).toEqual([
      expect.objectContaining({ rule: 'C1', file: LZ, path: 'twoCircles.reviewed', message: expect.stringContaining('考察组没有查阅林晓川（lin-xc）的“两圈”情况申报表') }),
    ]);
  });

  it('fails a review dated outside the inspection period', () => {
    const ds = buildFixture((r) => (r['integrity-summaries/lz-lin'].twoCircles.date = '2026-05-05'));
    expect(findings(ds, 'C1')).toEqual([expect.objectContaining({ path: 'twoCircles.date', message: expect.stringContaining('日期2026-05-05不在考察期（2026-04-27至2026-04-30）内') })]);
  });

  it('fails a decided candidate without any integrity summary', () => {
    const ds = buildFixture((r) => delete r['integrity-summaries/lz-lin']);
    expect(findings(ds, 'C1')).toEqual([
      expect.objectContaining({ file: 'content/decisions/jd.yaml', path: 'items[0].person', message: expect.stringContaining('林晓川（lin-xc）没有廉政情况记录') }),
    ]);
  });
});

describe('C2 asset declaration', () => {
  it('passes a submitted declaration', () => {
    const ds = buildFixture();
    expect(findings(ds, 'C2')).toEqual([]);
    expect(outcomes(ds, 'C2')[0]!.evidence).toBe('林晓川：财产申报已提交（2026-02-06）');
  });

  it('fails a declaration not submitted', () => {
    const ds = buildFixture((r) => (r['integrity-summaries/lz-lin'].assetDeclaration = { submitted: false }));
    expect(findings(ds, 'C2')).toEqual([
      expect.objectContaining({ rule: 'C2', file: LZ, path: 'assetDeclaration.submitted', message: expect.stringContaining('林晓川（lin-xc）没有申报个人及家庭财产') }),
    ]);
  });
});

describe('C3 debts', () => {
  it('passes debts above the threshold with a repayment plan reported', () => {
    const ds = buildFixture((r) => (r['integrity-summaries/lz-lin'].debts = { atOrAboveThreshold: true, repaymentPlanReported: true }));
    expect(findings(ds, 'C3')).toEqual([]);
    expect(outcomes(ds, 'C3')[0]).toMatchObject({ status: 'met', evidence: '林晓川：有5000元以上负债，已报告还款计划' });
  });

  it('fails debts above the threshold without a repayment plan, naming the threshold in force', () => {
    const ds = buildFixture((r) => {
      r['site/site'].rules = { debtThreshold: 3000 };
      r['integrity-summaries/lz-lin'].debts = { atOrAboveThreshold: true };
    });
    expect(findings(ds, 'C3')).toEqual([
      expect.objectContaining({ rule: 'C3', file: LZ, path: 'debts.repaymentPlanReported', message: expect.stringContaining('有3000元以上负债，没有报告还款计划') }),
    ]);
  });
});

describe('C4 economic responsibility audit', () => {
  const head = (audit?: object) => (r: Records) => {
    r['rounds/r1'].positions[0].unitHead = true;
    if (audit) r['integrity-summaries/lz-lin'].audit = audit;
  };

  it('passes a head of unit audited before the decision', () => {
    const ds = buildFixture(head({ kind: '任中审计', date: '2026-04-10', conclusion: 'no-violation' }));
    expect(findings(ds, 'C4')).toEqual([]);
    expect(outcomes(ds, 'C4')[0]).toMatchObject({ status: 'met', evidence: '林晓川：任中审计2026-04-10，未发现违纪；讨论决定2026-05-20' });
  });

  it('fails a head of unit without an audit', () => {
    const ds = buildFixture(head());
    expect(findings(ds, 'C4')).toEqual([
      expect.objectContaining({ rule: 'C4', file: LZ, path: 'audit.kind', message: expect.stringContaining('（单位主要负责人），须在讨论决定前完成经济责任审计') }),
    ]);
  });

  it('fails an audit dated after the decision', () => {
    const ds = buildFixture(head({ kind: '离任审计', date: '2026-05-25', conclusion: 'no-violation' }));
    expect(findings(ds, 'C4')).toEqual([expect.objectContaining({ path: 'audit.date', message: expect.stringContaining('审计日期2026-05-25晚于讨论决定日期2026-05-20') })]);
  });
});
