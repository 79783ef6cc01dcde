import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { calendarPublicities, escapeText, foldLine, nextDay, publicityCalendar } from '../../../src/view/ical.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

/** Content lines of an iCalendar text with folding undone (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1).map((e) => unfold(`BEGIN:VEVENT${e}`));
const prop = (lines: string[], name: string) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

// The example window (2026-06-02 to 06-08) is in the calendar while it is less than a year old.
const ds = exampleDataset({ today: '2026-06-05' });
const ics = publicityCalendar(ds);

describe('folding and escaping', () => {
  it('keeps every physical line within 75 octets, Chinese included', () => {
    const long = `DESCRIPTION:${'任前公示期间反映问题,'.repeat(30)}`;
    for (const line of foldLine(long).split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('never splits a character, so each line is valid UTF-8 and unfolding restores the original', () => {
    const long = `SUMMARY:${'林晓川𠮷'.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(unfold(folded)).toEqual([long]);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('the calendar of publicity windows', () => {
  it('is one VCALENDAR with CRLF line ends only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one all-day event per window, ending the day after the deadline (DTEND is exclusive)', () => {
    const [event, ...rest] = events(ics);
    expect(rest).toEqual([]);
    expect(prop(event!, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20260602');
    expect(prop(event!, 'DTEND')).toBe('DTEND;VALUE=DATE:20260609');
  });

  it('names the people and the deadline in the summary, and the channels and reference code in the description', () => {
    const event = events(ics)[0]!;
    expect(prop(event, 'SUMMARY')).toBe('SUMMARY:任前公示：林晓川（反映问题截止2026年6月8日）');
    const description = prop(event, 'DESCRIPTION')!;
    expect(description).toContain('举报电话：0000-12380');
    expect(description).toContain('GS-XTQ2MSWX');
    expect(description).toContain('https://gongshi.wangchuan.example/publicities/gs-1/');
  });

  it('gives each event a UID from the notice key, so calendars update it instead of duplicating it', () => {
    expect(prop(events(ics)[0]!, 'UID')).toBe('UID:publicities/gs-1@gongshi.wangchuan.example');
  });

  it('comes out the same on every build: the stamp is taken from the data, not the clock', () => {
    expect(publicityCalendar(exampleDataset({ today: '2026-06-05' }))).toBe(ics);
  });

  it('raises the sequence and the stamp for each correction of the publicity', () => {
    const event = events(ics)[0]!;
    expect(prop(event, 'SEQUENCE')).toBe('SEQUENCE:1');
    expect(prop(event, 'DTSTAMP')).toBe('DTSTAMP:20260604T160000Z');
    const uncorrected = exampleDataset({ today: '2026-06-05', drop: ['corrections/gz-1.yaml'] });
    const plainEvent = events(publicityCalendar(uncorrected))[0]!;
    expect(prop(plainEvent, 'SEQUENCE')).toBe('SEQUENCE:0');
    expect(prop(plainEvent, 'DTSTAMP')).toBe('DTSTAMP:20260601T160000Z');
  });

  it('drops windows that ended more than a year before the reference date', () => {
    expect(calendarPublicities(exampleDataset({ today: '2027-06-08' }))).toHaveLength(1);
    expect(calendarPublicities(exampleDataset({ today: '2027-06-10' }))).toHaveLength(0);
  });

  it('lists windows in the order they open', () => {
    const two = exampleDataset({
      today: '2026-06-05',
      overrides: { 'publicities/gs-0.yaml': { ...example('publicities'), window: { from: '2026-05-20', to: '2026-05-26' }, published: '2026-05-20', candidates: [{ person: 'li-ming', position: 'p1', proposedPost: '拟任市交通运输局副局长' }] } },
    });
    expect(calendarPublicities(two).map((p) => p.id)).toEqual(['gs-0', 'gs-1']);
  });
});

describe('the day after', () => {
  it('crosses month and year ends and leap days', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
