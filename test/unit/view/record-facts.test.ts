import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEXED_APPEARANCES, personView, roundItem, roundOutcome, roundPageView, roundTimeline, unitView } from '../../../src/view/record-facts.ts';
import { SYNTH_TODAY } from '../../../bench/synth/generate.ts';
import { writeJurisdiction } from '../../../bench/synth/write.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { example } from '../../fixtures/examples.ts';
import { exampleDataset, hrefs, plain } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();
const status = (d = ds) => Object.fromEntries(roundTimeline(d, 'r1').map((s) => [s.stage, s.status]));

describe('a person page', () => {
  it('shows the public profile without the name, which is the heading', () => {
    const text = plain(personView(ds, 'lin-xc').profile);
    expect(text).toContain('性别: 男');
    expect(text).toContain('入党时间: 2004-06');
    expect(text).not.toContain('林晓川');
  });

  it('shows the résumé as a table with an open end for the current post', () => {
    expect(plain(personView(ds, 'lin-xc').more)).toContain('2005-07—至今 | 望川市交通运输局科员');
  });

  it('lists every record naming the person with the role they had', () => {
    const items = personView(ds, 'lin-xc').appearances;
    expect(items).toContainEqual(expect.objectContaining({ href: '/publicities/gs-1/', meta: expect.arrayContaining(['公示对象']) }));
    expect(items).toContainEqual(expect.objectContaining({ href: '/decisions/jd-1/', meta: expect.arrayContaining(['表决对象']) }));
  });

  it('lists a decision body without a link, since bodies have no page', () => {
    const body = personView(ds, 'li-ming').appearances.find((a) => a.title === '中共望川市委常委会');
    expect(body).toMatchObject({ href: undefined, meta: expect.arrayContaining(['决策机构成员']) });
  });

  it('shows qualifications with certificate and validity instead of as appearances', () => {
    const v = personView(ds, 'li-ming');
    expect(plain(v.qualifications)).toContain('用人资格（证书编号WC-YR-2024-001）');
    expect(plain(v.qualifications)).toContain('长期有效');
    // Certificate, basis and validity joined in full-width marks (，；), no space before the date: the basis is the record's own text.
    expect(plain(v.qualifications)).toBe('用人资格（证书编号WC-YR-2024-001），2024 年《条例》专题培训考试合格；有效期2024-05-10—长期有效');
    expect(v.appearances.some((a) => a.title.includes('用人资格'))).toBe(false);
  });
});

describe('a unit page', () => {
  it('lists the rounds with a position in the unit', () => {
    expect(unitView(ds, 'jtj').rounds.map((r) => r.href)).toEqual(['/rounds/r1/']);
  });

  it('lists the notices of those rounds, newest first', () => {
    const notices = unitView(ds, 'jtj').notices;
    expect(notices.map((n) => n.href)).toContain('/appointments/rz-1/');
    const dates = notices.map((n) => plain(n.meta.at(-1)));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists the people posted in the unit with their post', () => {
    expect(unitView(ds, 'jtj').people).toEqual([{ href: '/people/lin-xc/', title: '林晓川', meta: ['综合规划科科长'] }]);
  });

  it('links the parent unit and the units under it', () => {
    expect(hrefs(unitView(ds, 'jtj').facts)).toContain('/units/swzzb/');
    expect(hrefs(unitView(ds, 'swzzb').facts)).toContain('/units/jtj/');
  });
});

describe('a round page', () => {
  it('shows positions, standards and qualifications', () => {
    const text = plain(roundPageView(ds, 'r1').terms);
    expect(text).toContain('望川市交通运输局 | 副局长 | 副处级 | 1 | 否');
    expect(text).toContain('政治素质好,熟悉交通运输工作');
    expect(text).toContain('具有五年以上工龄');
  });

  it('puts every stage on the timeline in procedural order', () => {
    expect(roundTimeline(ds, 'r1').map((s) => s.label)).toEqual(['计划与推荐预告', '推荐', '考察', '考试', '讨论决定', '任前公示', '任职', '纠错与监督']);
  });

  it('counts the notices of a stage reached', () => {
    const inspection = roundTimeline(ds, 'r1').find((s) => s.stage === 'inspection')!;
    expect(inspection).toMatchObject({ status: 'reached', statusText: '已发布3条' });
  });

  it('puts corrections of the round’s notices on the timeline', () => {
    expect(roundTimeline(ds, 'r1').find((s) => s.stage === 'supervision')!.notices.map((n) => n.href)).toEqual(['/corrections/gz-1/']);
  });

  it('marks an examination as not part of an individual promotion', () => {
    expect(status(exampleDataset({ drop: ['examinations/ks-1.yaml'] })).examination).toBe('not-applicable');
  });

  it('marks an examination as skipped when a competitive round passed it without a record', () => {
    const r = example('rounds');
    r.method = 'competitive';
    expect(status(exampleDataset({ drop: ['examinations/ks-1.yaml'], overrides: { 'rounds/r1.yaml': r } })).examination).toBe('skipped');
  });

  it('marks stages after the last one reached as not yet held', () => {
    const s = status(exampleDataset({ drop: ['appointments/rz-1.yaml', 'publicity-outcomes/gsjg-1.yaml', 'publicities/gs-1.yaml', 'corrections/gz-1.yaml'] }));
    expect(s.publicity).toBe('pending');
    expect(s.appointment).toBe('pending');
    expect(s.supervision).toBe('none');
  });

  it('says in a list how far a round has got', () => {
    expect(roundItem(ds, ds.byKind.rounds.get('r1')!).meta).toEqual(['2026年', '个别提拔', '1个职位', '已进行到：任职']);
  });
});

describe('the outcome of a round', () => {
  it('names who was appointed to each position, with the date, linking the appointment', () => {
    const [line] = roundOutcome(exampleDataset(), 'r1');
    const text = plain(line);
    expect(text).toContain('望川市交通运输局副局长（副处级）：');
    expect(text).toContain('林晓川已任市交通运输局副局长（2026-06-18起）');
    expect(JSON.stringify(line)).toContain('/appointments/rz-1/');
  });

  it('tags the candidates publicised for a position with their window’s state, for the page script to recompute', () => {
    const on = (today: string) => roundOutcome(exampleDataset({ today, drop: ['appointments/rz-1.yaml'] }), 'r1')[0]!;
    expect(plain(on('2026-06-03'))).toContain('林晓川正在公示，拟任市交通运输局副局长');
    expect(JSON.stringify(on('2026-06-03'))).toContain('"window":{"from":"2026-06-02","to":"2026-06-08"');
    expect(plain(on('2026-06-20'))).toContain('林晓川公示已结束，拟任市交通运输局副局长');
  });

  it('says how far a round without an appointment has got', () => {
    const ds = exampleDataset({ drop: ['appointments/rz-1.yaml', 'publicities/gs-1.yaml', 'corrections/gz-1.yaml', 'publicity-outcomes/gsjg-1.yaml'] });
    expect(plain(roundOutcome(ds, 'r1')[0]!)).toMatch(/尚无结果，已进行到/);
  });
});

describe('a person page in the search index', () => {
  it('gives the index the 20 most recent records naming a person and shows the rest unindexed, so an official named by thousands stays a page of their own size', { timeout: 120_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'gongshi-appearances-'));
    try {
      writeJurisdiction(root, join(import.meta.dirname, '../../../content/calendar'), { records: 1000, seed: 1, today: SYNTH_TODAY });
      const { dataset } = validateContent(root, SYNTH_TODAY);
      const views = [...dataset!.byKind.people.keys()].map((id) => personView(dataset!, id));
      const busiest = views.reduce((a, b) => (b.appearances.length > a.appearances.length ? b : a));
      expect(busiest.appearances.length).toBeGreaterThan(INDEXED_APPEARANCES);
      expect(busiest.appearances.filter((a) => !a.unindexed)).toHaveLength(INDEXED_APPEARANCES);
      expect(busiest.appearances.slice(0, INDEXED_APPEARANCES).every((a) => !a.unindexed)).toBe(true);
      expect(busiest.appearances.slice(INDEXED_APPEARANCES).every((a) => a.unindexed)).toBe(true);
      // A person named a few times keeps every record indexed.
      expect(personView(ds, 'lin-xc').appearances.every((a) => !a.unindexed)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
