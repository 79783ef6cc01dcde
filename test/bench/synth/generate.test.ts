/**
 * The synthetic jurisdiction: deterministic for a seed, about the size asked for, and — the one
 * that matters — valid under every rule in force, so benchmarks measure real work on real-shaped data.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, generateJurisdiction, SYNTH_TODAY } from '../../../bench/synth/generate.ts';
import { readCalendars, writeJurisdiction } from '../../../bench/synth/write.ts';
import { KINDS } from '../../../src/schemas/common.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { formatProblems } from '../../../src/domain/problem.ts';

const CALENDAR_DIR = resolve(import.meta.dirname, '../../../content/calendar');
const calendars = readCalendars(CALENDAR_DIR);

describe('generateJurisdiction', () => {
  it('produces identical records for the same seed', () => {
    const a = generateJurisdiction({ records: 300, seed: 7, calendars });
    const b = generateJurisdiction({ records: 300, seed: 7, calendars });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('produces different records for different seeds', () => {
    const a = generateJurisdiction({ records: 300, seed: 7, calendars });
    const b = generateJurisdiction({ records: 300, seed: 8, calendars });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it('produces about the number of records asked for, calendars included', () => {
    for (const n of [300, 2000]) {
      const made = generateJurisdiction({ records: n, seed: 1, calendars }).length + calendars.length;
      expect(Math.abs(made - n) / n).toBeLessThan(0.05);
    }
  });

  it('writes every record kind at least once', () => {
    const kinds = new Set(generateJurisdiction({ records: 300, seed: 3, calendars }).map((r) => r.kind));
    expect([...kinds].sort()).toEqual(KINDS.filter((k) => k !== 'calendar').sort());
  });

  it('dates nothing after the reference date but the end of a probation or of an open window', () => {
    const today = '2026-06-30';
    const records = generateJurisdiction({ records: 300, seed: 2, calendars, today });
    // A probation or a publicity window that began by today may end after it; every other date is history.
    const future = (key: string, value: unknown) =>
      key === 'probation' || (key === 'window' && (value as { from: string }).from <= today) ? undefined : value;
    const dates = JSON.stringify(records, future).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(dates.length).toBeGreaterThan(200);
    expect(dates.filter((d) => d > today)).toEqual([]);
  });

  it('uses record IDs that are unique within each kind', () => {
    const records = generateJurisdiction({ records: 2000, seed: 5, calendars });
    const keys = records.map((r) => `${r.kind}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('passes validation with zero problems (shape, references, every rule, the ledger)', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongshi-synth-'));
    writeJurisdiction(root, CALENDAR_DIR, { records: 300, seed: 11 });
    const { problems, records } = validateContent(root, SYNTH_TODAY);
    expect(formatProblems(problems)).toBe('');
    expect(records).toBeGreaterThan(250);
  }, 120_000);

  it('holds each rare ending in every set, however small: an open window, a deferral cleared by a second appointment, a withdrawal', () => {
    for (const seed of [1, 2, 11]) {
      const records = generateJurisdiction({ records: 300, seed, calendars });
      const results = records.filter((r) => r.kind === 'appointments').flatMap((r) => (r.data as { results: { status: string }[] }).results.map((x) => x.status));
      expect(results).toContain('deferred');
      expect(results).toContain('withdrawn');
      expect(records.some((r) => r.kind === 'appointments' && r.id.endsWith('-rz-2'))).toBe(true);
      const outcomes = records.filter((r) => r.kind === 'publicity-outcomes').flatMap((r) => (r.data as { items: { pending: number; resolved?: string }[] }).items);
      // A deferral's pending report is cleared, with its date, before the second appointment (rule A1).
      expect(outcomes.filter((it) => it.pending > 0).every((it) => it.resolved)).toBe(true);
      expect(outcomes.some((it) => it.pending > 0)).toBe(true);
    }
  });
});

describe('aggregate', () => {
  it('drops one highest and one lowest score for a trimmed mean', () => {
    expect(aggregate([60, 80, 90, 70, 100], 'trimmed-mean')).toBe(80);
  });

  it('averages every score for a mean', () => {
    expect(aggregate([60, 80, 100], 'mean')).toBe(80);
  });
});
