import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, referenceDate, shanghaiToday } from '../../../src/domain/dates.ts';

describe('reference date', () => {
  it('is fixed by GONGSHI_TODAY', () => expect(referenceDate({ GONGSHI_TODAY: '2026-11-20' })).toBe('2026-11-20'));
  it('rejects a malformed GONGSHI_TODAY', () => expect(() => referenceDate({ GONGSHI_TODAY: '20.11.2026' })).toThrow('GONGSHI_TODAY'));
  it('counts the day in Shanghai, eight hours ahead of UTC', () => {
    expect(shanghaiToday(new Date('2026-11-19T16:30:00Z'))).toBe('2026-11-20');
  });
});

describe('calendar arithmetic', () => {
  it('adds months, clamped to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('counts calendar days across a month and a year end', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
  it('refuses a date that does not exist instead of counting from it', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow('不是有效日期');
  });
});
