import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/dataset.ts';
import { loadContent } from '../../../src/domain/load.ts';
import { exampleContent, example } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';

const build = (overrides: Record<string, string | object> = {}) => {
  const root = tmpContent(exampleContent(overrides));
  const loaded = loadContent(join(root, 'content'), root);
  expect(loaded.problems).toEqual([]);
  return buildDataset(loaded.entries, { today: '2026-11-20' });
};

describe('building the dataset', () => {
  it('resolves every reference of the example jurisdiction', () => {
    const { dataset, problems } = build();
    expect(problems).toEqual([]);
    expect(dataset?.notices).toHaveLength(13);
  });

  it('orders notices newest first', () => {
    const dates = build().dataset!.notices.map((n) => n.data.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('reports a reference to a person who does not exist, with the fix', () => {
    const d = example('decisions');
    d.reportedBy = 'wang-wu';
    const { problems } = build({ 'decisions/jd-1.yaml': d });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/decisions/jd-1.yaml', path: 'reportedBy', message: '引用的人员“wang-wu”不存在：请核对编号，或先新建content/people/wang-wu.yaml' }),
    ]);
  });

  it('reports a position that is not in the round', () => {
    const r = example('recommendations');
    r.position = 'p9';
    const { problems } = build({ 'recommendations/tj-1.yaml': r });
    expect(problems[0]).toMatchObject({ path: 'position', message: expect.stringContaining('可用的职位编号为p1') });
  });

  it('reports a correction naming a kind that does not exist', () => {
    const c = example('corrections');
    c.corrects = 'notices/gs-1';
    expect(build({ 'corrections/gz-1.yaml': c }).problems[0]!.message).toContain('不是记录类别');
  });

  it('reports a correction naming a record that does not exist', () => {
    const c = example('corrections');
    c.corrects = 'publicities/gs-9';
    expect(build({ 'corrections/gz-1.yaml': c }).problems[0]!.message).toContain('任前公示“gs-9”不存在');
  });

  it('indexes who names a person, for the person page', () => {
    const refs = build().dataset!.backrefs.get('people/lin-xc')!.map((b) => b.from.kind);
    expect(refs).toEqual(expect.arrayContaining(['recommendations', 'decisions', 'publicities', 'appointments']));
  });

  it('reports two calendars for the same year', () => {
    const { problems } = build({ 'calendar/2026b.yaml': example('calendar') });
    expect(problems[0]!.message).toContain('2026年的工作日历已在');
  });
});
