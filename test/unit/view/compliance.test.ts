import { describe, expect, it } from 'vitest';
import { appointmentTrails, chineseDates, compliancePanel, trailsOfNotice } from '../../../src/view/compliance.ts';
import type { NoticeEntry } from '../../../src/domain/dataset.ts';
import { RULE_CATALOG } from '../../../src/rules/index.ts';
import { buildFixture } from '../../fixtures/build.ts';

describe('compliancePanel', () => {
  const panel = compliancePanel(buildFixture(), 'r1');
  const all = [...panel.stages.flatMap((s) => s.items), ...panel.notApplicable];

  it('shows every rule of the catalog exactly once', () => {
    expect(all.map((i) => i.id).sort()).toEqual(RULE_CATALOG.map((r) => r.id).sort());
  });

  it('groups the rules that apply by stage and folds away the rest', () => {
    expect(panel.stages.flatMap((s) => s.items).every((i) => i.status !== 'not-applicable')).toBe(true);
    expect(panel.notApplicable.every((i) => i.status === 'not-applicable')).toBe(true);
    expect(panel.stages.find((s) => s.id === 'D')?.items.map((i) => i.id)).toContain('D2');
  });

  it('counts the statuses in its summary', () => {
    expect(panel.stages.flatMap((s) => s.items)).toHaveLength(41);
    expect(panel.notApplicable).toHaveLength(10);
    expect(panel.summary).toBe('41项符合；另有10项暂不适用。');
  });

  it('counts a declared exception apart in its summary', () => {
    const ds = buildFixture((r) => {
      r['inspection-notices/kc'].inspectees.pop();
      r['inspection-notices/kc'].exceptions = [{ rule: 'I3', reason: '其他人选均不符合任职条件' }];
    });
    expect(compliancePanel(ds, 'r1').summary).toMatch(/^\d+项符合，1项例外（已公开说明理由）；另有\d+项暂不适用。$/);
  });

  it('links each rule to its entry on /rules/ and each record to its page', () => {
    const d2 = all.find((i) => i.id === 'D2')!;
    expect(d2.href).toBe('/rules/#D2');
    expect(d2.tag).toEqual({ tag: '符合', tone: 'ok' });
    expect(d2.records[0]).toMatchObject({ href: '/decisions/jd/' });
  });

  it('shows a declared exception with its reason, labelled as such', () => {
    const ds = buildFixture((r) => {
      r['inspection-notices/kc'].inspectees.pop();
      r['inspection-notices/kc'].exceptions = [{ rule: 'I3', reason: '其他人选均不符合任职条件' }];
    });
    const i3 = compliancePanel(ds, 'r1').stages.flatMap((s) => s.items).find((i) => i.id === 'I3')!;
    expect(i3).toMatchObject({ status: 'exception', tag: { tag: '例外（已说明理由）', tone: 'alert' }, reason: { label: '例外理由', text: '其他人选均不符合任职条件' } });
  });
});

describe('accountability trail views', () => {
  const ds = buildFixture();

  it('lists each appointment of a person with the people answerable, by role, once each', () => {
    const [trail] = appointmentTrails(ds, 'lin-xc');
    expect(trail?.round).toMatchObject({ href: '/rounds/r1/' });
    expect(trail?.roles.map((r) => r.label)).toEqual(['推荐人', '考察组成员', '考察评价签名人', '考官', '参加表决成员', '程序情况表签字人', '汇报人选产生过程']);
    expect(trail?.roles.find((r) => r.role === 'voter')?.people).toHaveLength(9);
  });

  it('gives nothing for a person never appointed', () => {
    expect(appointmentTrails(ds, 'zhou-y')).toEqual([]);
  });

  it('gives the trail of each appointed person of an appointment notice', () => {
    const notice = [...ds.byKind.appointments.values()][0]! as NoticeEntry;
    const trails = trailsOfNotice(ds, notice);
    expect(trails.map((t) => t.person)).toEqual([expect.objectContaining({ href: '/people/lin-xc/' })]);
    expect(trailsOfNotice(ds, [...ds.byKind.publicities.values()][0]! as NoticeEntry)).toEqual([]);
  });
});

describe('dates in the compliance panel', () => {
  it('reads ISO dates in the evidence as Chinese dates, leaving other numbers alone', () => {
    expect(chineseDates('第1版于2026-11-20封存（台账第2026-11行）')).toBe('第1版于2026年11月20日封存（台账第2026-11行）');
  });

  it('shows no ISO date in any evidence of the example round', () => {
    const items = compliancePanel(buildFixture(), 'r1').stages.flatMap((s) => s.items);
    expect(items.filter((i) => /\d{4}-\d{2}-\d{2}/.test(i.evidence)).map((i) => `${i.id}: ${i.evidence}`)).toEqual([]);
  });
});
