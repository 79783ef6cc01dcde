import { describe, expect, it } from 'vitest';
import { formatDate, formatIso, formatMonth, formatNumber, formatPercent, formatYear } from '../../../src/view/format.ts';

describe('formatting for the published pages', () => {
  it('writes a date the Chinese way without leading zeros', () => {
    expect(formatDate('2026-11-20')).toBe('2026年11月20日');
    expect(formatDate('2026-03-05')).toBe('2026年3月5日');
  });

  it('refuses a string that is not an ISO date', () => {
    expect(() => formatDate('2026/11/20')).toThrow('not an ISO date');
  });

  it('writes a month as year and month', () => {
    expect(formatMonth('1982-05')).toBe('1982年5月');
  });

  it('tells a month from a date by its shape', () => {
    expect(formatIso('1982-05')).toBe('1982年5月');
    expect(formatIso('1982-05-09')).toBe('1982年5月9日');
  });

  it('writes a year with its character', () => {
    expect(formatYear(2026)).toBe('2026年');
  });

  it('groups thousands and keeps the decimals a score is published with', () => {
    expect(formatNumber(12380)).toBe('12,380');
    expect(formatNumber(85, 2)).toBe('85.00');
    expect(formatNumber(85.456, 2)).toBe('85.46');
  });

  it('gives a share of a whole as a percentage with one decimal', () => {
    expect(formatPercent(50, 58)).toBe('86.2%');
  });

  it('gives a dash instead of dividing by zero', () => {
    expect(formatPercent(0, 0)).toBe('—');
  });
});
