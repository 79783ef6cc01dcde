/**
 * Working-day arithmetic on the official calendar: weekends are off unless a make-up workday (调休上班),
 * holiday periods are off, every other day is worked. Dates are ISO strings `YYYY-MM-DD` and all
 * arithmetic is done in UTC, so the host time zone never shifts a day. Pure functions, no I/O.
 */
import type { Calendar } from '../schemas/calendar.ts';
import { DAY_MS, dayOfWeek, fromUtc, toUtc } from './dates.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';

const say = validationMessages.workingDays;
/** Thrown when a date falls in a year for which no calendar (State Council notice) is on file. */
export class CalendarGapError extends Error {
  /** The date that could not be classified. */
  readonly date: string;
  /** Its year, for which content/calendar/<year>.yaml is missing. */
  readonly year: number;

  constructor(date: string, year: number) {
    super(say.yearMissing(year));
    this.name = 'CalendarGapError';
    this.date = date;
    this.year = year;
  }
}

/** What one year's calendar says about individual days. */
interface YearTable {
  /** Holiday date -> holiday name. */
  holidays: Map<string, string>;
  /** Make-up workday date -> the holiday it makes up for. */
  makeup: Map<string, string>;
}

/** A working-day calendar over the given years' official calendars; dates outside them throw CalendarGapError. */
export function createWorkingCalendar(calendars: Calendar[]) {
  const tables = new Map<number, YearTable>();
  for (const c of calendars) {
    if (tables.has(c.year)) throw new Error(say.yearTwice(c.year));
    const holidays = new Map<string, string>();
    for (const h of c.holidays) {
      for (let t = toUtc(h.from), end = toUtc(h.to); t <= end; t += DAY_MS) holidays.set(fromUtc(t), h.name);
    }
    const makeup = new Map(c.workdays.map((w) => [w.date, w.for] as const));
    tables.set(c.year, { holidays, makeup });
  }

  /** The table of `date`'s year; throws CalendarGapError when that year is not on file. */
  const tableOf = (date: string): YearTable => {
    toUtc(date);
    const year = Number(date.slice(0, 4));
    const table = tables.get(year);
    if (!table) throw new CalendarGapError(date, year);
    return table;
  };

  const isWorkingDay = (date: string): boolean => {
    const table = tableOf(date);
    if (table.makeup.has(date)) return true;
    if (table.holidays.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  };

  /** Every date from `from` to `to` inclusive; empty when `to` precedes `from`. */
  function* each(from: string, to: string): Generator<string> {
    for (let t = toUtc(from), end = toUtc(to); t <= end; t += DAY_MS) yield fromUtc(t);
  }

  return {
    /** Whether `date` is a working day: a weekday that is no holiday, or a make-up workday. */
    isWorkingDay,

    /** Whether `date` is a weekend day worked to make up for a holiday (调休上班). */
    isMakeupWorkday(date: string): boolean {
      return tableOf(date).makeup.has(date);
    },

    /** The name of the holiday `date` falls in, e.g. 春节, or undefined. */
    holidayName(date: string): string | undefined {
      return tableOf(date).holidays.get(date);
    },

    /** Working days from `from` to `to`, both inclusive (0 when `to` precedes `from`). */
    countWorkingDays(from: string, to: string): number {
      let n = 0;
      for (const d of each(from, to)) if (isWorkingDay(d)) n++;
      return n;
    },

    /** The date of the `n`-th working day from `start`, counting `start` itself as day 1 if it is a working day. */
    addWorkingDays(start: string, n: number): string {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(say.badCount(n));
      let t = toUtc(start);
      for (;;) {
        const d = fromUtc(t);
        if (isWorkingDay(d) && --n === 0) return d;
        t += DAY_MS;
      }
    },

    /** The make-up workdays from `from` to `to` inclusive, in date order, each with the holiday it makes up for. */
    makeupWorkdaysBetween(from: string, to: string): { date: string; for: string }[] {
      const out: { date: string; for: string }[] = [];
      if (toUtc(from) > toUtc(to)) return out;
      const [y0, y1] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      for (let y = y0; y <= y1; y++) {
        const first = y === y0 ? from : `${y}-01-01`;
        const table = tableOf(first);
        for (const [date, holiday] of table.makeup) if (date >= from && date <= to) out.push({ date, for: holiday });
      }
      return out.sort((a, b) => a.date.localeCompare(b.date));
    },

    /** The years on file, ascending. */
    years(): number[] {
      return [...tables.keys()].sort((a, b) => a - b);
    },
  };
}

/** The working calendar built by createWorkingCalendar. */
export type WorkingCalendar = ReturnType<typeof createWorkingCalendar>;
