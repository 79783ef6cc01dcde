/**
 * The publicity windows as an iCalendar feed (RFC 5545), so a reporter can subscribe to the
 * deadlines in any phone or desktop calendar. One all-day event per window: the window's days, the
 * people publicised, the last day to report, the channels and the notice's reference code.
 *
 * Output is deterministic — DTSTAMP comes from the data, not the clock — so two builds of the same
 * content produce the same file and a subscriber's calendar sees no spurious changes.
 */
import { ui } from '../i18n/zh-cn.ts';
import type { Dataset } from '../domain/dataset.ts';
import { personName } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { formatDate } from './format.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { absoluteUrl, noticeUrl } from '../domain/urls.ts';
import { xmlText } from './xml-text.ts';

/** Windows that ended longer ago than this many days before the reference date drop out, keeping the file bounded. */
export const CALENDAR_HISTORY_DAYS = 366;

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; control characters, which TEXT forbids, are dropped. */
export function escapeText(s: string): string {
  return xmlText(s)
    .replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation lines start
 * with one space. Splits fall between characters, never inside a multi-octet UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `YYYY-MM-DD` as an iCalendar DATE (`YYYYMMDD`). */
function icalDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** The day after `iso`: DTEND of an all-day event is exclusive. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Midnight of `iso` in Asia/Shanghai as a UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`). */
function shanghaiMidnightUtc(iso: string): string {
  return new Date(`${iso}T00:00:00+08:00`).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Publicities whose window is in the calendar on the build's reference date, earliest window first. */
export function calendarPublicities(ds: Dataset): Entry<'publicities'>[] {
  const cutoff = new Date(`${ds.today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - CALENDAR_HISTORY_DAYS);
  const from = cutoff.toISOString().slice(0, 10);
  return [...ds.byKind.publicities.values()]
    .filter((p) => p.data.window.to >= from)
    .sort((a, b) => a.data.window.from.localeCompare(b.data.window.from) || a.id.localeCompare(b.id));
}

/** Corrections of each publicity, oldest first: each one bumps the event's SEQUENCE so calendars update it. */
function correctionsByPublicity(ds: Dataset): Map<string, Entry<'corrections'>[]> {
  const out = new Map<string, Entry<'corrections'>[]>();
  const sorted = [...ds.byKind.corrections.values()].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  for (const c of sorted) {
    if (!c.data.corrects.startsWith('publicities/')) continue;
    const id = c.data.corrects.slice('publicities/'.length);
    out.set(id, [...(out.get(id) ?? []), c]);
  }
  return out;
}

/** The VEVENT lines of publicity `p`, unfolded. */
export function windowEvent(ds: Dataset, p: Entry<'publicities'>, corrections: Entry<'corrections'>[] = correctionsByPublicity(ds).get(p.id) ?? []): string[] {
  const c = ui.calendar;
  const host = new URL(ds.site.url).host;
  const url = absoluteUrl(ds.site.url, noticeUrl('publicities', p.id));
  const w = p.data.window;
  const ch = ds.site.channels;
  const code = referenceCode('publicities', p.id);
  const names = p.data.candidates.map((x) => personName(ds, x.person)).join('、');
  const lastChange = corrections.at(-1)?.data.published ?? p.data.published;
  const description = [
    p.data.title,
    c.window(formatDate(w.from), formatDate(w.to)),
    ...p.data.candidates.map((x) => c.candidate(personName(ds, x.person), x.proposedPost)),
    c.deadline(formatDate(w.to)),
    c.code(code),
    c.phone(ch.phone),
    c.email(ch.email),
    c.web(ch.website, ch.sms),
    c.post(ch.postalAddress, ch.postcode),
    ...(corrections.length ? [c.corrected] : []),
    url,
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    // The notice key is permanent, so the UID is too; the site's host makes it globally unique.
    `UID:publicities/${p.id}@${host}`,
    `DTSTAMP:${shanghaiMidnightUtc(lastChange)}`,
    `SEQUENCE:${corrections.length}`,
    `DTSTART;VALUE=DATE:${icalDate(w.from)}`,
    `DTEND;VALUE=DATE:${icalDate(nextDay(w.to))}`,
    `SUMMARY:${escapeText(c.summary(names, formatDate(w.to)))}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    `CATEGORIES:${escapeText(ui.window.publicity)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar as an RFC 5545 document: CRLF line ends, every line folded. */
export function publicityCalendar(ds: Dataset): string {
  const c = ui.calendar;
  const corrections = correctionsByPublicity(ds);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(ds.site.department)}//Gongshi//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(c.name(ds.site.name))}`,
    `X-WR-CALDESC:${escapeText(c.description(ds.site.jurisdiction))}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...calendarPublicities(ds).flatMap((p) => windowEvent(ds, p, corrections.get(p.id) ?? [])),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
