/**
 * content/calendar/YYYY.yaml — the official working-day calendar of one year, copied from the State
 * Council General Office's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知). Every deadline
 * counted in working days (公示期不少于 5 个工作日, …) is counted against these files.
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { isoDate, text } from './common.ts';

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday (UTC, so no time-zone drift). */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** One holiday period of the notice, both ends inclusive, e.g. 春节 2026-02-15 — 2026-02-23. */
export const HolidaySchema = z
  .strictObject({
    /** Name as written in the notice, e.g. 春节, or 国庆节、中秋节 when they are merged. */
    name: text(40).meta({ title: '节日', description: '节日名称，照通知原文填写，例如 春节；合并放假的写 国庆节、中秋节' }),
    /** First day off (inclusive). */
    from: isoDate.meta({ title: '放假开始', description: '放假第一天（含当天），例如 2026-02-15' }),
    /** Last day off (inclusive). */
    to: isoDate.meta({ title: '放假结束', description: '放假最后一天（含当天），例如 2026-02-23' }),
  })
  .refine((h) => h.from <= h.to, { params: coded('holidayOrder'), path: ['to'] });
export type Holiday = z.output<typeof HolidaySchema>;

/** One make-up workday (调休上班日): a Saturday or Sunday that is worked. */
export const WorkdaySchema = z.strictObject({
  /** The weekend day that is worked, e.g. 2026-02-14. */
  date: isoDate.meta({ title: '上班日期', description: '调休上班的周六或周日，例如 2026-02-14' }),
  /** The holiday it makes up for, written exactly as that holiday's `name`. */
  for: text(40).meta({ title: '调休节日', description: '为哪个节日调休，与 holidays 中该节日的 name 一致，例如 春节' }),
});
export type Workday = z.output<typeof WorkdaySchema>;

/** A year's calendar as published by the State Council General Office. */
export const CalendarSchema = z
  .strictObject({
    /** Calendar year the notice covers. */
    year: z
      .number({ error: say('yearType') })
      .int({ error: say('yearInteger') })
      .min(2000, { error: say('yearRange', { min: 2000, max: 2100 }) })
      .max(2100, { error: say('yearRange', { min: 2000, max: 2100 }) })
      .meta({ title: '年份', description: '本日历适用的年份，例如 2026' }),
    /** Document number of the notice, e.g. 国办发明电〔2025〕7号. */
    notice: text(40).meta({ title: '通知文号', description: '国务院办公厅节假日安排通知的文号，例如 国办发明电〔2025〕7号' }),
    /** Full title of the notice, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
    noticeTitle: text(200).optional().meta({ title: '通知标题', description: '通知标题，例如 国务院办公厅关于2026年部分节假日安排的通知' }),
    /** Date the notice was issued. */
    published: isoDate.meta({ title: '通知日期', description: '通知发布日期，例如 2025-11-04' }),
    /** Holiday periods (放假调休), in the order of the notice. */
    holidays: z
      .array(HolidaySchema.meta({ title: '放假安排', description: '一个节日的放假起止日期' }))
      .meta({ title: '放假安排', description: '放假安排：每个节日一段，起止日期均含当天' }),
    /** Make-up workdays (调休上班的周末日). */
    workdays: z
      .array(WorkdaySchema.meta({ title: '调休上班日', description: '一个调休上班的周末日' }))
      .meta({ title: '调休上班日', description: '调休上班日：通知中写明“上班”的周六、周日' }),
  })
  .superRefine((c, ctx) => {
    const inYear = (date: string) => date.startsWith(`${c.year}-`);
    const names = new Set(c.holidays.map((h) => h.name));
    c.holidays.forEach((h, i) => {
      for (const key of ['from', 'to'] as const) {
        if (!inYear(h[key]))
          ctx.addIssue({
            code: 'custom',
            path: ['holidays', i, key],
            params: coded('outOfYear', { date: h[key], year: c.year }),
          });
      }
    });
    c.workdays.forEach((w, i) => {
      if (!inYear(w.date))
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'date'],
          params: coded('outOfYear', { date: w.date, year: c.year }),
        });
      const dow = weekday(w.date);
      if (dow !== 0 && dow !== 6)
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'date'],
          params: coded('workdayWeekday', { date: w.date, weekday: dow }),
        });
      const clash = c.holidays.find((h) => h.from <= w.date && w.date <= h.to);
      if (clash)
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'date'],
          params: coded('workdayInHoliday', { date: w.date, holiday: clash.name, from: clash.from, to: clash.to }),
        });
      if (!names.has(w.for))
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'for'],
          params: coded('workdayFor', { name: w.for, names: [...names] }),
        });
    });
  }, { when: (payload) => payload.issues.length === 0 }) // cross-field checks need every date valid first
  .meta({ title: '工作日历', description: '一年的法定工作日历，照国务院办公厅部分节假日安排的通知填写；所有按工作日计算的期限都以它为准。' });
export type Calendar = z.output<typeof CalendarSchema>;
