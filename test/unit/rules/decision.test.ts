import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes, type Records } from '../../fixtures/build.ts';

const JD = 'content/decisions/jd.yaml';
const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);

describe('D1 procedure record', () => {
  it('passes a candidate with a signed procedure record and an inspection report', () => {
    const ds = buildFixture();
    expect(findings(ds, 'D1')).toEqual([]);
    expect(outcomes(ds, 'D1')[0]!.evidence).toBe('林晓川：程序情况表2026-05-18填写，邵立群签字；考察评价结论已发布');
  });

  it('fails a candidate without a procedure record', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].procedureRecords = []));
    expect(findings(ds, 'D1')).toEqual([
      expect.objectContaining({ rule: 'D1', file: JD, path: 'items[0].person', message: expect.stringContaining('林晓川（lin-xc）没有《人选产生程序情况表》') }),
    ]);
  });

  it('fails a procedure record completed after the meeting', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].procedureRecords[0].completed = '2026-05-21'));
    expect(findings(ds, 'D1')).toEqual([expect.objectContaining({ path: 'procedureRecords[0].completed', message: expect.stringContaining('填写日期2026-05-21晚于会议日期2026-05-20') })]);
  });

  it('fails a candidate without an inspection report', () => {
    const ds = buildFixture((r) => delete r['inspection-reports/kcbg-lin']);
    expect(findings(ds, 'D1')).toEqual([expect.objectContaining({ path: 'items[0].person', message: expect.stringContaining('没有考察评价结论：未完整执行规定程序的人选不予研究') })]);
  });
});

describe('D2 quorum', () => {
  it('passes 9 of 11 members present', () => {
    const ds = buildFixture();
    expect(findings(ds, 'D2')).toEqual([]);
    expect(outcomes(ds, 'D2')[0]!.evidence).toBe('市委第 50 次常委会会议（2026-05-20）：出席9/11人，法定人数8人');
  });

  it('fails 6 of 11 members present', () => {
    const ds = buildFixture((r) => {
      const d = r['decisions/jd'];
      d.present = members(6);
      d.absent = members(11).slice(6).map((person) => ({ person, reason: '出差' }));
      d.ballots = { issued: 6, returned: 6 };
      d.items[0].yes = 6;
      d.items[0].no = 0;
    });
    expect(findings(ds, 'D2')).toEqual([
      expect.objectContaining({ rule: 'D2', file: JD, path: 'present', message: expect.stringContaining('出席6人，不足法定人数8人（成员11人的三分之二）') }),
    ]);
  });
});

describe('D3 pass threshold', () => {
  it('passes 8 yes votes of 11 members', () => {
    expect(findings(buildFixture(), 'D3')).toEqual([]);
  });

  it('fails a pass with 5 yes votes of 11 members', () => {
    const ds = buildFixture((r) => Object.assign(r['decisions/jd'].items[0], { yes: 5, no: 4 }));
    expect(findings(ds, 'D3')).toEqual([
      expect.objectContaining({ rule: 'D3', path: 'items[0].yes', message: expect.stringContaining('同意5票，未超过应到会成员11人的半数（至少须6票）') }),
    ]);
  });

  it('fails a rejection despite a majority', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].items[0].result = 'rejected'));
    expect(findings(ds, 'D3')).toContainEqual(expect.objectContaining({ path: 'items[0].result', message: expect.stringContaining('结果却为未通过') }));
  });
});

describe('D4 tallies', () => {
  it('passes tallies within attendance and ballots', () => {
    expect(findings(buildFixture(), 'D4')).toEqual([]);
  });

  it('fails more votes than members present', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].items[0].abstain = 1));
    expect(findings(ds, 'D4')).toEqual([
      expect.objectContaining({ rule: 'D4', path: 'items[0].yes', message: expect.stringContaining('合计10票，多于出席的9人') }),
    ]);
  });

  it('fails more ballots issued than members present', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].ballots = { issued: 10, returned: 9 }));
    expect(findings(ds, 'D4')).toEqual([expect.objectContaining({ path: 'ballots.issued', message: expect.stringContaining('发出10张票，多于出席的9人') })]);
  });
});

describe('D5 decision-maker qualification', () => {
  it('passes voters who all hold 用人资格', () => {
    expect(findings(buildFixture(), 'D5')).toEqual([]);
  });

  it('fails a voter whose qualification expired before the meeting', () => {
    const ds = buildFixture((r) => (r['qualifications/yr-m2'].expires = '2026-05-01'));
    expect(findings(ds, 'D5')).toEqual([
      expect.objectContaining({ rule: 'D5', file: JD, path: 'present[1]', message: expect.stringContaining('王建国（m2）在会议当天（2026-05-20）没有有效的用人资格') }),
    ]);
  });
});

describe('D6 voter list and roster', () => {
  it('passes a published list of members on the roster', () => {
    const ds = buildFixture();
    expect(findings(ds, 'D6')).toEqual([]);
    expect(outcomes(ds, 'D6')[0]!.evidence).toBe('表决名单已公开：出席9人、请假2人，会议当天中共望川市委常委会共有成员11人');
  });

  it('fails a voter who left the body before the meeting', () => {
    const ds = buildFixture((r) => (r['bodies/swcwh'].members[8].to = '2026-05-01'));
    expect(findings(ds, 'D6')).toEqual([
      expect.objectContaining({ rule: 'D6', path: 'present[8]', message: expect.stringContaining('吴敏（m9）在会议当天（2026-05-20）不是中共望川市委常委会成员') }),
    ]);
  });

  it('fails a member neither present nor excused', () => {
    const ds = buildFixture((r) => r['decisions/jd'].absent.pop());
    expect(findings(ds, 'D6')).toEqual([expect.objectContaining({ path: 'absent', message: expect.stringContaining('冯晓（m11）既不在出席名单也不在请假名单中') })]);
  });
});

describe('D7 full-committee vote', () => {
  const fullCommittee = (r: Records) => {
    r['rounds/r1'].positions[0].fullCommitteeVote = true;
  };

  it('passes a full-committee post passed by the full committee', () => {
    const ds = buildFixture((r) => {
      fullCommittee(r);
      r['decisions/qw'] = { ...structuredClone(r['decisions/jd']), body: 'swqwh', meeting: { date: '2026-05-21', session: '市委全会' }, published: '2026-05-22' };
      r['publicities/gs'].decision = 'qw';
    });
    expect(findings(ds, 'D7')).toEqual([]);
    expect(outcomes(ds, 'D7')[0]).toMatchObject({ status: 'met', evidence: '林晓川：职位p1（副局长）经中共望川市委全体会议票决通过（2026-05-21）' });
  });

  it('fails a full-committee post publicised after a standing-committee vote only', () => {
    const ds = buildFixture(fullCommittee);
    expect(findings(ds, 'D7')).toEqual([
      expect.objectContaining({ rule: 'D7', file: 'content/publicities/gs.yaml', path: 'candidates[0].position', message: expect.stringContaining('职位p1（副局长）须由全委会票决') }),
    ]);
  });
});

describe('D8 audit veto', () => {
  const audit = (conclusion: string) => (r: Records) =>
    (r['integrity-summaries/lz-lin'].audit = { kind: '任中审计', date: '2026-04-10', conclusion });

  it('passes a candidate whose audit found no violation', () => {
    const ds = buildFixture(audit('no-violation'));
    expect(findings(ds, 'D8')).toEqual([]);
    expect(outcomes(ds, 'D8')[0]).toMatchObject({ status: 'met', evidence: '林晓川：审计未发现违纪，通过' });
  });

  it('fails passing a candidate whose audit found a violation', () => {
    const ds = buildFixture(audit('violation'));
    expect(findings(ds, 'D8')).toEqual([
      expect.objectContaining({ rule: 'D8', file: JD, path: 'items[0].result', message: expect.stringContaining('经济责任审计发现违纪（content/integrity-summaries/lz-lin.yaml），实行一票否决') }),
    ]);
  });
});

describe('D10 a notice reports nothing after its publication', () => {
  it('passes when every notice is published on or after what it reports', () => {
    const ds = buildFixture();
    expect(findings(ds, 'D10')).toEqual([]);
    expect(outcomes(ds, 'D10')[0]!.evidence).toMatch(/^讨论决定2026-05-20会议、2026-05-22发布；本次工作\d+份公告报告的事项均不晚于各自的发布日期$/);
  });

  it('passes a decision notice published on the day of its meeting', () => {
    expect(findings(buildFixture((r) => (r['decisions/jd'].published = '2026-05-20')), 'D10')).toEqual([]);
  });

  it('fails a decision notice published before its meeting', () => {
    const ds = buildFixture((r) => (r['decisions/jd'].published = '2026-05-19'));
    expect(findings(ds, 'D10')).toEqual([
      expect.objectContaining({ file: JD, path: 'meeting.date', message: expect.stringContaining('讨论决定的公告发布于2026-05-19，早于会议日期2026-05-20') }),
    ]);
  });

  it('fails a report that records an event dated after its publication', () => {
    const ds = buildFixture((r) => (r['inspection-reports/kcbg-zhou'].feedback = '2026-05-09'));
    expect(findings(ds, 'D10')).toEqual([
      expect.objectContaining({ file: 'content/inspection-reports/kcbg-zhou.yaml', path: 'feedback', message: expect.stringContaining('本公告发布于2026-05-08，却报告了2026-05-09的反馈考察结果') }),
    ]);
  });
});
