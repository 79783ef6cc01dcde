import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import {
  attributesFor,
  filterValues,
  KIND_WEIGHT,
  NAME_WEIGHT,
  personNames,
  SUBJECT_WEIGHT,
  UNDATED,
  noticeAttributes,
  pagefindElements,
  pagefindElementsForPage,
  personAttributes,
  roundAttributes,
  unitAttributes,
  type SearchAttributes,
} from '../../../src/view/search-attributes.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();
const during = exampleDataset({ today: '2026-06-05' });

describe('search attributes of a notice', () => {
  const gs = noticeAttributes(ds, ds.byKind.publicities.get('gs-1')!);

  it('filters by kind, unit, year, stage and position level', () => {
    expect(gs.filters).toMatchObject({ kind: ['任前公示'], unit: ['望川市交通运输局'], year: ['2026'], stage: ['任前公示'], level: ['副处级'] });
  });

  it("carries a publicity's window dates, not its state on the build's date, so the browser decides by the day of reading", () => {
    const w = ds.byKind.publicities.get('gs-1')!.data.window;
    expect(gs.filters).toMatchObject({ wfrom: [w.from], wto: [w.to] });
    expect(noticeAttributes(during, during.byKind.publicities.get('gs-1')!).filters).toEqual(gs.filters);
    expect(JSON.stringify(gs)).not.toContain('公示已结束');
  });

  it('gives other kinds no window dates', () => {
    expect(noticeAttributes(ds, ds.byKind.appointments.get('rz-1')!).filters).toMatchObject({ wfrom: [], wto: [] });
  });

  it('files a notice under its publication month and day, which a query written 2026年6月 is read as', () => {
    expect(gs.filters).toMatchObject({ month: ['2026-06'], day: ['2026-06-02'] });
  });

  it('is found by its kind, the shorter word for it, and the names of the people it is about, their pinyin in meta only', () => {
    expect(gs.weighted).toEqual([
      { text: '任前公示', weight: KIND_WEIGHT },
      { text: '公示', weight: KIND_WEIGHT },
      { text: '林晓川', weight: NAME_WEIGHT },
    ]);
    // Notices a citizen does not act on carry the names lower, and the pinyin in a meta of its own.
    const kc = noticeAttributes(ds, ds.byKind['inspection-notices'].values().next().value!);
    expect(kc.weighted.filter((w) => w.text === '林晓川').map((w) => w.weight)).toEqual([SUBJECT_WEIGHT]);
    expect(kc.weighted.map((w) => w.text).filter((t) => /[a-z]/.test(t))).toEqual([]);
    expect(kc.meta.spellings).toBe('linxiaochuan lxc liming lm');
    expect(noticeAttributes(ds, ds.byKind['publicity-outcomes'].values().next().value!).weighted.filter((w) => w.weight === KIND_WEIGHT).map((w) => w.text)).toEqual(['公示结果']);
  });

  it('shows kind, date and reference code with the result, and sorts by date', () => {
    expect(gs.meta).toEqual({ kind: '任前公示', date: '2026-06-02', code: 'GS-XTQ2MSWX', people: '林晓川 linxiaochuan lxc' });
    expect(noticeAttributes(ds, ds.byKind['inspection-notices'].values().next().value!).meta.people).toBeUndefined();
    expect(gs.sort).toEqual({ date: '2026-06-02' });
  });

  it("takes the units and levels of all of its round's positions when a notice names none", () => {
    const yg = noticeAttributes(ds, ds.byKind['pre-announcements'].get('yg-1')!);
    expect(yg.filters.unit).toEqual(['望川市交通运输局']);
    expect(yg.filters.level).toEqual(['副处级']);
  });

  it('files a correction under the stage of corrections, with the units of what it corrects', () => {
    expect(noticeAttributes(ds, ds.byKind.corrections.get('gz-1')!).filters).toMatchObject({ stage: ['纠错与监督'], unit: ['望川市交通运输局'] });
  });

  it('has no names of its own: its heading is its name', () => {
    expect(gs.names).toEqual([]);
  });
});

describe('search attributes of a round, a person and a unit', () => {
  it('files a round under the furthest stage it reached and its latest window', () => {
    const r = roundAttributes(during, 'r1');
    const w = during.byKind.publicities.get('gs-1')!.data.window;
    expect(r.filters).toMatchObject({ kind: ['选拔任用工作'], unit: ['望川市交通运输局'], year: ['2026'], stage: ['任职'], level: ['副处级'], wfrom: [w.from], wto: [w.to] });
    expect(r.meta).toMatchObject({ kind: '选拔任用工作', date: '2026-06-20' });
    expect(r.meta.code).toMatch(/^XB-/);
  });

  it('names a round by its title and its posts', () => {
    expect(roundAttributes(ds, 'r1').names).toEqual(['市交通运输局副局长选拔', '副局长']);
  });

  it('leaves out stage and date for a round with no notice yet, and sorts it last rather than dropping it from a sorted search', () => {
    const fresh = exampleDataset({ overrides: { 'rounds/r2.yaml': { ...example('rounds'), title: '新的选拔' } } });
    const r = roundAttributes(fresh, 'r2');
    expect(r.filters.stage).toEqual([]);
    expect(r.filters.wfrom).toEqual([]);
    expect(r.meta.date).toBeUndefined();
    expect(r.sort.date).toBe(UNDATED);
  });

  it('files a person under the units they work in, the years they appear and their latest window', () => {
    const p = personAttributes(during, 'lin-xc');
    const w = during.byKind.publicities.get('gs-1')!.data.window;
    expect(p.filters).toEqual({ kind: ['人员'], unit: ['望川市交通运输局'], year: ['2026'], wfrom: [w.from], wto: [w.to] });
    expect(p.names).toEqual(['林晓川']);
    expect(p.spellings).toEqual(['linxiaochuan', 'lxc']);
    expect(p.meta).toEqual({ kind: '人员', date: '2026-06-20' });
  });

  it('names a unit by its name, short name and the other short names people use', () => {
    const withShort = exampleDataset({ overrides: { 'units/jtj.yaml': { ...example('units'), shortName: '市交通局', aliases: ['交通局', '市交通局'], parent: 'swzzb' } } });
    expect(unitAttributes(withShort, 'jtj')).toMatchObject({ filters: { kind: ['单位'], unit: ['望川市交通运输局'] }, names: ['望川市交通运输局', '市交通局', '交通局'] });
  });

  it('gives every page a sort date, so sorting by date drops none', () => {
    expect(unitAttributes(ds, 'jtj').sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const id of ds.byKind.people.keys()) expect(personAttributes(ds, id).sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('a name as people type it', () => {
  it('adds the pinyin in full and its initials, reading surnames as surnames', () => {
    expect(personNames('林晓川')).toEqual(['林晓川', 'linxiaochuan', 'lxc']);
    expect(personNames('单雄信')).toEqual(['单雄信', 'shanxiongxin', 'sxx']);
    expect(personNames('吕一')).toEqual(['吕一', 'lvyi', 'ly']);
  });

  it('finds the attributes of the record behind a page, and none for other pages', () => {
    expect(attributesFor(ds, 'publicities', 'gs-1')).toEqual(noticeAttributes(ds, ds.byKind.publicities.get('gs-1')!));
    expect(attributesFor(ds, 'people', 'lin-xc')).toEqual(personAttributes(ds, 'lin-xc'));
    expect(attributesFor(ds, 'qualifications', 'q1')).toBeUndefined();
    expect(attributesFor(ds, 'publicities', 'nope')).toBeUndefined();
    expect(attributesFor(ds, 'page', '2')).toBeUndefined();
  });
});

describe('the elements Pagefind reads', () => {
  const attrs: SearchAttributes = {
    filters: { kind: ['任前公示'], unit: ['中共望川市纪律检查委员会 望川市监察委员会', '甲,乙:丙'] },
    meta: { kind: '任前公示', date: '2026-06-02' },
    sort: { date: '2026-06-02' },
    names: ['林晓川'],
    spellings: ['linxiaochuan', 'lxc'],
    weighted: [{ text: '任前公示', weight: 7 }],
  };
  const els = pagefindElements(attrs);

  it('writes one key:value per element, so commas and colons in names need no escaping', () => {
    expect(els.filter((e) => 'data-pagefind-filter' in e.attrs).map((e) => e.attrs['data-pagefind-filter'])).toEqual([
      'kind:任前公示',
      'unit:中共望川市纪律检查委员会 望川市监察委员会',
      'unit:甲,乙:丙',
    ]);
  });

  it('writes meta and sort keys', () => {
    expect(els.map((e) => e.attrs['data-pagefind-meta']).filter(Boolean)).toEqual(['kind:任前公示', 'date:2026-06-02', 'names:林晓川 linxiaochuan lxc']);
    expect(els.map((e) => e.attrs['data-pagefind-sort']).filter(Boolean)).toEqual(['date:2026-06-02']);
  });

  it('indexes names at the top weight, and other weighted text at its own, in hidden elements, which nobody sees twice; spellings never', () => {
    expect(els.filter((e) => e.text)).toEqual([
      { attrs: { class: 'search-only', 'aria-hidden': 'true', 'data-pagefind-weight': String(NAME_WEIGHT) }, text: '林晓川' },
      { attrs: { class: 'search-only', 'aria-hidden': 'true', 'data-pagefind-weight': '7' }, text: '任前公示' },
    ]);
  });

  it('gives record pages their elements and other pages none', () => {
    expect(pagefindElementsForPage(ds, '/people/lin-xc/')).toEqual(pagefindElements(personAttributes(ds, 'lin-xc')));
    expect(pagefindElementsForPage(ds, '/people/')).toEqual([]);
    expect(pagefindElementsForPage(ds, '/publicities/page/2/')).toEqual([]);
    expect(pagefindElementsForPage(ds, '/search/')).toEqual([]);
  });
});

describe('every value a filter takes', () => {
  const values = filterValues(during);

  it('offers kinds in reading order: notices by stage, then rounds, people and units', () => {
    expect(values.kind.slice(0, 2)).toEqual(['年度计划', '推荐预告']);
    expect(values.kind.slice(-3)).toEqual(['选拔任用工作', '人员', '单位']);
  });

  it('offers stages in procedural order and the newest year first', () => {
    expect(values.stage[0]).toBe('计划与推荐预告');
    expect(values.stage.at(-1)).toBe('纠错与监督');
    expect(values.year).toEqual(['2026']);
  });

  it('offers only values some page carries', () => {
    expect(values.level).toEqual(['副处级']);
    // Which state a window is in depends on the day of reading, so all three are offered.
    expect(values.window).toEqual(['正在公示', '公示尚未开始', '公示已结束']);
    expect(values.unit).toEqual(expect.arrayContaining(['望川市交通运输局', '中共望川市委组织部']));
  });
});
