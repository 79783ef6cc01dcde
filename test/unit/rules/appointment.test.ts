import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes, type Records } from '../../fixtures/build.ts';

const RZ = 'content/appointments/rz.yaml';

const deferred = (until: string) => (r: Records) =>
  (r['appointments/rz'].results[0] = { person: 'lin-xc', position: 'p1', status: 'deferred', post: '市交通运输局副局长', reason: '反映问题需进一步核查', deferredUntil: until });

describe('A1 timing of the appointment', () => {
  it('passes an appointment after the window with every report resolved', () => {
    const ds = buildFixture();
    expect(findings(ds, 'A1')).toEqual([]);
    expect(outcomes(ds, 'A1')[0]!.evidence).toBe('林晓川：公示期至2026-05-29，2026-06-08任职；反映问题已查清');
  });

  it('fails an appointment effective on the last day of the window', () => {
    const ds = buildFixture((r) => (r['appointments/rz'].results[0].effective = '2026-05-29'));
    expect(findings(ds, 'A1')).toEqual([
      expect.objectContaining({ rule: 'A1', file: RZ, path: 'results[0].effective', message: expect.stringContaining('任职生效日期2026-05-29不晚于公示期结束日2026-05-29') }),
    ]);
  });

  it('fails an appointment while a report is still being checked', () => {
    const ds = buildFixture((r) => Object.assign(r['publicity-outcomes/gsjg'].items[0], { unsubstantiated: 0, pending: 1 }));
    expect(findings(ds, 'A1')).toEqual([
      expect.objectContaining({ path: 'results[0].effective', message: expect.stringContaining('还有1件反映在查（content/publicity-outcomes/gsjg.yaml），却已于2026-06-08任职') }),
    ]);
  });

  it('fails an appointment without publicity', () => {
    const ds = buildFixture((r) => {
      delete r['publicities/gs'];
      delete r['publicity-outcomes/gsjg'];
    });
    expect(findings(ds, 'A1')).toEqual([expect.objectContaining({ path: 'results[0].person', message: expect.stringContaining('没有职位p1（副局长）的任前公示：未经公示不得任职') })]);
  });

  it('passes a deferral of at most 3 months that has not yet run out', () => {
    const ds = buildFixture(deferred('2026-09-01'), { today: '2026-07-01' });
    expect(findings(ds, 'A1')).toEqual([]);
    expect(outcomes(ds, 'A1')[0]).toMatchObject({ status: 'met', evidence: '林晓川：2026-06-10暂缓任用，至2026-09-01（不超过3个月）' });
  });

  it('fails a deferral longer than 3 months', () => {
    const ds = buildFixture(deferred('2026-10-01'), { today: '2026-07-01' });
    expect(findings(ds, 'A1')).toEqual([
      expect.objectContaining({ path: 'results[0].deferredUntil', message: expect.stringContaining('暂缓至2026-10-01，超过自2026-06-10起3个月的期限（2026-09-10）') }),
    ]);
  });

  it('fails a deferral that ran out without a final result', () => {
    const ds = buildFixture(deferred('2026-09-01'));
    expect(findings(ds, 'A1')).toEqual([expect.objectContaining({ path: 'results[0].deferredUntil', message: expect.stringContaining('暂缓任用已于2026-09-01到期，仍未公布最终结果') })]);
  });
});

describe('A2 probation', () => {
  it('passes a one-year probation on a post that requires it', () => {
    const ds = buildFixture();
    expect(findings(ds, 'A2')).toEqual([]);
    expect(outcomes(ds, 'A2')[0]!.evidence).toBe('林晓川：试用期2026-06-08至2027-06-07（12个月）');
  });

  it('fails a missing probation', () => {
    const ds = buildFixture((r) => delete r['appointments/rz'].results[0].probation);
    expect(findings(ds, 'A2')).toEqual([
      expect.objectContaining({ rule: 'A2', file: RZ, path: 'results[0].probation', message: expect.stringContaining('职位p1（副局长）实行试用期，没有写明林晓川（lin-xc）的试用期') }),
    ]);
  });

  it('fails a probation of the wrong length', () => {
    const ds = buildFixture((r) => (r['appointments/rz'].results[0].probation.to = '2026-12-07'));
    expect(findings(ds, 'A2')).toEqual([expect.objectContaining({ path: 'results[0].probation.to', message: expect.stringContaining('与规定的12个月不符：应至2027-06-07') })]);
  });

  it('does not apply to a post without probation', () => {
    const ds = buildFixture((r) => (r['rounds/r1'].positions[0].probation = false));
    expect(outcomes(ds, 'A2').map((o) => o.status)).toEqual(['not-applicable']);
  });
});

describe('A3 every decided candidate concluded', () => {
  it('passes a decided candidate with a published result', () => {
    const ds = buildFixture();
    expect(findings(ds, 'A3')).toEqual([]);
    expect(outcomes(ds, 'A3')[0]!.evidence).toBe('林晓川：已任职（2026-06-10公布）');
  });

  it('waits within 3 months of the window', () => {
    const ds = buildFixture((r) => delete r['appointments/rz'], { today: '2026-07-01' });
    expect(findings(ds, 'A3')).toEqual([]);
    expect(outcomes(ds, 'A3')[0]!.status).toBe('not-applicable');
  });

  it('fails a decided candidate without a result 3 months after the window', () => {
    const ds = buildFixture((r) => delete r['appointments/rz']);
    expect(findings(ds, 'A3')).toEqual([
      expect.objectContaining({
        rule: 'A3',
        file: 'content/decisions/jd.yaml',
        path: 'items[0].person',
        message: expect.stringContaining('林晓川（lin-xc）的公示期已于2026-05-29结束，超过3个月（2026-08-29）仍未公布结果'),
      }),
    ]);
  });
});
