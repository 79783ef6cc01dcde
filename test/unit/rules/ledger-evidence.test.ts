import { describe, expect, it } from 'vitest';
import { ledgerEvidence } from '../../../src/rules/ledger-evidence.ts';
import type { LogEntry } from '../../../src/ledger/log.ts';
import type { LedgerSite } from '../../../src/ledger/site.ts';
import { buildFixture } from '../../fixtures/build.ts';

const HASH = 'ab'.repeat(32);
let seq = 0;
const v = (key: string, version: number, data: unknown, extra: Partial<LogEntry> = {}): LogEntry => ({ seq: seq++, key, version, hash: HASH, sealed: '2026-06-30', data, ...extra });

/** A ledger site with just the versions the evidence reads. */
function site(entries: LogEntry[]): LedgerSite {
  const versions = new Map<string, LogEntry[]>();
  for (const e of entries) versions.set(e.key, [...(versions.get(e.key) ?? []), e]);
  return { versions } as LedgerSite;
}

const ds = buildFixture();
const round = { title: 'r1', standards: ['政治素质好'], qualifications: ['大学本科以上学历'] };

describe('ledgerEvidence', () => {
  it('leaves all three to sealing when nothing of the round is sealed', () => {
    const e = ledgerEvidence(site([]), ds, 'r1');
    expect([e.P3.status, e.D9.status, e.E1.status]).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
    expect(e.P3.evidence).toBe('本次工作尚未封存,封存后开始核验');
  });

  it('meets P3 with the date, log line and hash of the first sealed version', () => {
    seq = 6;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round)]), ds, 'r1');
    expect(e.P3).toEqual({ status: 'met', evidence: `选任标准和任职条件于 2026-06-30 封存(台账第 7 行,哈希 ${HASH.slice(0, 16)}),此后未改动`, records: ['rounds/r1'] });
  });

  it('meets P3 when a correction changed the round but not its standards', () => {
    const e = ledgerEvidence(site([v('rounds/r1', 1, round), v('rounds/r1', 2, { ...round, title: 'r1 更正' }, { correction: 'corrections/gz' })]), ds, 'r1');
    expect(e.P3.status).toBe('met');
    expect(e.P3.evidence).toContain('此后更正 1 次,均未改动这两项');
  });

  it('fails P3 when a later version changed the standards', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round), v('rounds/r1', 2, { ...round, standards: ['另一标准'] }, { correction: 'corrections/gz' })]), ds, 'r1');
    expect(e.P3).toMatchObject({ status: 'failed', evidence: '选任标准或任职条件在第 2 版被改动(台账第 2 行)' });
  });

  it('meets D9 with the dates the decisions were sealed', () => {
    seq = 0;
    const e = ledgerEvidence(site([v('rounds/r1', 1, round), v('decisions/jd', 1, {}, { sealed: '2026-07-01' })]), ds, 'r1');
    expect(e.D9.status).toBe('met');
    expect(e.D9.evidence).toContain('讨论决定于 2026-07-01(台账第 2 行)封存');
    expect(e.D9.records).toEqual(['rounds/r1', 'decisions/jd']);
  });

  it('meets E1 when sealed records never changed, and names each correction otherwise', () => {
    expect(ledgerEvidence(site([v('rounds/r1', 1, round), v('publicities/gs', 1, {})]), ds, 'r1').E1.evidence).toBe('本次工作已封存记录 2 条,封存后均未改动');
    const corrected = ledgerEvidence(site([v('publicities/gs', 1, {}), v('publicities/gs', 2, { x: 1 }, { correction: 'corrections/gz' })]), ds, 'r1').E1;
    expect(corrected).toMatchObject({ status: 'met', records: ['publicities/gs', 'corrections/gz'] });
    expect(corrected.evidence).toContain('publicities/gs 第 2 版依 corrections/gz 更正');
  });

  it('fails E1 for a later version without a correction', () => {
    const e = ledgerEvidence(site([v('publicities/gs', 1, {}), v('publicities/gs', 2, { x: 1 })]), ds, 'r1');
    expect(e.E1).toEqual({ status: 'failed', evidence: 'publicities/gs 第 2 版没有更正记录', records: ['publicities/gs'] });
  });
});
