import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CalendarSchema } from '../../../src/schemas/calendar.ts';
import '../../../src/domain/schema-issues.ts';

/** The raw YAML of content/calendar/<year>.yaml. */
function raw(year: number): Record<string, unknown> {
  return parse(readFileSync(new URL(`../../../content/calendar/${year}.yaml`, import.meta.url), 'utf8'));
}

/** A small valid calendar to break one field at a time. */
function sample() {
  return {
    year: 2026,
    notice: '国办发明电〔2025〕7号',
    published: '2025-11-04',
    holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }],
    workdays: [{ date: '2026-01-04', for: '元旦' }],
  };
}

/** "path: message" of every issue, or [] when `data` is valid. */
function issues(data: unknown): string[] {
  const r = CalendarSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('calendar schema', () => {
  it('accepts the 2025 calendar file', () => {
    const c = CalendarSchema.parse(raw(2025));
    expect(c.notice).toBe('国办发明电〔2024〕12号');
    expect(c.holidays).toHaveLength(6);
    expect(c.workdays).toHaveLength(5);
  });

  it('accepts the 2026 calendar file', () => {
    const c = CalendarSchema.parse(raw(2026));
    expect(c.notice).toBe('国办发明电〔2025〕7号');
    expect(c.holidays).toHaveLength(7);
    expect(c.workdays).toHaveLength(6);
  });

  it('accepts the minimal sample', () => expect(issues(sample())).toEqual([]));

  it('turns a YAML date object back into the ISO string', () => {
    const c = sample() as Record<string, unknown>;
    c.published = new Date('2025-11-04T00:00:00Z');
    expect(CalendarSchema.parse(c).published).toBe('2025-11-04');
  });

  it('rejects a make-up workday on a weekday', () => {
    const c = sample();
    c.workdays[0]!.date = '2026-01-05';
    expect(issues(c)).toEqual(['workdays.0.date: 2026-01-05是周一：调休上班日只能是周六或周日，请核对通知原文']);
  });

  it('rejects a holiday outside the calendar year', () => {
    const c = sample();
    c.holidays.push({ name: '春节', from: '2027-02-06', to: '2027-02-13' });
    expect(issues(c)).toEqual([
      'holidays.1.from: 日期2027-02-06不在2026年内：本文件只收2026年的日期，其他年份请写入对应年份的文件',
      'holidays.1.to: 日期2027-02-13不在2026年内：本文件只收2026年的日期，其他年份请写入对应年份的文件',
    ]);
  });

  it('rejects a make-up workday outside the calendar year', () => {
    const c = sample();
    c.workdays[0]!.date = '2025-12-27';
    expect(issues(c)).toContain('workdays.0.date: 日期2025-12-27不在2026年内：本文件只收2026年的日期，其他年份请写入对应年份的文件');
  });

  it('rejects a holiday that ends before it starts', () => {
    const c = sample();
    c.holidays[0] = { name: '元旦', from: '2026-01-03', to: '2026-01-01' };
    expect(issues(c)).toEqual(['holidays.0.to: 放假结束日期（to）不能早于开始日期（from）']);
  });

  it('rejects an unknown key', () => {
    const r = CalendarSchema.safeParse({ ...sample(), source: 'gov.cn' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['source'], path: [] }]);
  });

  it('rejects an unknown key inside a holiday', () => {
    const c = sample();
    (c.holidays[0] as Record<string, unknown>).days = 3;
    expect(CalendarSchema.safeParse(c).error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['days'], path: ['holidays', 0] }]);
  });

  it('rejects a date that does not exist', () => {
    const c = sample();
    c.holidays[0]!.to = '2026-02-30';
    expect(issues(c)).toEqual(['holidays.0.to: 这一天在日历上不存在，请核对年月日']);
  });

  it('rejects a make-up workday inside a holiday period', () => {
    const c = sample();
    c.holidays[0]!.to = '2026-01-04';
    expect(issues(c)).toEqual(['workdays.0.date: 2026-01-04落在元旦假期（2026-01-01至2026-01-04）内：同一天不能既放假又上班']);
  });

  it('rejects a make-up workday for a holiday the file does not list', () => {
    const c = sample();
    c.workdays[0]!.for = '新年';
    expect(issues(c)).toEqual(['workdays.0.for: “新年”不在本年holidays的节日名称中：应为元旦之一']);
  });

  it('rejects a year that is not a whole number', () => {
    expect(issues({ ...sample(), year: 2026.5 })).toContain('year: 年份应为整数，例如2026');
  });
});
