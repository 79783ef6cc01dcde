import { describe, expect, it } from 'vitest';
import { homeView, LATEST_COUNT, listItems, listPages } from '../../../src/view/listings.ts';
import { liveTagsAsOf } from '../../../src/view/display.ts';
import { example } from '../../fixtures/examples.ts';
import { exampleDataset, plain } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();

describe('list pages', () => {
  it('lists a notice kind newest first', () => {
    const gs2 = { ...example('publicities'), title: '第二份公示', published: '2026-07-01', window: { from: '2026-07-01', to: '2026-07-07' }, candidates: [{ person: 'li-ming', position: 'p1', proposedPost: '拟任市交通运输局副局长' }] };
    const items = listItems(exampleDataset({ overrides: { 'publicities/gs-2.yaml': gs2 } }), 'publicities');
    expect(items.map((i) => i.href)).toEqual(['/publicities/gs-2/', '/publicities/gs-1/']);
  });

  it('says on a publicity row whether its window is open', () => {
    expect(plain(listItems(ds, 'publicities')[0]!.meta)).toContain('公示已结束');
    expect(plain(listItems(exampleDataset({ today: '2026-06-03' }), 'publicities')[0]!.meta)).toContain('正在公示');
  });

  it('gives a publicity row’s state tag the window and every phase’s wording, for the page script to recompute on the day of reading', () => {
    const tagOn = (today: string) => listItems(exampleDataset({ today }), 'publicities')[0]!.meta[0];
    expect(tagOn('2026-06-03')).toEqual({
      tag: '正在公示',
      tone: 'open',
      window: { from: '2026-06-02', to: '2026-06-08', phase: 'open', asOf: '2026-06-03', labels: { upcoming: '公示尚未开始', open: '正在公示', closing: '正在公示，即将截止', closed: '公示已结束' } },
    });
    expect(tagOn('2026-06-08')).toMatchObject({ tag: '正在公示，即将截止', tone: 'alert' });
    expect(tagOn('2026-06-01')).toMatchObject({ tag: '公示尚未开始', tone: 'upcoming' });
    expect(tagOn('2026-06-09')).toMatchObject({ tag: '公示已结束', tone: 'closed' });
  });

  it('says which day the tags of a list are as of only while one of them can still change', () => {
    const metaOn = (today: string) => listItems(exampleDataset({ today }), 'publicities').flatMap((i) => i.meta);
    expect(liveTagsAsOf(metaOn('2026-06-03'))).toBe('2026-06-03');
    expect(liveTagsAsOf(metaOn('2026-06-01'))).toBe('2026-06-01');
    expect(liveTagsAsOf(metaOn('2026-06-09'))).toBeUndefined();
    expect(liveTagsAsOf(listItems(ds, 'people').flatMap((i) => i.meta))).toBeUndefined();
  });

  it('lists people in pinyin order of their names', () => {
    expect(listItems(ds, 'people').map((i) => i.title)).toEqual(['李明', '林晓川']);
  });

  it('shows a person’s current posts on their row', () => {
    expect(listItems(ds, 'people').find((i) => i.title === '林晓川')!.meta).toEqual(['望川市交通运输局综合规划科科长']);
  });

  it('gives every list at least one page', () => {
    expect(listPages(ds, 'supervision-reports')).toHaveLength(1);
    expect(listPages(ds, 'rounds', 1)).toHaveLength(1);
  });
});

describe('the home page', () => {
  it('shows the windows open on the reference date with who is publicised', () => {
    const home = homeView(exampleDataset({ today: '2026-06-03' }));
    expect(home.open).toEqual([{ href: '/publicities/gs-1/', title: '任前公示', people: ['林晓川（拟任市交通运输局副局长）'], from: '2026-06-02', to: '2026-06-08', phase: 'open' }]);
  });

  it('carries every window not yet over and those closed in the last 14 days, for the page script to show on the day of reading', () => {
    const on = (today: string) => homeView(exampleDataset({ today }));
    expect(on('2026-06-01').windows.map((w) => w.phase)).toEqual(['upcoming']);
    expect(on('2026-06-07').windows.map((w) => w.phase)).toEqual(['closing']);
    expect(on('2026-06-22').windows.map((w) => [w.href, w.phase])).toEqual([['/publicities/gs-1/', 'closed']]);
    expect(on('2026-06-22').open).toEqual([]);
    expect(on('2026-06-23').windows).toEqual([]);
  });

  it('counts what each window list shows on the reference date, and keeps 正在公示 when it is empty', () => {
    const lists = (today: string) => homeView(exampleDataset({ today })).windowLists.map((l) => [l.heading, l.phases.join(' '), l.shown]);
    expect(lists('2026-06-01')).toEqual([
      ['正在公示', 'open closing', 0],
      ['即将开始的公示', 'upcoming', 1],
    ]);
    expect(lists('2026-06-07')).toEqual([
      ['正在公示', 'open closing', 1],
      ['即将开始的公示', 'upcoming', 0],
    ]);
    expect(lists('2026-07-01')).toEqual([['正在公示', 'open closing', 0]]);
  });

  it('shows no open window once every window has closed', () => {
    expect(homeView(ds).open).toEqual([]);
  });

  it('shows windows about to open separately', () => {
    expect(homeView(exampleDataset({ today: '2026-06-01' })).upcoming.map((w) => w.href)).toEqual(['/publicities/gs-1/']);
  });

  it('lists the latest notices, at most twenty', () => {
    expect(LATEST_COUNT).toBe(20);
    expect(homeView(ds).latest).toHaveLength(13);
    expect(homeView(ds).latest[0]!.href).toBe('/supervision-reports/jc-1/');
  });

  it('links every notice kind with its count', () => {
    const kinds = homeView(ds).kinds;
    expect(kinds).toHaveLength(13);
    expect(kinds).toContainEqual({ href: '/publicities/', label: '任前公示', count: 1 });
  });
});
