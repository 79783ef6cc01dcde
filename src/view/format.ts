/**
 * How dates and numbers read on the published pages: Chinese long dates (2026年11月20日) for people,
 * ISO strings in `<time datetime>` for machines. Input dates are already validated ISO strings.
 */
import { dateText } from '../i18n/zh-cn-dates.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** `2026-11-20` as 2026年11月20日. */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return dateText.date(m[1]!, Number(m[2]), Number(m[3]));
}

/** `1982-05` as 1982年5月. */
export function formatMonth(iso: string): string {
  const m = ISO_MONTH.exec(iso);
  if (!m) throw new Error(`not an ISO month: ${iso}`);
  return dateText.month(m[1]!, Number(m[2]));
}

/** A date or a month, whichever `iso` is. */
export function formatIso(iso: string): string {
  return ISO_MONTH.test(iso) ? formatMonth(iso) : formatDate(iso);
}

/** A year as 2026年. */
export function formatYear(year: number): string {
  return dateText.year(year);
}

const grouping = new Map<number, Intl.NumberFormat>();

/** A number with zh-CN digit grouping and, when given, exactly `decimals` decimal places (scores). */
export function formatNumber(n: number, decimals?: number): string {
  const key = decimals ?? -1;
  let f = grouping.get(key);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', decimals === undefined ? { maximumFractionDigits: 20 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    grouping.set(key, f);
  }
  return f.format(n);
}

/** `part` as a percentage of `whole` with one decimal (86.2%); a dash when `whole` is zero. */
export function formatPercent(part: number, whole: number, decimals = 1): string {
  if (whole === 0) return '—';
  return `${formatNumber(Math.round((part / whole) * 100 * 10 ** decimals) / 10 ** decimals, decimals)}%`;
}
