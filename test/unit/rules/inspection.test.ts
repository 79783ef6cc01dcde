import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/rules/index.ts';
import { buildFixture, findings, outcomes, type Records } from '../../fixtures/build.ts';

const KC = 'content/inspection-notices/kc.yaml';
const REPORT = 'content/inspection-reports/kcbg-lin.yaml';

describe('I1 inspection pre-announcement', () => {
  it('passes a notice published before inspection starts', () => {
    const ds = buildFixture();
    expect(findings(ds, 'I1')).toEqual([]);
    expect(outcomes(ds, 'I1')[0]!.evidence).toBe('考察预告2026-04-20发布，考察2026-04-27至2026-04-30；考察对象2人、考察组2人，举报电话0000-12380');
  });

  it('fails a notice published on the first day of inspection', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].published = '2026-04-27'));
    expect(findings(ds, 'I1')).toEqual([
      expect.objectContaining({ rule: 'I1', file: KC, path: 'published', message: expect.stringContaining('考察预告应在考察开始之前发布') }),
    ]);
  });

  it('fails a decision on someone who was never announced for inspection', () => {
    const ds = buildFixture((r) => r['decisions/jd'].items.push({ person: 'wu-f', position: 'p1', yes: 0, no: 9, abstain: 0, result: 'rejected' }));
    expect(findings(ds, 'I1')).toEqual([
      expect.objectContaining({ file: 'content/decisions/jd.yaml', path: 'items[1].person', message: expect.stringContaining('吴帆（wu-f）不在本次工作任何考察预告的考察对象中') }),
    ]);
  });
});

describe('I2 joint pre-review', () => {
  it('passes a pre-review by the organisation and discipline departments before the notice', () => {
    expect(findings(buildFixture(), 'I2')).toEqual([]);
  });

  it('fails a pre-review dated after the notice', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].preReview.date = '2026-04-21'));
    expect(findings(ds, 'I2')).toEqual([expect.objectContaining({ rule: 'I2', path: 'preReview.date', message: expect.stringContaining('会审日期2026-04-21晚于考察预告发布日期2026-04-20') })]);
  });

  it('fails a pre-review without the discipline department', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].preReview.departments = ['中共望川市委组织部', '望川市交通运输局']));
    expect(findings(ds, 'I2')).toEqual([expect.objectContaining({ path: 'preReview.departments', message: expect.stringContaining('中没有纪检监察机关') })]);
  });

  it('fails an inspectee the pre-review found a problem with', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].preReview.findings = [{ person: 'lin-xc', finding: '有信访举报尚未查结' }]));
    expect(findings(ds, 'I2')).toEqual([expect.objectContaining({ path: 'inspectees[0].person', message: expect.stringContaining('林晓川（lin-xc）在会审中发现问题') })]);
  });
});

describe('I3 差额考察', () => {
  it('passes two inspectees for one vacancy', () => {
    const ds = buildFixture();
    expect(findings(ds, 'I3')).toEqual([]);
    expect(outcomes(ds, 'I3')[0]!.evidence).toBe('职位p1（副局长）1个职数：考察对象2人，不少于2人（1:2）');
  });

  it('fails a single inspectee for one vacancy', () => {
    const ds = buildFixture((r) => r['inspection-notices/kc'].inspectees.pop());
    expect(findings(ds, 'I3')).toEqual([
      expect.objectContaining({ rule: 'I3', file: KC, path: 'inspectees', message: expect.stringContaining('考察对象只有1人，少于1:2差额考察要求的2人') }),
    ]);
  });

  it('passes a single inspectee when the notice declares an exception with a reason', () => {
    const ds = buildFixture((r) => {
      r['inspection-notices/kc'].inspectees.pop();
      r['inspection-notices/kc'].exceptions = [{ rule: 'I3', reason: '其他人选均不符合任职条件' }];
    });
    expect(runRules(ds)).toEqual([]);
    expect(outcomes(ds, 'I3')[0]).toMatchObject({ status: 'exception', reason: '其他人选均不符合任职条件' });
  });
});

describe('I4 work report', () => {
  it('passes inspectees with a work report within the inspection period', () => {
    expect(findings(buildFixture(), 'I4')).toEqual([]);
  });

  it('fails an inspectee without an inspection report once the round reached a decision', () => {
    const ds = buildFixture((r) => delete r['inspection-reports/kcbg-zhou']);
    expect(findings(ds, 'I4')).toEqual([
      expect.objectContaining({ rule: 'I4', file: KC, path: 'inspectees[1].person', message: expect.stringContaining('考察对象周毅（zhou-y）没有考察评价结论，也就没有述职记录') }),
    ]);
  });

  it('waits for the report while no decision has been made', () => {
    const ds = buildFixture((r) => {
      delete r['inspection-reports/kcbg-zhou'];
      for (const k of ['decisions/jd', 'publicities/gs', 'publicity-outcomes/gsjg', 'appointments/rz']) delete r[k];
    });
    expect(findings(ds, 'I4')).toEqual([]);
    expect(outcomes(ds, 'I4').map((o) => o.status)).toContain('not-applicable');
  });

  it('fails a work report outside the inspection period', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].workReport.date = '2026-05-01'));
    expect(findings(ds, 'I4')).toEqual([
      expect.objectContaining({ file: REPORT, path: 'workReport.date', message: expect.stringContaining('述职日期2026-05-01不在考察期2026-04-27至2026-04-30内') }),
    ]);
  });
});

describe('I5 democratic evaluation', () => {
  it('passes ratings that add up to at most the valid ballots', () => {
    expect(findings(buildFixture(), 'I5')).toEqual([]);
  });

  it('fails ratings that add up to more than the valid ballots', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].evaluation.ratings.excellent = 55));
    expect(findings(ds, 'I5')).toEqual([
      expect.objectContaining({ rule: 'I5', file: REPORT, path: 'evaluation.ratings', message: expect.stringContaining('各等次票数之和63（优秀55、称职8、基本称职0、不称职0）多于有效票58') }),
    ]);
  });

  it('fails more valid ballots than participants', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].evaluation.ballotsValid = 61));
    expect(findings(ds, 'I5')).toEqual([expect.objectContaining({ path: 'evaluation.ballotsValid', message: expect.stringContaining('有效票61张多于参加测评人数60') })]);
  });
});

describe('I6 evaluation conclusion', () => {
  it('passes a conclusion with interviews and every team member’s signature', () => {
    const ds = buildFixture();
    expect(findings(ds, 'I6')).toEqual([]);
    expect(outcomes(ds, 'I6')[0]!.evidence).toBe('林晓川：谈话23人（班子成员8、中层干部15）；考察组2人，签名2人');
  });

  it('fails a conclusion a team member did not sign', () => {
    const ds = buildFixture((r) => r['inspection-reports/kcbg-lin'].signatures.pop());
    expect(findings(ds, 'I6')).toEqual([
      expect.objectContaining({ rule: 'I6', file: REPORT, path: 'signatures', message: expect.stringContaining('考察组成员郑东来（kao-b）没有签名') }),
    ]);
  });

  it('fails a conclusion without interview counts', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].interviews = []));
    expect(findings(ds, 'I6')).toEqual([expect.objectContaining({ path: 'interviews', message: expect.stringContaining('没有写明谈话情况') })]);
  });
});

describe('I7 appeals', () => {
  const appeal = (filed: string, resolved?: string) => (r: Records) =>
    (r['inspection-reports/kcbg-lin'].appeals = [{ filed, grounds: '对测评范围有异议', ...(resolved ? { resolved, outcome: '经复核，维持考察结论' } : {}) }]);

  it('passes an appeal filed within 7 days of feedback and resolved before the decision', () => {
    const ds = buildFixture(appeal('2026-05-10', '2026-05-15'));
    expect(findings(ds, 'I7')).toEqual([]);
    expect(outcomes(ds, 'I7').map((o) => o.status)).toContain('met');
  });

  it('fails an appeal filed after the window', () => {
    const ds = buildFixture(appeal('2026-05-15', '2026-05-16'));
    expect(findings(ds, 'I7')).toEqual([
      expect.objectContaining({ rule: 'I7', file: REPORT, path: 'appeals[0].filed', message: expect.stringContaining('超过反馈（2026-05-07）后7日的申诉期（至2026-05-14）') }),
    ]);
  });

  it('fails an appeal still open at the decision', () => {
    const ds = buildFixture(appeal('2026-05-10'));
    expect(findings(ds, 'I7')).toEqual([
      expect.objectContaining({ path: 'appeals[0].resolved', message: expect.stringContaining('申诉尚未办结，却已于2026-05-20讨论决定') }),
    ]);
  });
});

describe('I8 inspector qualification', () => {
  it('passes inspectors with a valid qualification', () => {
    expect(findings(buildFixture(), 'I8')).toEqual([]);
  });

  it('fails an inspector whose qualification starts during the inspection', () => {
    const ds = buildFixture((r) => (r['qualifications/kc-b'].issued = '2026-04-28'));
    expect(findings(ds, 'I8')).toEqual([
      expect.objectContaining({ rule: 'I8', file: KC, path: 'team[1].person', message: expect.stringContaining('考察组成员郑东来（kao-b）在考察期2026-04-27至2026-04-30没有有效的考察资格') }),
    ]);
  });
});

describe('I9 team size', () => {
  it('passes a team of two', () => {
    expect(findings(buildFixture(), 'I9')).toEqual([]);
  });

  it('fails a team of one', () => {
    const ds = buildFixture((r) => r['inspection-notices/kc'].team.pop());
    expect(findings(ds, 'I9')).toEqual([expect.objectContaining({ rule: 'I9', file: KC, path: 'team', message: '考察组只有1人，少于2人：请增加考察组成员' })]);
  });
});

describe('I10 inspectee information', () => {
  it('passes reports that publish everything the seed lists', () => {
    expect(findings(buildFixture(), 'I10')).toEqual([]);
  });

  it('fails a report without the health status', () => {
    const ds = buildFixture((r) => delete r['inspection-reports/kcbg-lin'].health);
    expect(findings(ds, 'I10')).toEqual([expect.objectContaining({ rule: 'I10', file: REPORT, path: 'health', message: '没有公开身体健康状况：请填写health' })]);
  });

  it('fails an inspectee without a published résumé, in the person’s file', () => {
    const ds = buildFixture((r) => (r['people/zhou-y'].resume = []));
    expect(findings(ds, 'I10')).toEqual([
      expect.objectContaining({ file: 'content/people/zhou-y.yaml', path: 'resume', message: expect.stringContaining('考察对象周毅的简历没有公开') }),
    ]);
  });
});

describe('I7 appeals by an inspectee who is not decided on', () => {
  it('fails an appeal still open when the position is decided', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-zhou'].appeals = [{ filed: '2026-05-10', grounds: '对谈话范围有异议' }]));
    expect(findings(ds, 'I7')).toEqual([
      expect.objectContaining({ file: 'content/inspection-reports/kcbg-zhou.yaml', path: 'appeals[0].resolved', message: expect.stringContaining('却已于2026-05-20讨论决定') }),
    ]);
  });
});

describe('I11 stages in order', () => {
  it('passes a conclusion signed after the inspection and fed back before the decision', () => {
    const ds = buildFixture();
    expect(findings(ds, 'I11')).toEqual([]);
    expect(outcomes(ds, 'I11').find((o) => o.evidence.startsWith('林晓川'))!.evidence).toBe('林晓川：考察2026-04-27至2026-04-30，评价结论2026-05-06，2026-05-07反馈，2026-05-20讨论决定');
  });

  it('fails a conclusion signed before its inspection began, naming the field and the fix', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].signatures[1].date = '2026-04-26'));
    expect(findings(ds, 'I11')).toEqual([
      expect.objectContaining({ file: REPORT, path: 'signatures[1].date', message: expect.stringContaining('签名日期2026-04-26早于考察开始日期2026-04-27（content/inspection-notices/kc.yaml）：结论须在考察期内或考察结束后作出') }),
    ]);
  });

  it('fails a conclusion signed on or after the decision meeting', () => {
    const ds = buildFixture((r) => {
      const rep = r['inspection-reports/kcbg-lin'];
      rep.published = '2026-05-22';
      rep.signatures.forEach((s: { date: string }) => (s.date = '2026-05-21'));
      rep.feedback = '2026-05-21';
    });
    const paths = findings(ds, 'I11').map((p) => p.path);
    expect(paths).toEqual(['signatures[0].date', 'signatures[1].date', 'feedback']);
    expect(findings(ds, 'I11')[0]!.message).toContain('不早于讨论决定会议2026-05-20（content/decisions/jd.yaml）：结论须在讨论决定之前作出');
  });

  it('fails feedback given before the conclusion was signed', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-lin'].feedback = '2026-05-05'));
    expect(findings(ds, 'I11')).toEqual([expect.objectContaining({ path: 'feedback', message: expect.stringContaining('反馈日期2026-05-05早于考察评价结论的签名日期2026-05-06') })]);
  });
});
