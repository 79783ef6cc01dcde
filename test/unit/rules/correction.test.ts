import { describe, expect, it } from 'vitest';
import type { Dataset, SealedVersion } from '../../../src/domain/dataset.ts';
import { buildFixture, findings, outcomes, type Records } from '../../fixtures/build.ts';

const GZ = 'content/corrections/gz.yaml';
const FIRST_POST = '市交通运输局副局长';
const NEW_POST = '市交通运输局党组成员、副局长';

/** A correction of the appointment's post, from `from` to `to` under `field`. */
const correcting = (field: string, from: string, to: string) => (r: Records) => {
  r['corrections/gz'] = {
    title: '关于任职公告的更正',
    published: '2026-06-12',
    corrects: 'appointments/rz',
    reason: '职务漏写党组职务。',
    changes: [{ field, from, to }],
  };
};

/** `ds` with the ledger's versions of the appointment (and whether the correction itself is sealed). */
function sealed(ds: Dataset, versions: SealedVersion[], correctionSealed: boolean): Dataset {
  const rz = ds.byKind.appointments.get('rz')!.data;
  const withPost = (post: string) => ({ ...rz, results: rz.results.map((x) => ({ ...x, post })) });
  const map = new Map<string, SealedVersion[]>([['appointments/rz', versions.map((v) => ({ ...v, data: withPost(v.data as string) }))]]);
  if (correctionSealed) map.set('corrections/gz', [{ version: 1, sealed: '2026-06-12', data: {} }]);
  ds.sealed = map;
  return ds;
}

describe('E5 a correction agrees with the ledger', () => {
  it('passes a sealed correction whose from and to are the versions before and after it', () => {
    const ds = buildFixture(correcting('职务', FIRST_POST, NEW_POST));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }, { version: 2, sealed: '2026-06-12', data: NEW_POST, correction: 'corrections/gz' }], true);
    expect(findings(ds, 'E5')).toEqual([]);
    expect(outcomes(ds, 'E5')[0]).toMatchObject({ status: 'met', round: 'r1', evidence: '2026-06-12更正任职结果“任职”：职务；更正前后的文字分别与台账第1版、第2版一致' });
  });

  it('fails a from that the version before the correction never said', () => {
    const ds = buildFixture(correcting('职务', '市交通局副局长', NEW_POST));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }, { version: 2, sealed: '2026-06-12', data: NEW_POST, correction: 'corrections/gz' }], true);
    expect(findings(ds, 'E5')).toEqual([
      expect.objectContaining({ rule: 'E5', file: GZ, path: 'changes[0].from', message: '更正前的内容在台账所封存的上一版（第1版）的“职务”中找不到：请照抄上一版的原文' }),
    ]);
  });

  it('fails a to that the version the correction made does not say', () => {
    const ds = buildFixture(correcting('职务', FIRST_POST, '市交通运输局局长'));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }, { version: 2, sealed: '2026-06-12', data: NEW_POST, correction: 'corrections/gz' }], true);
    expect(findings(ds, 'E5')).toEqual([expect.objectContaining({ file: GZ, path: 'changes[0].to', message: expect.stringContaining('更正后的内容与本更正封存的第2版的“职务”不符') })]);
  });

  it('fails a field the record has no label for, listing the labels to choose from', () => {
    const ds = buildFixture(correcting('任职岗位', FIRST_POST, NEW_POST));
    expect(findings(ds, 'E5')).toEqual([
      expect.objectContaining({ file: GZ, path: 'changes[0].field', message: expect.stringMatching(/^“任职岗位”不是任职结果“rz”中可更正的项目：请写出页面上显示的项目名称（标题、发布日期、.*职务.*）/) }),
    ]);
  });

  it('passes a pending correction of an edited record: from as sealed, to as it is now', () => {
    const ds = buildFixture((r) => {
      correcting('职务', FIRST_POST, NEW_POST)(r);
      r['appointments/rz'].results[0].post = NEW_POST;
    });
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }], false);
    expect(findings(ds, 'E5')).toEqual([]);
  });

  it('fails a pending correction whose to is not what the edited record says', () => {
    const ds = buildFixture((r) => {
      correcting('职务', FIRST_POST, '市交通运输局党组副书记')(r);
      r['appointments/rz'].results[0].post = NEW_POST;
    });
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }], false);
    expect(findings(ds, 'E5')).toEqual([expect.objectContaining({ path: 'changes[0].to', message: expect.stringContaining('更正内容与台账对不上') })]);
  });

  it('passes a correction that leaves the record as published when the record still says the old words', () => {
    const ds = buildFixture(correcting('职务', FIRST_POST, NEW_POST));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }], true);
    expect(findings(ds, 'E5')).toEqual([]);
    expect(outcomes(ds, 'E5')[0]!.evidence).toContain('原记录未改动，更正前的文字与原记录一致');
  });

  it('fails a correction that leaves the record as published but quotes words it never said', () => {
    const ds = buildFixture(correcting('职务', '市交通局副局长', NEW_POST));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }], true);
    expect(findings(ds, 'E5')).toEqual([expect.objectContaining({ path: 'changes[0].from', message: expect.stringContaining('原记录的“职务”中却找不到“更正前”的文字') })]);
  });

  it('reads a field written as a path, as corrections sealed before E5 do, as the field it names', () => {
    const ds = buildFixture(correcting('results[0].post', FIRST_POST, NEW_POST));
    sealed(ds, [{ version: 1, sealed: '2026-06-10', data: FIRST_POST }, { version: 2, sealed: '2026-06-12', data: NEW_POST, correction: 'corrections/gz' }], true);
    expect(findings(ds, 'E5')).toEqual([]);
    expect(outcomes(ds, 'E5')[0]!.evidence).toContain('：职务；');
    expect(findings(buildFixture(correcting('results[3].post', FIRST_POST, NEW_POST)), 'E5')).toEqual([expect.objectContaining({ path: 'changes[0].field' })]);
  });

  it('compares with the record as it is when the correction was sealed together with its first version', () => {
    const ds = buildFixture((r) => {
      correcting('职务', FIRST_POST, NEW_POST)(r);
      r['appointments/rz'].results[0].post = NEW_POST;
    });
    sealed(ds, [{ version: 1, sealed: '2026-06-12', data: NEW_POST }], true);
    expect(findings(ds, 'E5')).toEqual([]);
    expect(outcomes(ds, 'E5')[0]!.evidence).toContain('更正与记录同时封存，按现有内容比对');
  });

  it('checks an unsealed record against what it says now', () => {
    expect(findings(buildFixture(correcting('职务', FIRST_POST, NEW_POST)), 'E5')).toEqual([]);
    expect(findings(buildFixture(correcting('职务', '副局长（兼）', '党组书记')), 'E5')).toEqual([expect.objectContaining({ path: 'changes[0].from' })]);
  });
});
