/** Hostile corpus, misspelt references: a reference to an ID that does not exist suggests the nearest existing one. */
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/domain/did-you-mean.ts';
import { example } from '../../fixtures/examples.ts';
import { datasetProblems } from '../../fixtures/dataset-problems.ts';

describe('edit distance', () => {
  it.each([
    ['luo-qingyang', 'luo-qingyan', 1],
    ['luo-qingyan', 'luo-qnigyan', 1],
    ['lin-xc', 'lin-cx', 1],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s to %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past its limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('the nearest existing ID', () => {
  const people = ['luo-qingyan', 'lin-xiaochuan', 'li-ming', 'wang-jianhua'];
  it.each([
    ['a letter too many', 'luo-qingyang', 'luo-qingyan'],
    ['a letter missing', 'luo-qngyan', 'luo-qingyan'],
    ['two letters swapped', 'lin-xiaochaun', 'lin-xiaochuan'],
    ['a wrong letter', 'li-ning', 'li-ming'],
    ['an underscore for a hyphen', 'wang_jianhua', 'wang-jianhua'],
    ['the hyphen left out', 'liming', 'li-ming'],
  ])('is suggested for %s', (_name, typo, expected) => {
    expect(closest(typo, people)).toBe(expected);
  });

  it.each([['zhang-san'], ['x'], ['luo']])('is not suggested for %s, which is nothing like any', (typo) => {
    expect(closest(typo, people)).toBeUndefined();
  });

  it('prefers the nearer of two', () => {
    expect(closest('li-minng', ['li-mig', 'li-ming'])).toBe('li-ming');
  });
});

describe('did you mean, in the reference check', () => {
  it('suggests luo-qingyan for luo-qingyang, naming file, line and field', () => {
    const d = example('decisions');
    d.reportedBy = 'lin-xcc';
    expect(datasetProblems({ 'decisions/jd-1.yaml': d })).toEqual([
      {
        file: 'content/decisions/jd-1.yaml',
        path: 'reportedBy',
        line: 10,
        column: 13,
        message: '引用的人员“lin-xcc”不存在：是不是“lin-xc”（content/people/lin-xc.yaml）？请改正编号，或先新建content/people/lin-xcc.yaml',
      },
    ]);
  });

  it('suggests the person of the example for a real-world typo', () => {
    const files = { 'people/luo-qingyan.yaml': { ...example('people'), name: '罗清妍' } };
    const d = example('decisions');
    d.present = ['luo-qingyang'];
    const problems = datasetProblems({ ...files, 'decisions/jd-1.yaml': d });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['present[0]', '引用的人员“luo-qingyang”不存在：是不是“luo-qingyan”（content/people/luo-qingyan.yaml）？请改正编号，或先新建content/people/luo-qingyang.yaml'],
    ]);
  });

  it.each([
    ['a unit', 'units/jtj.yaml', (u: Record<string, unknown>) => (u.parent = 'swzb'), 'parent', '引用的单位“swzb”不存在：是不是“swzzb”（content/units/swzzb.yaml）？'],
    ['a round', 'publicities/gs-1.yaml', (p: Record<string, unknown>) => (p.round = 'r2'), 'round', '引用的选拔任用工作“r2”不存在：是不是“r1”（content/rounds/r1.yaml）？'],
    ['a decision', 'publicities/gs-1.yaml', (p: Record<string, unknown>) => (p.decision = 'jd-11'), 'decision', '引用的讨论决定“jd-11”不存在：是不是“jd-1”（content/decisions/jd-1.yaml）？'],
    ['a body', 'decisions/jd-1.yaml', (p: Record<string, unknown>) => (p.body = 'swcwhh'), 'body', '引用的决策机构“swcwhh”不存在：是不是“swcwh”（content/bodies/swcwh.yaml）？'],
    ['a corrected record', 'corrections/gz-1.yaml', (p: Record<string, unknown>) => (p.corrects = 'publicities/gs-2'), 'corrects', '引用的任前公示“gs-2”不存在：是不是“gs-1”（content/publicities/gs-1.yaml）？'],
  ])('suggests among existing IDs of the same kind for %s', (_name, file, edit, path, start) => {
    const kind = file.split('/')[0]!;
    const base = kind === 'units' ? { name: '望川市交通运输局', type: '政府部门', parent: 'swzzb' } : example(kind as never);
    edit(base);
    const problems = datasetProblems({ [file]: base });
    expect(problems.find((p) => p.path === path)?.message.startsWith(start)).toBe(true);
  });

  it('suggests the nearest position of the round', () => {
    const r = example('recommendations');
    r.position = 'p2';
    const problems = datasetProblems({ 'recommendations/tj-1.yaml': r });
    expect(problems[0]!.message).toBe('职位“p2”不在content/rounds/r1.yaml的positions中：可用的职位编号为p1；是不是“p1”？');
  });

  it('keeps the plain message when nothing is close', () => {
    const d = example('decisions');
    d.reportedBy = 'zhang-san';
    expect(datasetProblems({ 'decisions/jd-1.yaml': d })[0]!.message).toBe('引用的人员“zhang-san”不存在：请核对编号，或先新建content/people/zhang-san.yaml');
  });
});
