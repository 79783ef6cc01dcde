/**
 * Open data over the example jurisdiction: the CSV tables have one row per tally, per examiner
 * score and per publicity candidate with the right figures; a compiled round holds every stage in
 * order with the corrections and the people it names; the catalog reports each record's ledger state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { loadLedgerSite, type LedgerSite } from '../../../src/ledger/site.ts';
import { catalog, compiledRound, tableCsv, TABLES } from '../../../src/view/open-data.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { cleanUp, editRecord, sealedExample } from '../../fixtures/sealed.ts';

let root: string;
let ds: Dataset;
let site: LedgerSite;
beforeAll(() => {
  root = sealedExample();
  ds = validateContent(root, '2026-11-20').dataset!;
  site = loadLedgerSite(root);
});
afterAll(() => cleanUp(root));

const table = (file: string) => {
  const spec = TABLES.find((t) => t.file === file)!;
  const lines = tableCsv(spec, ds).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const header = lines[0]!.split(',');
  return { header, rows: lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i]!, v]))) };
};

describe('CSV tables', () => {
  it('have a header of exactly the documented columns', () => {
    for (const spec of TABLES) expect(table(spec.file).header).toEqual(spec.columns.map((c) => c.label));
  });

  it('give one row per decision item with the tally, members and result', () => {
    const { rows } = table('decisions.csv');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 讨论决定编号: 'jd-1', 会议日期: '2026-05-30', 应到人数: '1', 实到人数: '1', 同意: '1', 不同意: '0', 结果: '通过', 页面: '/decisions/jd-1/' });
  });

  it('give one row per examiner score with the published scores repeated', () => {
    const { rows } = table('examination-scores.csv');
    expect(rows.map((r) => [r.考官序号, r.考官评分])).toEqual([
      ['1', '80'],
      ['2', '85'],
      ['3', '90'],
    ]);
    expect(rows.every((r) => r.最终成绩 === '85' && r.名次 === '1' && r.计分方法 === '算术平均')).toBe(true);
  });

  it('give one row per publicity candidate with working days, state and report counts', () => {
    const { rows } = table('publicity-windows.csv');
    expect(rows).toEqual([expect.objectContaining({ 公示编号: 'gs-1', 公示开始: '2026-06-02', 公示结束: '2026-06-08', 工作日数: '5', 参照日状态: '已结束', 收到反映: '1', 不属实: '1', 破格提拔: '否' })]);
  });
});

describe('compiled round', () => {
  it('holds the round and every stage in procedural order, then corrections naming its notices', () => {
    const c = compiledRound(ds, site, 'r1');
    expect(c.record.key).toBe('rounds/r1');
    const keys = c.releases.map((r) => r.key);
    expect(keys.slice(0, 3)).toEqual(['pre-announcements/yg-1', 'recommendations/tj-1', 'inspection-notices/kc-1']);
    expect(keys.at(-1)).toBe('corrections/gz-1');
    expect(keys).toContain('appointments/rz-1');
    expect(c.releases.map((r) => r.stage)).toContain('publicity');
  });

  it('carries each record as written with its hash and ledger position', () => {
    const c = compiledRound(ds, site, 'r1');
    const gs = c.releases.find((r) => r.key === 'publicities/gs-1')!;
    expect(gs.data).toEqual(site.sources.get('publicities/gs-1')!.data);
    expect(gs.ledger).toMatchObject({ version: 1, current: true });
    expect(gs.hash).toBe(site.hashes.get('publicities/gs-1'));
  });

  it('includes the people and bodies its records refer to', () => {
    const c = compiledRound(ds, site, 'r1');
    expect(Object.keys(c.parties.people ?? {})).toEqual(['li-ming', 'lin-xc']);
    expect(Object.keys(c.parties.bodies ?? {})).toEqual(['swcwh']);
  });
});

describe('catalog', () => {
  it('lists every record with its page, JSON and ledger state', () => {
    const cat = catalog(site);
    expect(cat.records).toHaveLength(22);
    expect(cat.records.find((r) => r.key === 'publicities/gs-1')).toMatchObject({ page: '/publicities/gs-1/', json: '/data/publicities/gs-1.json', ledger: { version: 1, seq: expect.any(Number), current: true } });
    expect(cat.records.find((r) => r.key === 'bodies/swcwh')!.page).toBeNull();
  });

  it('marks a record changed since sealing as not current', () => {
    editRecord(root, 'people/lin-xc.yaml', (d) => void (d.ethnicity = '回族'));
    const cat = catalog(loadLedgerSite(root));
    expect(cat.records.find((r) => r.key === 'people/lin-xc')!.ledger.current).toBe(false);
  });
});
