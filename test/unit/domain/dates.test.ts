import { describe, expect, it } from 'vitest';
import { referenceDate, shanghaiToday } from '../../../src/domain/dates.ts';

describe('reference date', () => {
  it('is fixed by GONGSHI_TODAY', () => expect(referenceDate({ GONGSHI_TODAY: '2026-11-20' })).toBe('2026-11-20'));
  it('rejects a malformed GONGSHI_TODAY', () => expect(() => referenceDate({ GONGSHI_TODAY: '20.11.2026' })).toThrow('GONGSHI_TODAY'));
  it('counts the day in Shanghai, eight hours ahead of UTC', () => {
    expect(shanghaiToday(new Date('2026-11-19T16:30:00Z'))).toBe('2026-11-20');
  });
});
