import { describe, expect, it } from 'vitest';
import { accountabilityTrail, complianceOfRound } from '../../../src/rules/compliance.ts';
import { RULE_CATALOG } from '../../../src/rules/index.ts';
import { buildFixture } from '../../fixtures/build.ts';

const line = (ds: ReturnType<typeof buildFixture>, id: string) => complianceOfRound(ds, 'r1').find((c) => c.rule.id === id)!;

describe('complianceOfRound', () => {
  it('has one line per catalog rule, in catalog order', () => {
    expect(complianceOfRound(buildFixture(), 'r1').map((c) => c.rule.id)).toEqual(RULE_CATALOG.map((r) => r.id));
  });

  it('finds no failed rule in the base round', () => {
    expect(complianceOfRound(buildFixture(), 'r1').filter((c) => c.status === 'failed')).toEqual([]);
  });

  it('gives the quorum evidence in words', () => {
    expect(line(buildFixture(), 'D2')).toMatchObject({
      status: 'met',
      evidence: '市委第 50 次常委会会议（2026-05-20）：出席9/11人，法定人数8人',
      records: ['decisions/jd', 'bodies/swcwh'],
    });
  });

  it('gives the publicity window in working days', () => {
    expect(line(buildFixture(), 'G2')).toMatchObject({ status: 'met', evidence: '公示期2026-05-25至2026-05-29，共5个工作日（不少于5个）', records: ['publicities/gs'] });
  });

  it('fails a rule when one subject fails, with the finding as the reason', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].window.to = '2026-05-28'));
    expect(line(ds, 'G2')).toMatchObject({ status: 'failed', reason: expect.stringContaining('只有4个工作日，少于5个工作日') });
  });

  it('shows a declared exception with its reason', () => {
    const ds = buildFixture((r) => {
      r['inspection-notices/kc'].inspectees.pop();
      r['inspection-notices/kc'].exceptions = [{ rule: 'I3', reason: '其他人选均不符合任职条件' }];
    });
    expect(line(ds, 'I3')).toMatchObject({ status: 'exception', reason: '其他人选均不符合任职条件', evidence: expect.stringContaining('考察对象1人，少于2人') });
  });

  it('says why a rule does not apply', () => {
    expect(line(buildFixture(), 'D7')).toMatchObject({ status: 'not-applicable', reason: '本次工作没有须全委会票决的职位' });
  });

  it('leaves the ledger rules to the ledger', () => {
    for (const id of ['P3', 'D9', 'E1']) expect(line(buildFixture(), id)).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('发布台账') });
  });

  it('includes the yearly rules of the round’s year', () => {
    expect(line(buildFixture(), 'E4')).toMatchObject({ status: 'met', evidence: '2026年发布反馈通报1次（2026-11-10）', records: ['supervision-reports/jc-tb'] });
  });

  it('throws for an unknown round', () => {
    expect(() => complianceOfRound(buildFixture(), 'nope')).toThrow('no round nope');
  });
});

describe('accountabilityTrail', () => {
  const trail = accountabilityTrail(buildFixture(), 'r1', 'lin-xc');

  it('names recommenders from the recommendation record, with unit and post', () => {
    expect(trail.filter((t) => t.role === 'recommender')).toEqual([
      { role: 'recommender', label: '推荐人', name: '赵文远', unit: '望川市交通运输局', post: '局长', record: 'recommendations/tj', path: 'candidates[0].recommenders[0]' },
      { role: 'recommender', label: '推荐人', name: '钱多多', unit: '望川市交通运输局', post: '科长', record: 'recommendations/tj', path: 'candidates[0].recommenders[1]' },
    ]);
  });

  it('names inspectors, signers, examiners, voters, the procedure signer and the reporter', () => {
    const count = (role: string) => trail.filter((t) => t.role === role).length;
    expect([count('inspector'), count('evaluation-signer'), count('examiner'), count('voter'), count('procedure-signer'), count('reporter')]).toEqual([2, 2, 5, 9, 1, 1]);
    expect(trail.find((t) => t.role === 'procedure-signer')).toEqual({
      role: 'procedure-signer',
      label: '程序情况表签字人',
      name: '邵立群',
      person: 'm3',
      record: 'decisions/jd',
      path: 'procedureRecords[0].signedBy',
    });
  });

  it('leaves out people who only voted on someone else', () => {
    expect(accountabilityTrail(buildFixture(), 'r1', 'zhou-y').filter((t) => t.role === 'voter')).toEqual([]);
  });
});
