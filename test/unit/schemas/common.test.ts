import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, isoMonth, ref, refRegistry } from '../../../src/schemas/common.ts';
import '../../../src/domain/schema-issues.ts';

const msg = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? '' : r.error.issues[0]!.message;
};

describe('isoDate', () => {
  it('accepts a real date', () => expect(isoDate.parse('2026-02-28')).toBe('2026-02-28'));
  it('rejects a day that does not exist', () => expect(msg(isoDate, '2026-02-30')).toContain('不存在'));
  it('rejects a date in another format', () => expect(msg(isoDate, '2026/2/3')).toContain('YYYY-MM-DD'));
  it('accepts the Date object a YAML 1.1 parser makes of a bare date', () => {
    expect(isoDate.parse(new Date('2026-03-15T00:00:00Z'))).toBe('2026-03-15');
  });
  it('rejects a leap day in a common year', () => expect(msg(isoDate, '2025-02-29')).toContain('不存在'));
});

describe('isoMonth', () => {
  it('accepts 1983-07', () => expect(isoMonth.parse('1983-07')).toBe('1983-07'));
  it('rejects month 13', () => expect(msg(isoMonth, '1983-13')).toContain('YYYY-MM'));
});

describe('ref', () => {
  it('registers the target kind for the dataset to resolve', () => {
    const s = ref('people');
    expect(refRegistry.get(s)).toEqual({ ref: 'people' });
  });
  it('rejects an ID with capitals', () => expect(msg(ref('people'), 'LinXC')).toContain('小写字母'));
  it('takes kind/id for a reference to any record', () => {
    expect(ref('any').safeParse('publicities/gs-1').success).toBe(true);
    expect(msg(ref('any'), 'gs-1')).toContain('类别/编号');
  });
});
