/** Hostile corpus, duplicates: the same notice filed twice (same kind, round and person) is flagged, naming both files. */
import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { datasetProblems } from '../../fixtures/dataset-problems.ts';

const dup = (file: string, kind: string, edit: (r: Record<string, unknown>) => void = () => {}) => {
  const r = example(kind as never);
  edit(r);
  return datasetProblems({ [file]: r });
};

describe('a duplicate of an existing notice', () => {
  it('flags a second publicity of the same candidate in the same round, naming both files, the line and the field', () => {
    expect(dup('publicities/gs-2.yaml', 'publicities')).toEqual([
      {
        file: 'content/publicities/gs-2.yaml',
        path: 'candidates[0].person',
        line: 9,
        column: 13,
        message:
          '这份任前公示与content/publicities/gs-1.yaml重复：两份都是选拔任用工作“r1”中关于林晓川（lin-xc）的任前公示。如果是同一份公告，请删除其中一份；要改已发布的内容，请新建更正（corrections），不要再发一份',
      },
    ]);
  });

  it.each([
    ['an integrity summary', 'integrity-summaries/lz-2.yaml', 'integrity-summaries', 'person', 'content/integrity-summaries/lz-1.yaml', '廉政情况'],
    ['an inspection report', 'inspection-reports/kcbg-2.yaml', 'inspection-reports', 'inspectee', 'content/inspection-reports/kcbg-1.yaml', '考察评价结论'],
    ['an examination', 'examinations/ks-2.yaml', 'examinations', 'candidates[0].person', 'content/examinations/ks-1.yaml', '考试成绩'],
    ['a recommendation of the same method', 'recommendations/tj-2.yaml', 'recommendations', 'candidates[0].person', 'content/recommendations/tj-1.yaml', '推荐情况'],
    ['a decision that passes the same person again', 'decisions/jd-2.yaml', 'decisions', 'items[0].person', 'content/decisions/jd-1.yaml', '讨论决定'],
    ['a publicity outcome', 'publicity-outcomes/gsjg-2.yaml', 'publicity-outcomes', 'items[0].person', 'content/publicity-outcomes/gsjg-1.yaml', '公示结果'],
    ['an appointment', 'appointments/rz-2.yaml', 'appointments', 'results[0].person', 'content/appointments/rz-1.yaml', '任职结果'],
  ])('flags %s', (_name, file, kind, path, first, label) => {
    const problems = dup(file, kind).filter((p) => p.message.includes('重复'));
    expect(problems).toEqual([expect.objectContaining({ file: `content/${file}`, path, message: expect.stringMatching(new RegExp(`^这份${label}与${first}重复：两份都是选拔任用工作“r1”中关于林晓川（lin-xc）的${label}。`)) })]);
  });

  it('flags the later of the two by publication date, naming the earlier', () => {
    const problems = dup('publicities/a-gs.yaml', 'publicities', (r) => (r.published = '2026-06-03'));
    expect(problems[0]).toMatchObject({ file: 'content/publicities/a-gs.yaml', message: expect.stringContaining('与content/publicities/gs-1.yaml重复') });
  });

  it('flags each repeated candidate of a publicity once', () => {
    const problems = dup('publicities/gs-2.yaml', 'publicities', (r) => {
      const c = (r.candidates as object[])[0]!;
      // Two equal objects, not one twice: YAML would write the second as an alias, which records refuse.
      r.candidates = [c, structuredClone(c)];
    });
    expect(problems.filter((p) => p.message.includes('重复'))).toHaveLength(1);
  });

  it.each([
    ['another round', 'publicities/gs-2.yaml', 'publicities', (r: Record<string, unknown>) => (r.round = 'r2')],
    ['a meeting recommendation after a conversation one', 'recommendations/tj-2.yaml', 'recommendations', (r: Record<string, unknown>) => (r.method = 'conversation')],
    ['a decision after a deferral', 'decisions/jd-0.yaml', 'decisions', (r: Record<string, unknown>) => {
      r.published = '2026-05-01';
      (r.items as Record<string, unknown>[])[0]!.result = 'deferred';
    }],
    ['a full-committee vote after the standing committee’s', 'decisions/qw-1.yaml', 'decisions', (r: Record<string, unknown>) => (r.body = 'swqwh')],
    ['an appointment after a deferral', 'appointments/rz-0.yaml', 'appointments', (r: Record<string, unknown>) => {
      r.published = '2026-06-19';
      r.results = [{ person: 'lin-xc', position: 'p1', status: 'deferred', post: '市交通运输局副局长', reason: '待核查', deferredUntil: '2026-08-01' }];
    }],
  ])('accepts %s', (_name, file, kind, edit) => {
    expect(dup(file, kind, edit).filter((p) => p.message.includes('重复'))).toEqual([]);
  });
});
