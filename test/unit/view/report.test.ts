import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { openReportWindows, reportGroups, reportWindows } from '../../../src/view/report.ts';
import { referenceCode } from '../../../src/domain/reference-code.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

describe('windows open for reports', () => {
  it('lists a publicity on every day of its window, the first and last included', () => {
    for (const today of ['2026-06-02', '2026-06-05', '2026-06-08']) expect(openReportWindows(exampleDataset({ today })).publicities.map((w) => w.id)).toEqual(['gs-1']);
  });

  it('lists nothing before a window opens or after it closes', () => {
    for (const today of ['2026-06-01', '2026-06-09']) expect(openReportWindows(exampleDataset({ today })).publicities).toEqual([]);
  });

  it('gives the deadline, the people with their proposed posts, and the reference code', () => {
    const [w] = openReportWindows(exampleDataset({ today: '2026-06-05' })).publicities;
    expect(w).toEqual({
      kind: 'publicities',
      id: 'gs-1',
      href: '/publicities/gs-1/',
      title: '任前公示',
      people: [{ href: '/people/lin-xc/', name: '林晓川', post: '拟任市交通运输局副局长' }],
      from: '2026-06-02',
      deadline: '2026-06-08',
      code: referenceCode('publicities', 'gs-1'),
      phase: 'open',
    });
  });

  it('carries windows not yet open and those closed in the last 14 days, hidden, for the page script', () => {
    const on = (today: string) => reportWindows(exampleDataset({ today })).publicities.map((w) => w.phase);
    expect(on('2026-06-01')).toEqual(['upcoming']);
    expect(on('2026-06-22')).toEqual(['closed']);
    expect(on('2026-06-23')).toEqual([]);
    expect(reportGroups(exampleDataset({ today: '2026-06-01' })).find((g) => g.kind === 'publicities')).toMatchObject({ shown: 0, windows: [{ id: 'gs-1' }] });
    expect(reportGroups(exampleDataset({ today: '2026-06-08' })).find((g) => g.kind === 'publicities')).toMatchObject({ shown: 1 });
  });

  it('lists inspections under way with the inspectees and the posts they are inspected for', () => {
    const [w] = openReportWindows(exampleDataset({ today: '2026-04-10' }))['inspection-notices'];
    expect(w).toMatchObject({ id: 'kc-1', deadline: '2026-04-15', people: [{ name: '林晓川', post: '望川市交通运输局副局长（副处级）' }] });
  });

  it('puts the closest deadline first', () => {
    const ds = exampleDataset({
      today: '2026-06-05',
      overrides: { 'publicities/gs-0.yaml': { ...example('publicities'), window: { from: '2026-06-01', to: '2026-06-06' }, candidates: [{ person: 'li-ming', position: 'p1', proposedPost: '拟任市交通运输局副局长' }] } },
    });
    expect(openReportWindows(ds).publicities.map((w) => w.id)).toEqual(['gs-0', 'gs-1']);
  });
});
