import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes } from '../../fixtures/build.ts';

const GS = 'content/publicities/gs.yaml';

describe('G1 publicity after the decision', () => {
  it('passes a window that opens after the decision and names a candidate it passed', () => {
    const ds = buildFixture();
    expect(findings(ds, 'G1')).toEqual([]);
    expect(outcomes(ds, 'G1')[0]!.evidence).toBe('讨论决定2026-05-20，公示自2026-05-25起（公告2026-05-25发布）；公示对象1人');
  });

  it('fails a window that opens on the decision date', () => {
    const ds = buildFixture((r) => {
      r['publicities/gs'].published = '2026-05-20';
      r['publicities/gs'].window.from = '2026-05-20';
    });
    expect(findings(ds, 'G1')).toEqual([
      expect.objectContaining({ rule: 'G1', file: GS, path: 'window.from', message: expect.stringContaining('公示从2026-05-20开始，不晚于讨论决定日期2026-05-20') }),
    ]);
  });

  it('fails a candidate the decision did not pass', () => {
    const ds = buildFixture((r) => r['publicities/gs'].candidates.push({ person: 'zhou-y', position: 'p1', proposedPost: '拟任副局长', politicalReview: '合格', healthCheck: '合格' }));
    expect(findings(ds, 'G1')).toEqual([
      expect.objectContaining({ path: 'candidates[1].person', message: expect.stringContaining('周毅（zhou-y）在content/decisions/jd.yaml中没有讨论通过职位p1（副局长）的记录') }),
    ]);
  });
});

describe('G2 working days', () => {
  it('passes a window of 5 working days', () => {
    const ds = buildFixture();
    expect(findings(ds, 'G2')).toEqual([]);
    expect(outcomes(ds, 'G2')[0]!.evidence).toBe('公示期2026-05-25至2026-05-29，共5个工作日（不少于5个）');
  });

  it('fails a window of 4 working days and says how far to extend it', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].window.to = '2026-05-28'));
    expect(findings(ds, 'G2')).toEqual([
      expect.objectContaining({ rule: 'G2', file: GS, path: 'window.to', message: '公示期2026-05-25至2026-05-28只有4个工作日，少于5个工作日：请延长公示期，即至少到2026-05-29' }),
    ]);
  });

  it('counts a window across the National Day holiday on the official calendar', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].window = { from: '2026-09-28', to: '2026-10-08' }));
    expect(findings(ds, 'G2')).toContainEqual(expect.objectContaining({ message: expect.stringContaining('只有4个工作日') }));
  });

  it('reports a make-up workday inside the window in the evidence', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].window = { from: '2026-09-17', to: '2026-09-23' }));
    expect(findings(ds, 'G2')).toEqual([]);
    expect(outcomes(ds, 'G2')[0]!.evidence).toBe('公示期2026-09-17至2026-09-23，共6个工作日（不少于5个）；其中2026-09-20（国庆节调休上班日）计为工作日');
  });

  it('reads the tightened minimum from site.yaml', () => {
    const ds = buildFixture((r) => (r['site/site'].rules = { publicityWorkingDays: 7 }));
    expect(findings(ds, 'G2')).toEqual([expect.objectContaining({ message: expect.stringContaining('只有5个工作日，少于7个工作日') })]);
  });

  it('reports a window in a year the calendar lacks as a finding naming the year', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].window = { from: '2031-01-06', to: '2031-01-10' }));
    expect(findings(ds, 'G2')).toEqual([
      expect.objectContaining({ rule: 'G2', file: GS, path: 'window.from', message: expect.stringContaining('工作日历缺少2031年，请在content/calendar/增加2031.yaml') }),
    ]);
  });
});

describe('G3 reporting channels', () => {
  it('passes channels with 12380 listed', () => {
    const ds = buildFixture();
    expect(findings(ds, 'G3')).toEqual([]);
    expect(outcomes(ds, 'G3')[0]!.evidence).toContain('举报电话0000-12380');
  });

  it('fails channels without 12380', () => {
    const ds = buildFixture((r) => Object.assign(r['site/site'].channels, { phone: '0000-1234567', sms: '10000', website: 'https://jubao.wangchuan.example' }));
    expect(findings(ds, 'G3')).toEqual([
      expect.objectContaining({ rule: 'G3', file: 'content/site.yaml', path: 'channels', message: expect.stringContaining('举报渠道中没有12380') }),
    ]);
  });
});

describe('G4 candidate profile', () => {
  it('passes a complete profile', () => {
    expect(findings(buildFixture(), 'G4')).toEqual([]);
  });

  it('fails a profile without ethnicity, in the person’s file', () => {
    const ds = buildFixture((r) => delete r['people/lin-xc'].ethnicity);
    expect(findings(ds, 'G4')).toEqual([
      expect.objectContaining({ rule: 'G4', file: 'content/people/lin-xc.yaml', path: 'ethnicity', message: expect.stringContaining('公示对象林晓川缺少民族') }),
    ]);
  });

  it('accepts a non-CPC affiliation in place of the party-joining date', () => {
    const fail = buildFixture((r) => delete r['people/lin-xc'].partyJoined);
    expect(findings(fail, 'G4')).toEqual([expect.objectContaining({ path: 'partyJoined', message: expect.stringContaining('缺少入党时间') })]);
    const pass = buildFixture((r) => {
      delete r['people/lin-xc'].partyJoined;
      r['people/lin-xc'].affiliation = '九三学社';
    });
    expect(findings(pass, 'G4')).toEqual([]);
  });
});

describe('G5 exceptional promotion', () => {
  it('passes an exceptional promotion with circumstances and reasons', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].candidates[0].exceptional = { circumstances: '任正科级不满三年', reasons: '工作特殊需要' }));
    expect(findings(ds, 'G5')).toEqual([]);
    expect(outcomes(ds, 'G5')[0]).toMatchObject({ status: 'met', evidence: '林晓川破格提拔：情形任正科级不满三年；理由工作特殊需要' });
  });

  it('fails a publicity that announces 破格 without circumstances and reasons', () => {
    const ds = buildFixture((r) => (r['publicities/gs'].candidates[0].proposedPost = '拟破格提拔为市交通运输局副局长'));
    expect(findings(ds, 'G5')).toEqual([
      expect.objectContaining({ rule: 'G5', file: GS, path: 'candidates[0].exceptional', message: expect.stringContaining('没有写明破格的情形和理由') }),
    ]);
  });
});

describe('G6 handling of reports', () => {
  it('passes an outcome published after the window with feedback to reporters', () => {
    const ds = buildFixture();
    expect(findings(ds, 'G6')).toEqual([]);
    expect(outcomes(ds, 'G6')[0]!.evidence).toBe('林晓川收到反映1件：查实0、部分属实0、不属实1、在查0（2026-06-02公布）');
  });

  it('fails an appointment made without publishing how reports were handled', () => {
    const ds = buildFixture((r) => delete r['publicity-outcomes/gsjg']);
    expect(findings(ds, 'G6')).toEqual([
      expect.objectContaining({ rule: 'G6', file: GS, path: 'window.to', message: expect.stringContaining('却没有公布公示期间反映问题的处理情况') }),
    ]);
  });

  it('fails an outcome published before the window closes', () => {
    const ds = buildFixture((r) => (r['publicity-outcomes/gsjg'].published = '2026-05-29'));
    expect(findings(ds, 'G6')).toEqual([expect.objectContaining({ path: 'published', message: expect.stringContaining('须在公示期结束后公布') })]);
  });

  it('fails checked reports without feedback to the reporters', () => {
    const ds = buildFixture((r) => delete r['publicity-outcomes/gsjg'].items[0].feedbackToReporters);
    expect(findings(ds, 'G6')).toEqual([expect.objectContaining({ path: 'items[0].feedbackToReporters', message: expect.stringContaining('没有写明向反映人反馈的日期') })]);
  });

  it('waits while the window is open', () => {
    const ds = buildFixture(
      (r) => {
        delete r['publicity-outcomes/gsjg'];
        delete r['appointments/rz'];
      },
      { today: '2026-05-27' },
    );
    expect(outcomes(ds, 'G6')).toEqual([expect.objectContaining({ status: 'not-applicable', evidence: '公示期至2026-05-29，尚未结束' })]);
  });
});

describe('G7 political review and health check', () => {
  it('passes published conclusions', () => {
    const ds = buildFixture();
    expect(findings(ds, 'G7')).toEqual([]);
    expect(outcomes(ds, 'G7')[0]!.evidence).toBe('林晓川：政审合格；体检合格');
  });

  it('fails a candidate without the political review conclusion', () => {
    const ds = buildFixture((r) => delete r['publicities/gs'].candidates[0].politicalReview);
    expect(findings(ds, 'G7')).toEqual([
      expect.objectContaining({ rule: 'G7', file: GS, path: 'candidates[0].politicalReview', message: expect.stringContaining('没有公开林晓川（lin-xc）的政审结论') }),
    ]);
  });
});
