import { describe, expect, it } from 'vitest';
import type { NoticeEntry } from '../../../src/domain/dataset.ts';
import { noticePositions, noticeView, noticeWindow } from '../../../src/view/notices/index.ts';
import { evaluateRules } from '../../../src/rules/index.ts';
import { referenceCode } from '../../../src/domain/reference-code.ts';
import { ruleInfo } from '../../../src/rules/index.ts';
import { NOTICE_KINDS, type NoticeKind } from '../../../src/schemas/index.ts';
import { buildFixture } from '../../fixtures/build.ts';
import { example } from '../../fixtures/examples.ts';
import { exampleDataset, hrefs, plain } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();
const notice = (kind: NoticeKind, d = ds) => [...d.byKind[kind].values()][0] as NoticeEntry;
const view = (kind: NoticeKind, d = ds) => noticeView(d, notice(kind, d));
const body = (kind: NoticeKind, d = ds) => plain(view(kind, d).sections);

describe('the facts above every notice', () => {
  it('gives every notice kind a body to show', () => {
    for (const kind of NOTICE_KINDS) expect(view(kind).sections.length, kind).toBeGreaterThan(0);
  });

  it('names the department as issuer when the notice names none', () => {
    const issuer = view('publicities').meta.find((f) => f.label === '发布单位');
    expect(hrefs(issuer)).toEqual(['/units/swzzb/']);
  });

  it('links the round and resolves the position to unit and title', () => {
    const text = plain(view('publicities').meta);
    expect(text).toContain('所属选拔任用工作: 市交通运输局副局长选拔');
    expect(text).toContain('涉及职位: 望川市交通运输局副局长（副处级）');
    expect(hrefs(view('publicities').meta)).toContain('/rounds/r1/');
  });

  it('quotes the reference code to give when reporting', () => {
    expect(view('publicities').reference).toBe(referenceCode('publicities', 'gs-1'));
    expect(plain(view('publicities').meta)).toContain(`举报参考编号: ${referenceCode('publicities', 'gs-1')}`);
  });

  it('finds the positions a notice names, once each', () => {
    expect(noticePositions(notice('decisions'))).toEqual(['p1']);
    expect(noticePositions(notice('plans'))).toEqual([]);
  });

  it('passes declared exceptions through with their reasons', () => {
    const gs = example('publicities');
    gs.exceptions = [{ rule: 'G2', reason: '春节前任职需要,经市委同意缩短' }];
    const d = exampleDataset({ overrides: { 'publicities/gs-1.yaml': gs } });
    expect(view('publicities', d).exceptions).toEqual([{ rule: 'G2', title: ruleInfo('G2')!.title, reason: '春节前任职需要,经市委同意缩短' }]);
  });

  it('shows the summary as paragraphs', () => {
    const gs = example('publicities');
    gs.summary = '第一段。\n第二段。';
    const d = exampleDataset({ overrides: { 'publicities/gs-1.yaml': gs } });
    expect(view('publicities', d).summary).toEqual({ paragraphs: ['第一段。', '第二段。'] });
  });
});

describe('publicity windows', () => {
  it('says a past window is closed and still gives its deadline', () => {
    expect(noticeWindow(notice('publicities'), '2026-11-20')).toMatchObject({ state: 'closed', stateLabel: '已结束', deadline: '2026-06-08' });
  });

  it('says a window is open, closing soon, on its last day', () => {
    expect(noticeWindow(notice('publicities'), '2026-06-08')).toMatchObject({ state: 'open', phase: 'closing', stateLabel: '正在公示，即将截止', tone: 'alert' });
  });

  it('says a window is open before its last two days', () => {
    expect(noticeWindow(notice('publicities'), '2026-06-06')).toMatchObject({ state: 'open', phase: 'open', stateLabel: '正在公示', tone: 'open' });
  });

  it('carries every phase label for the page script', () => {
    expect(noticeWindow(notice('publicities'), '2026-06-06')?.phaseLabels).toEqual({ upcoming: '尚未开始', open: '正在公示', closing: '正在公示，即将截止', closed: '已结束' });
  });

  it('says a window has not started before its first day', () => {
    expect(noticeWindow(notice('publicities'), '2026-06-01')?.state).toBe('upcoming');
  });

  it('gives the recommendation period of a pre-announcement without a reporting deadline', () => {
    expect(noticeWindow(notice('pre-announcements'), '2026-03-10')).toMatchObject({ label: '推荐时间', state: 'open', deadline: undefined });
  });

  it('counts the working days of a publicity window on the official calendar', () => {
    expect(view('publicities').window?.workingDays).toMatch(/^共\d+个工作日，按国务院办公厅公布的节假日安排计算$/);
  });

  it('names a make-up workday inside the window', () => {
    // On the official 2026 calendar, Sunday 2026-09-20 is worked to make up for the National Day holiday.
    const official = buildFixture((r) => (r['publicities/gs'].window = { from: '2026-09-18', to: '2026-09-24' }));
    expect(noticeView(official, official.byKind.publicities.get('gs') as NoticeEntry).window?.workingDays).toBe('共6个工作日（含2026年9月20日国庆节调休上班日），按国务院办公厅公布的节假日安排计算');
  });

  it('leaves the working days out for a window in a year the calendar lacks', () => {
    const pub = notice('publicities');
    const future = { ...pub, data: { ...pub.data, window: { from: '2031-03-03', to: '2031-03-07' } } } as NoticeEntry;
    expect(noticeWindow(future, '2026-11-20', ds.calendar)?.workingDays).toBeUndefined();
  });

  it('has no window for kinds that announce none', () => {
    expect(noticeWindow(notice('decisions'), '2026-11-20')).toBeUndefined();
  });
});

describe('corrections', () => {
  it('tells a corrected notice which corrections name it', () => {
    expect(view('publicities').correctedBy).toEqual([expect.objectContaining({ href: '/corrections/gz-1/', title: '更正' })]);
  });

  it('links a correction to the record it corrects', () => {
    expect(hrefs(view('corrections').sections)).toContain('/publicities/gs-1/');
    expect(body('corrections')).toContain('拟任职务 | 副局长 | 党组成员、副局长');
  });

  it('lists other notices that refer to a notice, without its corrections', () => {
    const related = view('publicities').related.map((r) => r.href);
    expect(related).toContain('/publicity-outcomes/gsjg-1/');
    expect(related).not.toContain('/corrections/gz-1/');
  });
});

describe('the body of each kind', () => {
  it('shows a column per examiner and every score', () => {
    const text = body('examinations');
    expect(text).toContain('考生 | 考官1（甲） | 考官2（乙） | 考官3（丙） | 面试成绩 | 最终成绩 | 排名');
    expect(text).toContain('林晓川 | 80 | 85 | 90 | 85.00 | 85.00 | 1');
  });

  it('adds the written score when weights are declared', () => {
    const ks = example('examinations');
    ks.aggregation = { method: 'mean', weights: { written: 40, interview: 60 } };
    (ks.candidates as Record<string, unknown>[])[0]!.written = 78.5;
    const text = body('examinations', exampleDataset({ overrides: { 'examinations/ks-1.yaml': ks } }));
    expect(text).toContain('笔试40%，面试60%');
    expect(text).toContain('| 笔试成绩 |');
    expect(text).toContain('| 78.5 |');
  });

  it('shows each tally with its result', () => {
    expect(body('decisions')).toContain('林晓川 | 1 | 0 | 0 | 通过');
  });

  it('names the position of each tally when a meeting decides on several', () => {
    const r = example('rounds');
    r.positions = [...(r.positions as object[]), { id: 'p2', unit: 'jtj', title: '总工程师', level: '副处级' }];
    const jd = example('decisions');
    jd.items = [...(jd.items as object[]), { person: 'li-ming', position: 'p2', yes: 1, no: 0, abstain: 0, result: 'passed' }];
    const text = body('decisions', exampleDataset({ overrides: { 'rounds/r1.yaml': r, 'decisions/jd-1.yaml': jd } }));
    expect(text).toContain('李明 | 望川市交通运输局总工程师（副处级） | 1 | 0 | 0 | 通过');
  });

  it('counts the members who should attend from the roster on the meeting date', () => {
    expect(body('decisions')).toContain('应到人数: 1人');
  });

  it('counts a member whose two terms touch on the meeting day once, as the quorum rule does', () => {
    const swcwh = example('bodies');
    swcwh.members = [
      { person: 'li-ming', role: '副书记', from: '2021-09-01', to: '2026-05-30' },
      { person: 'li-ming', role: '书记', from: '2026-05-30' },
    ];
    const d = exampleDataset({ overrides: { 'bodies/swcwh.yaml': swcwh } });
    expect(body('decisions', d)).toContain('应到人数: 1人');
    expect(evaluateRules(d).get('D2')!.map((o) => o.evidence)).toEqual(['第 12 次常委会（2026-05-30）：出席1/1人，法定人数1人']);
  });

  it('gives each democratic rating its share of the valid ballots', () => {
    const text = body('inspection-reports');
    expect(text).toContain('优秀 | 50 | 86.2%');
    expect(text).toContain('合计 | 58 | 100.0%');
  });

  it('shows the profile of each publicised candidate', () => {
    const text = body('publicities');
    expect(text).toContain('公示对象：林晓川');
    // The example correction (拟任职务: 副局长 → 党组成员、副局长) stands alone: the page carries its words.
    expect(text).toContain('拟任职务: 拟任市交通运输局党组成员、副局长');
    expect(text).toContain('出生年月: 1982-05');
    expect(text).toContain('现任职务: 望川市交通运输局综合规划科科长（2019年3月起）');
  });

  it('shows an exceptional promotion in its own box', () => {
    const gs = example('publicities');
    (gs.candidates as Record<string, unknown>[])[0]!.exceptional = { circumstances: '任职年限不足', reasons: '实绩特别突出' };
    const group = view('publicities', exampleDataset({ overrides: { 'publicities/gs-1.yaml': gs } })).sections.find((s) => s.type === 'group');
    const box = group?.type === 'group' ? group.sections.find((s) => s.type === 'group') : undefined;
    expect(box).toMatchObject({ heading: '破格提拔', tone: 'alert' });
  });

  it('names every signed recommender', () => {
    expect(body('recommendations')).toContain('赵文远 | 望川市交通运输局 | 局长');
  });

  it('shows the joint pre-review of an inspection notice', () => {
    const text = body('inspection-notices');
    expect(text).toContain('参加会审的部门: 市委组织部、市纪委监委');
    expect(text).toContain('李明 | 组长');
  });

  it('shows how reports received during a publicity were handled', () => {
    expect(body('publicity-outcomes')).toContain('林晓川 | 1 | 0 | 0 | 1 | 0');
  });

  it('states the audit conclusion of an integrity summary in words', () => {
    expect(body('integrity-summaries')).toContain('审计结论: 不适用');
    expect(body('integrity-summaries')).toContain('是否有5,000元及以上债务: 否');
  });

  it('shows each appointment result with its effective date', () => {
    const text = body('appointments');
    expect(text).toContain('结果: 已任职');
    expect(text).toContain('生效日期: 2026-06-18');
  });

  it('lists the planned posts with their total', () => {
    expect(body('plans')).toContain('合计 |  | 1 | ');
    expect(hrefs(view('plans').sections)).toContain('/rounds/r1/');
  });

  it('names the type and units of a supervision report', () => {
    const text = body('supervision-reports');
    expect(text).toContain('类型: 检查预告');
    expect(hrefs(view('supervision-reports').sections)).toContain('/units/jtj/');
  });
});

describe('the registry of notice view models', () => {
  it('has a builder for every notice kind and nothing else', async () => {
    const { NOTICE_VIEWS } = await import('../../../src/view/notices/index.ts');
    expect(Object.keys(NOTICE_VIEWS).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it('gives only the kinds that announce a period a window', async () => {
    const { NOTICE_VIEWS } = await import('../../../src/view/notices/index.ts');
    expect(Object.entries(NOTICE_VIEWS).filter(([, v]) => v.window).map(([k]) => k).sort()).toEqual(['inspection-notices', 'pre-announcements', 'publicities']);
  });
});
