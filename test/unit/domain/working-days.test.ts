import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addDays, dayOfWeek } from '../../../src/domain/dates.ts';
import { CalendarGapError, createWorkingCalendar } from '../../../src/domain/working-days.ts';
import { CalendarSchema, type Calendar } from '../../../src/schemas/calendar.ts';

/** content/calendar/<year>.yaml, parsed and validated. */
function load(year: number): Calendar {
  return CalendarSchema.parse(parse(readFileSync(new URL(`../../../content/calendar/${year}.yaml`, import.meta.url), 'utf8')));
}

const cal = createWorkingCalendar([load(2025), load(2026)]);

describe('date helpers', () => {
  it('adds days across a month end', () => expect(addDays('2025-01-31', 1)).toBe('2025-02-01'));
  it('adds days across a leap day', () => expect(addDays('2024-02-28', 1)).toBe('2024-02-29'));
  it('subtracts days across a year end', () => expect(addDays('2026-01-01', -1)).toBe('2025-12-31'));
  it('gives Sunday as 0', () => expect(dayOfWeek('2025-01-26')).toBe(0));
  it('gives Saturday as 6', () => expect(dayOfWeek('2026-02-14')).toBe(6));
  it('rejects a date that does not exist', () => expect(() => addDays('2026-02-30', 1)).toThrow(RangeError));
});

describe('working calendar, 2025', () => {
  it('treats the Sunday 2025-01-26 as a working day', () => expect(cal.isWorkingDay('2025-01-26')).toBe(true));
  it('marks 2025-01-26 as a make-up workday', () => expect(cal.isMakeupWorkday('2025-01-26')).toBe(true));
  it('treats the Wednesday 2025-10-08 as a holiday', () => {
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.holidayName('2025-10-08')).toBe('国庆节、中秋节');
  });
  it('treats an ordinary Saturday as a day off', () => expect(cal.isWorkingDay('2025-03-15')).toBe(false));
  it('treats an ordinary Wednesday as a working day', () => expect(cal.isWorkingDay('2025-03-12')).toBe(true));
  it('names no holiday on an ordinary day', () => expect(cal.holidayName('2025-03-12')).toBeUndefined());
  it('does not call an ordinary Saturday a make-up workday', () => expect(cal.isMakeupWorkday('2025-03-15')).toBe(false));

  it('counts six working days from 2025-09-28 to 2025-10-12 across the National Day week', () => {
    // 9-28 (Sun, make-up), 9-29, 9-30, then 10-1..10-8 off, 10-9, 10-10, 10-11 (Sat, make-up).
    expect(cal.countWorkingDays('2025-09-28', '2025-10-12')).toBe(6);
  });
  it('counts no working days inside the National Day holiday', () => expect(cal.countWorkingDays('2025-10-01', '2025-10-08')).toBe(0));
  it('counts both ends of the range', () => expect(cal.countWorkingDays('2025-03-10', '2025-03-14')).toBe(5));
  it('counts zero when the range is reversed', () => expect(cal.countWorkingDays('2025-03-14', '2025-03-10')).toBe(0));

  it('ends a five-working-day window begun on 2025-09-29 on the make-up Saturday 2025-10-11', () => {
    expect(cal.addWorkingDays('2025-09-29', 5)).toBe('2025-10-11');
  });
  it('counts the start as day 1 when it is a working day', () => expect(cal.addWorkingDays('2025-03-12', 1)).toBe('2025-03-12'));
  it('starts counting at the first working day after a holiday', () => expect(cal.addWorkingDays('2025-10-01', 1)).toBe('2025-10-09'));
  it('refuses to add zero working days', () => expect(() => cal.addWorkingDays('2025-03-12', 0)).toThrow(RangeError));

  it('reports the make-up workday inside a window', () => {
    expect(cal.makeupWorkdaysBetween('2025-09-29', '2025-10-15')).toEqual([{ date: '2025-10-11', for: '国庆节、中秋节' }]);
  });
  it('reports no make-up workday in an ordinary month', () => expect(cal.makeupWorkdaysBetween('2025-03-01', '2025-03-31')).toEqual([]));
});

describe('working calendar, 2026', () => {
  it('treats every day from 2026-02-15 to 2026-02-23 as the Spring Festival', () => {
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) {
      expect(cal.isWorkingDay(d), d).toBe(false);
      expect(cal.holidayName(d), d).toBe('春节');
    }
  });
  it('works on the Saturdays 2026-02-14 and 2026-02-28', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
  });
  it('works again on 2026-02-24 after the Spring Festival', () => expect(cal.isWorkingDay('2026-02-24')).toBe(true));
  it('lists both Spring Festival make-up Saturdays in February 2026', () => {
    expect(cal.makeupWorkdaysBetween('2026-02-01', '2026-02-28')).toEqual([
      { date: '2026-02-14', for: '春节' },
      { date: '2026-02-28', for: '春节' },
    ]);
  });
  it('keeps the Mid-Autumn Festival and National Day apart in 2026', () => {
    expect(cal.holidayName('2026-09-25')).toBe('中秋节');
    expect(cal.holidayName('2026-10-07')).toBe('国庆节');
    expect(cal.isWorkingDay('2026-09-28')).toBe(true);
  });
  it('counts working days across the new year, including the make-up Sunday 2026-01-04', () => {
    // 2025-12-29, 12-30, 12-31, then 2026-01-01..01-03 off, 01-04 (Sun, make-up), 01-05.
    expect(cal.countWorkingDays('2025-12-29', '2026-01-05')).toBe(5);
  });
  it('lists make-up workdays across the new year', () => {
    expect(cal.makeupWorkdaysBetween('2025-12-01', '2026-01-31')).toEqual([{ date: '2026-01-04', for: '元旦' }]);
  });
});

describe('calendar gaps', () => {
  it('lists the years on file', () => expect(cal.years()).toEqual([2025, 2026]));

  it('throws CalendarGapError naming 2027 for a date in 2027', () => {
    let error: unknown;
    try {
      cal.isWorkingDay('2027-03-01');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarGapError);
    expect(error).toMatchObject({ date: '2027-03-01', year: 2027 });
    expect((error as Error).message).toBe('工作日历缺少2027年：请在content/calendar/增加2027.yaml（依据国务院办公厅当年节假日安排通知）');
  });
  it('throws CalendarGapError naming 2024 for a date in 2024', () => {
    expect(() => cal.holidayName('2024-12-31')).toThrow('工作日历缺少2024年');
  });
  it('throws when a count runs into an uncovered year', () => {
    expect(() => cal.countWorkingDays('2026-12-30', '2027-01-04')).toThrow(CalendarGapError);
  });
  it('throws when adding working days runs past the last year on file', () => {
    expect(() => cal.addWorkingDays('2026-12-28', 10)).toThrow('工作日历缺少2027年');
  });
  it('throws when listing make-up workdays runs into an uncovered year', () => {
    expect(() => cal.makeupWorkdaysBetween('2026-12-01', '2027-01-31')).toThrow(CalendarGapError);
  });
  it('refuses two calendars for the same year', () => {
    expect(() => createWorkingCalendar([load(2025), load(2025)])).toThrow('2025年的工作日历重复');
  });
});
