/**
 * The ledger evidence of P3, D9 and E1 says when the evidence was sealed relative to the step it
 * protects, and who witnessed it when: a seal after the step is "provable since", never met; a
 * seal date no witness has seen is called the operator's claim.
 */
import { describe, expect, it } from 'vitest';
import { ledgerEvidence } from '../../../src/rules/ledger-evidence.ts';
import type { LogEntry } from '../../../src/ledger/log.ts';
import type { LedgerSite, Witnessing } from '../../../src/ledger/site.ts';
import { buildFixture } from '../../fixtures/build.ts';

const HASH = 'ab'.repeat(32);
const SHORT = HASH.slice(0, 16);
let seq = 0;
const v = (key: string, version: number, data: unknown, extra: Partial<LogEntry> = {}): LogEntry => ({ seq: seq++, key, version, hash: HASH, sealed: '2026-03-02', data, ...extra });
const seen = (size: number, date: string): Witnessing => ({ witness: '望川市纪委监委', size, time: Date.parse(`${date}T10:00:00+08:00`) / 1000, date });

/** A ledger site with just the versions and cosignatures the evidence reads. */
function site(entries: LogEntry[], witnessed: Witnessing[] = []): LedgerSite {
  const versions = new Map<string, LogEntry[]>();
  for (const e of entries) versions.set(e.key, [...(versions.get(e.key) ?? []), e]);
  return { versions, witnessed } as LedgerSite;
}

// The fixture's round r1: pre-announced 2026-03-02, recommendation 2026-03-16, decision 2026-05-22.
const ds = buildFixture();
const round = { title: 'r1', standards: ['政治素质好'], qualifications: ['大学本科以上学历'] };
/** Every record of round r1 sealed on its publication day. */
const onTime = () => {
  seq = 0;
  const dates: Record<string, string> = { 'rounds/r1': '2026-03-02', 'pre-announcements/yg': '2026-03-02', 'recommendations/tj': '2026-03-16', 'examinations/ks': '2026-04-10', 'inspection-notices/kc': '2026-04-20', 'decisions/jd': '2026-05-22', 'publicities/gs': '2026-05-25', 'publicity-outcomes/gsjg': '2026-06-02', 'appointments/rz': '2026-06-10' };
  return Object.entries(dates).map(([k, d]) => v(k, 1, k === 'rounds/r1' ? round : {}, { sealed: d }));
};

describe('P3: standards sealed before the steps that apply them', () => {
  it('is left to sealing when nothing of the round is sealed', () => {
    const e = ledgerEvidence(site([]), ds, 'r1');
    expect([e.P3.status, e.D9.status, e.E1.status]).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
    expect(e.P3.evidence).toBe('本次工作尚未封存，封存后开始核验');
  });

  it('is met when sealed before the recommendation, and names the witness who saw it before that step', () => {
    const e = ledgerEvidence(site(onTime(), [seen(2, '2026-03-09')]), ds, 'r1');
    expect(e.P3).toEqual({
      status: 'met',
      evidence: `选任标准和任职条件于2026年3月2日封存（第0号条目，哈希值：${SHORT}），早于2026年3月16日开始的后续环节，此后未改动；经望川市纪委监委见证于2026年3月9日`,
      records: ['rounds/r1'],
    });
  });

  it('says plainly when the first witness came after the step, or none came', () => {
    expect(ledgerEvidence(site(onTime(), [seen(9, '2026-04-01')]), ds, 'r1').P3.evidence).toContain('经望川市纪委监委见证于2026年4月1日，晚于2026年3月16日的环节：此前的封存日期只是运营方自述');
    expect(ledgerEvidence(site(onTime()), ds, 'r1').P3.evidence).toContain('封存后尚未经任何见证方见证：封存日期只是运营方自述');
  });

  it('is provable only from the seal on, not met, when the round was sealed after the recommendation', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round, { sealed: '2026-11-20' })]), ds, 'r1');
    expect(e.P3.status).toBe('provable-since');
    expect(e.P3.evidence).toMatch(/^台账自2026年11月20日起可证明：选任标准和任职条件2026年11月20日才封存，晚于2026年3月16日开始的后续环节/);
  });

  it('fails when a later version changed the standards', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round), v('rounds/r1', 2, { ...round, standards: ['另一标准'] }, { correction: 'corrections/gz' })]), ds, 'r1');
    expect(e.P3).toMatchObject({ status: 'failed', evidence: '选任标准或任职条件在第2版被改动（第1号条目）' });
  });

  it('is met when a correction changed the round but not its standards', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round), v('rounds/r1', 2, { ...round, title: 'r1 更正' }, { correction: 'corrections/gz', sealed: '2026-04-01' })]), ds, 'r1');
    expect(e.P3.status).toBe('met');
    expect(e.P3.evidence).toContain('此后更正1次，均未改动这两项');
  });
});

describe('D9: the decision applied standards sealed before it', () => {
  it('is met when the standards were sealed before the decision', () => {
    const e = ledgerEvidence(site(onTime(), [seen(9, '2026-05-25')]), ds, 'r1');
    expect(e.D9.status).toBe('met');
    expect(e.D9.evidence).toBe(`讨论决定于2026年5月22日作出；所依据的选任标准在此之前已于2026年3月2日封存（第0号条目，哈希值：${SHORT}），未曾改动；经望川市纪委监委见证于2026年5月25日，晚于2026年5月22日的环节：此前的封存日期只是运营方自述`);
    expect(e.D9.records).toEqual(['rounds/r1', 'decisions/jd']);
  });

  it('is provable only from the seal on when the standards were sealed after the decision', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round, { sealed: '2026-11-20' })]), ds, 'r1');
    expect(e.D9.status).toBe('provable-since');
    expect(e.D9.evidence).toContain('台账自2026年11月20日起可证明：讨论决定于2026年5月22日作出，所依据的选任标准2026年11月20日才封存');
  });
});

describe('E1: records sealed when published, changed only by corrections', () => {
  it('is met when every record was sealed by its publication day, and says how many no witness has seen', () => {
    const e = ledgerEvidence(site(onTime(), [seen(5, '2026-04-27')]), ds, 'r1');
    expect(e.E1.status).toBe('met');
    expect(e.E1.evidence).toBe('本次工作已封存记录9条，均不晚于发布之日封存，封存后均未改动；其中4条尚未经任何见证方见证，其封存日期只是运营方自述');
    expect(ledgerEvidence(site(onTime(), [seen(5, '2026-04-27'), seen(9, '2026-06-15')]), ds, 'r1').E1.evidence).toContain('全部经望川市纪委监委见证，最后一条见证于2026年6月15日');
  });

  it('is provable only from the last late seal when records were sealed after they were published', () => {
    const late = onTime().map((e) => (e.key === 'decisions/jd' || e.key === 'publicities/gs' ? { ...e, sealed: '2026-11-20' } : e));
    const e = ledgerEvidence(site(late), ds, 'r1');
    expect(e.E1.status).toBe('provable-since');
    expect(e.E1.evidence).toMatch(/^台账自2026年11月20日起可证明：本次工作9条已封存记录中有2条在发布之后才封存/);
    expect(e.E1.records).toEqual(['decisions/jd', 'publicities/gs']);
  });

  it('names each correction and the record it corrected by kind and title, never by key, and fails a later version without one', () => {
    seq = 0;
    const corrected = ledgerEvidence(site([v('publicities/gs', 1, {}, { sealed: '2026-05-25' }), v('publicities/gs', 2, { x: 1 }, { correction: 'corrections/gz', sealed: '2026-05-28' })]), ds, 'r1').E1;
    expect(corrected).toMatchObject({ status: 'met', records: ['publicities/gs', 'corrections/gz'] });
    // The fixture's publicity is titled 任前公示; its correction corrections/gz is not on the site.
    expect(corrected.evidence).toContain('任前公示《任前公示》第2版依一条更正记录更正');
    expect(corrected.evidence).not.toMatch(/[a-z]+\/[a-z]/);
    seq = 0;
    const e = ledgerEvidence(site([v('publicities/gs', 1, {}), v('publicities/gs', 2, { x: 1 })]), ds, 'r1');
    expect(e.E1).toEqual({ status: 'failed', evidence: '任前公示《任前公示》第2版没有更正记录', records: ['publicities/gs'] });
  });
});

describe('naming records in the evidence', () => {
  it('names a correction by its title, inner book-title marks made the inner ones', () => {
    const withCorrection = buildFixture((r) => {
      r['corrections/gz'] = { title: '关于《任前公示》的更正', published: '2026-05-28', summary: '更正公示期', corrects: 'publicities/gs', reason: '笔误', changes: [{ field: 'window.to', from: '2026-05-29', to: '2026-05-30' }] };
    });
    seq = 0;
    const e = ledgerEvidence(site([v('publicities/gs', 1, {}, { sealed: '2026-05-25' }), v('publicities/gs', 2, { x: 1 }, { correction: 'corrections/gz', sealed: '2026-05-28' })]), withCorrection, 'r1').E1;
    expect(e.evidence).toContain('任前公示《任前公示》第2版依《关于〈任前公示〉的更正》更正，原文仍可在版本历史中查看');
  });
});
