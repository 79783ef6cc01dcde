/**
 * Dates, in one place: ISO `YYYY-MM-DD` strings, all arithmetic in UTC so the host time zone never
 * shifts a day, and the build's reference date (what "open" and "closed" mean on the published
 * pages) in Asia/Shanghai. Working days on the official calendar build on these (working-days.ts).
 */
import { validationMessages } from '../i18n/zh-cn-validation.ts';

/** Milliseconds in a calendar day. */
export const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const say = validationMessages.dates;

/** Milliseconds since the epoch at UTC midnight of `date`; throws on a malformed or non-existent date. */
export function toUtc(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t;
  }
  throw new RangeError(say.invalid(date));
}

/** The ISO date of UTC midnight `t`. */
export function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (negative `n` goes back). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(say.notWholeDays(n));
  return fromUtc(toUtc(date) + n * DAY_MS);
}

/** Day of the week of `date`: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The date `n` calendar months after `date`, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** GONGSHI_TODAY when set (tests fix it), else today in Asia/Shanghai. Throws on a malformed value. */
export function referenceDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.GONGSHI_TODAY?.trim();
  if (!fixed) return shanghaiToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
    throw new Error(say.badToday(fixed));
  return fixed;
}
