import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowState } from '../../../src/domain/queries.ts';
import { CLOSING_SOON_DAYS, daysBetween, shanghaiDay, windowPhase } from '../../../src/domain/window-phase.ts';

describe('the phase of a window on a day', () => {
  it('is upcoming before, open inside, closing on the last two days, closed after', () => {
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-17')).toBe('upcoming');
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-18')).toBe('open');
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-22')).toBe('open');
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-23')).toBe('closing');
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-24')).toBe('closing');
    expect(windowPhase('2026-11-18', '2026-11-24', '2026-11-25')).toBe('closed');
  });

  it('counts days across a month and a year end', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('agrees with the build’s open / closed for every window and day (fixed seed)', () => {
    const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), day, (from, len, today) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10);
        const phase = windowPhase(from, to, today);
        const state = windowState({ from, to }, today);
        expect(phase === 'closing' ? 'open' : phase).toBe(state);
        if (phase === 'closing') expect(daysBetween(today, to)).toBeLessThan(CLOSING_SOON_DAYS);
      }),
      { seed: 20261120, numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('today in Asia/Shanghai', () => {
  it('turns at 16:00 UTC, whatever the machine’s time zone', () => {
    expect(shanghaiDay(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(shanghaiDay(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  });
});
