/**
 * Where a day falls in a window: before it, in it, in its last days, or after it. One pure function
 * so the build (the page as served) and the page script (the day it is read) agree to the letter.
 * Dates are YYYY-MM-DD strings, compared as text.
 */

/** The phases of a window a reader sees. */
export type WindowPhase = 'upcoming' | 'open' | 'closing' | 'closed';

/** Days at the end of a window (the last day and the one before) that count as closing soon. */
export const CLOSING_SOON_DAYS = 2;

/** Days from `a` to `b` (YYYY-MM-DD), counted in UTC so no clock change can shift them. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The phase of window `from`–`to` (both days included) on `today`. */
export function windowPhase(from: string, to: string, today: string): WindowPhase {
  if (today < from) return 'upcoming';
  if (today > to) return 'closed';
  return daysBetween(today, to) < CLOSING_SOON_DAYS ? 'closing' : 'open';
}

/** Today in Asia/Shanghai (UTC+8 all year, no daylight saving) as YYYY-MM-DD. */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Days after a window closed during which a list still carries it (hidden), so a page read on an
 * earlier day than it was built — a clock behind, a build dated ahead — can still show it.
 */
export const RECENTLY_CLOSED_DAYS = 14;

/**
 * Whether a list built on `today` carries window `from`–`to` for the page script to show or hide on
 * the day it is read: every window not yet over, and those closed in the last RECENTLY_CLOSED_DAYS.
 */
export function isReadingDayCandidate(window: { from: string; to: string }, today: string): boolean {
  return daysBetween(window.to, today) <= RECENTLY_CLOSED_DAYS;
}
