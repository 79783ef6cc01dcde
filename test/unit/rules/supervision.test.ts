import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes } from '../../fixtures/build.ts';

describe('E2 annual supervision inspections', () => {
  it('passes a pre-announced inspection whose findings were published', () => {
    const ds = buildFixture();
    expect(findings(ds, 'E2')).toEqual([]);
    expect(outcomes(ds, 'E2')[0]!.evidence).toBe('2026年检查预告2026-09-01发布，检查2026-09-15至2026-10-15；检查结果2026-10-30公布');
  });

  it('fails findings that follow no pre-announcement', () => {
    const ds = buildFixture((r) => delete r['supervision-reports/jc-jg'].announcement);
    expect(findings(ds, 'E2')).toContainEqual(
      expect.objectContaining({ rule: 'E2', file: 'content/supervision-reports/jc-jg.yaml', path: 'announcement', message: expect.stringContaining('检查结果没有对应的检查预告') }),
    );
  });

  it('fails a past year without published findings', () => {
    const ds = buildFixture((r) => delete r['supervision-reports/jc-jg'], { today: '2027-03-01' });
    expect(findings(ds, 'E2')).toEqual([
      expect.objectContaining({ file: 'content/supervision-reports/jc-yg.yaml', path: 'year', message: expect.stringContaining('2026年的检查已预告，至今没有公布检查结果') }),
      expect.objectContaining({ file: 'content/supervision-reports/', path: '', message: expect.stringContaining('2026年没有发布选人用人工作检查的检查结果') }),
    ]);
  });

  it('links a revoked appointment to its round', () => {
    const ds = buildFixture((r) => (r['supervision-reports/jc-jg'].findings[0].revokes = { round: 'r1', person: 'lin-xc' }));
    expect(findings(ds, 'E2')).toEqual([]);
    expect(outcomes(ds, 'E2').find((o) => o.round === 'r1')).toMatchObject({ status: 'met', evidence: '2026年检查撤销林晓川在本次工作中的任职（2026-10-30公布）' });
  });

  it('fails a revocation of someone never appointed in that round', () => {
    const ds = buildFixture((r) => (r['supervision-reports/jc-jg'].findings[0].revokes = { round: 'r1', person: 'zhou-y' }));
    expect(findings(ds, 'E2')).toEqual([
      expect.objectContaining({ path: 'findings[0].revokes.person', message: expect.stringContaining('周毅（zhou-y）在r1中没有任职记录') }),
    ]);
  });
});

describe('E3 accountability trail', () => {
  it('passes an appointment whose trail is complete', () => {
    const ds = buildFixture();
    expect(findings(ds, 'E3')).toEqual([]);
    expect(outcomes(ds, 'E3')[0]!.evidence).toBe(
      '林晓川：推荐人2人、考察组成员2人、考察评价签名人2人、考官5人、参加表决成员9人、程序情况表签字人1人、汇报人选产生过程1人',
    );
  });

  it('fails an appointment whose trail lacks recommenders and the responsible signer', () => {
    const ds = buildFixture((r) => {
      r['recommendations/tj'].candidates[0].recommenders = [];
      r['decisions/jd'].procedureRecords = [];
    });
    expect(findings(ds, 'E3')).toEqual([
      expect.objectContaining({ rule: 'E3', file: 'content/appointments/rz.yaml', path: 'results[0].person', message: expect.stringContaining('林晓川（lin-xc）的任职查不到推荐人、程序情况表签字人') }),
    ]);
  });
});

describe('E4 yearly feedback reports', () => {
  it('passes a year with a feedback report', () => {
    const ds = buildFixture();
    expect(findings(ds, 'E4')).toEqual([]);
    expect(outcomes(ds, 'E4')).toEqual([expect.objectContaining({ status: 'met', evidence: '2026年发布反馈通报1次（2026-11-10）' })]);
  });

  it('waits for the current year to end', () => {
    const ds = buildFixture((r) => delete r['supervision-reports/jc-tb']);
    expect(findings(ds, 'E4')).toEqual([]);
    expect(outcomes(ds, 'E4')[0]!.status).toBe('not-applicable');
  });

  it('fails a past year without a feedback report', () => {
    const ds = buildFixture((r) => delete r['supervision-reports/jc-tb'], { today: '2027-02-01' });
    expect(findings(ds, 'E4')).toEqual([
      expect.objectContaining({ rule: 'E4', file: 'content/supervision-reports/', path: '', message: expect.stringContaining('2026年没有发布反馈通报') }),
    ]);
  });
});
