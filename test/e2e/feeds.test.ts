/**
 * The built feeds, read the way a subscriber's software reads them: every RSS file through an
 * independent parser (rss-parser, not the library that wrote them), every item link followed to a
 * built page, guids checked unique and unchanged by a second build, and the calendar read as
 * iCalendar. The second build goes into its own folder with the same reference date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST, E2E_TODAY } from './site.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const SITE = 'https://gongshi.wangchuan.example';

/** Every feed file of a built site, as paths under it (feeds/...xml). */
function feedFiles(dir: string): string[] {
  return (readdirSync(join(dir, 'feeds'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.xml')).map((f) => `feeds/${f.replaceAll('\\', '/')}`).sort();
}

/** The built file an absolute URL of the site resolves to, or undefined when none exists. */
function builtFile(dir: string, url: string): string | undefined {
  if (!url.startsWith(`${SITE}/`)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return existsSync(file) ? file : undefined;
}

const parser = new Parser({ customFields: { item: [['content:encoded', 'encoded']] } });
type Feed = Awaited<ReturnType<typeof parser.parseString>>;
const parsed = new Map<string, Feed>();

beforeAll(async () => {
  for (const file of feedFiles(E2E_DIST)) parsed.set(file, await parser.parseString(readFileSync(join(E2E_DIST, file), 'utf8')));
});

describe('the RSS feeds of the built site', () => {
  it('exist for all notices, each kind, and every round, unit and person', () => {
    const files = [...parsed.keys()];
    expect(files).toContain('feeds/all.xml');
    expect(files).toContain('feeds/publicities.xml');
    for (const folder of ['rounds', 'units', 'people']) {
      const pages = readdirSync(join(E2E_DIST, folder), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').map((d) => d.name);
      expect(pages.length, folder).toBeGreaterThan(0);
      for (const id of pages) expect(files, `${folder}/${id}`).toContain(`feeds/${folder}/${id}.xml`);
    }
  });

  it('each parse as RSS with a title naming the filter, and items with title, date, guid and content', () => {
    for (const [file, feed] of parsed) {
      expect(feed.title, file).toMatch(/^望川市干部选拔任用公示网：.+/);
      for (const item of feed.items) {
        expect(item.title, file).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.pubDate ?? '')), `${file}: ${item.title}`).toBe(false);
        expect(item.guid, `${file}: ${item.title}`).toMatch(/^https:\/\//);
        expect((item as { encoded?: string }).encoded, `${file}: ${item.title}`).toContain('<dl>');
        expect(item.categories?.length, `${file}: ${item.title}`).toBeGreaterThan(0);
      }
    }
  });

  it('link every item to a page that was built', () => {
    for (const [file, feed] of parsed) for (const item of feed.items) expect(builtFile(E2E_DIST, item.link ?? ''), `${file}: ${item.link}`).toBeDefined();
  });

  it('give every item a guid of its own, and the same notice the same guid in every feed', () => {
    const guidOf = new Map<string, string>();
    for (const [file, feed] of parsed) {
      const guids = feed.items.map((i) => i.guid!);
      expect(new Set(guids).size, file).toBe(guids.length);
      for (const item of feed.items) {
        const key = `${item.title}|${item.pubDate}`;
        if (guidOf.has(item.guid!)) expect(guidOf.get(item.guid!), file).toBe(key);
        guidOf.set(item.guid!, key);
      }
    }
  });

  it('list the newest notices first and keep at most 50', () => {
    for (const [file, feed] of parsed) {
      expect(feed.items.length, file).toBeLessThanOrEqual(50);
      const dates = feed.items.map((i) => Date.parse(i.pubDate!));
      expect(dates, file).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('carry corrections as items that link to the record they correct', () => {
    const corrections = parsed.get('feeds/corrections.xml')!;
    expect(corrections.items.length).toBeGreaterThan(0);
    for (const item of corrections.items) {
      expect(item.guid).toMatch(new RegExp(`^${SITE}/corrections/`));
      expect(item.link).not.toBe(item.guid);
    }
  });

  it('are all listed on /feeds/, and every feed listed there exists', () => {
    const html = readFileSync(join(E2E_DIST, 'feeds/index.html'), 'utf8');
    const listed = [...html.matchAll(/href="(\/feeds\/[^"]+\.xml)"/g)].map((m) => m[1]!.slice(1)).sort();
    expect(listed).toEqual([...parsed.keys()]);
    expect(html).toContain('href="/feeds/publicity-windows.ics"');
    // Each row's name links the feed's HTML page (Chromium is dropping XSLT), which exists; the RSS file is its subscribe address.
    const pages = [...html.matchAll(/<a href="(\/feeds\/[^"]+\/)" class="records__title"/g)].map((m) => m[1]!.slice(1, -1) + '.xml').sort();
    expect(pages).toEqual([...parsed.keys()]);
    for (const page of pages) expect(existsSync(join(E2E_DIST, page.replace(/\.xml$/, '/index.html'))), page).toBe(true);
  });

  it('are advertised in the head of the pages showing the same view', () => {
    const alternates = (page: string) =>
      [...readFileSync(join(E2E_DIST, page, 'index.html'), 'utf8').matchAll(/<link rel="alternate" type="application\/rss\+xml" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(alternates('')).toEqual(['/feeds/all.xml']);
    expect(alternates('publicities')).toEqual(['/feeds/publicities.xml']);
    for (const folder of ['rounds', 'units', 'people']) {
      const id = readdirSync(join(E2E_DIST, folder), { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== 'page')!.name;
      expect(alternates(`${folder}/${id}`)).toEqual([`/feeds/${folder}/${id}.xml`]);
    }
    for (const href of [...readdirSync(join(E2E_DIST, 'publicities'))].filter((n) => n !== 'index.html' && n !== 'page').flatMap((id) => alternates(`publicities/${id}`)))
      expect(existsSync(join(E2E_DIST, href)), href).toBe(true);
  });
});

describe('the calendar of publicity windows', () => {
  const ics = () => readFileSync(join(E2E_DIST, 'feeds/publicity-windows.ics'), 'utf8');
  const events = () =>
    ics()
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => Object.fromEntries(e.split('\r\n').filter((l) => /^[A-Z-]+[;:]/.test(l)).map((l) => [l.split(/[;:]/)[0]!, l.slice(l.indexOf(':') + 1)])));

  it('holds one all-day event per recent publicity, each with a unique UID, its deadline and its page', () => {
    const list = events();
    const publicities = readdirSync(join(E2E_DIST, 'publicities')).filter((n) => n !== 'index.html' && n !== 'page');
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(publicities.length);
    expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
    for (const e of list) {
      expect(e.DTSTART, e.UID).toMatch(/^\d{8}$/);
      expect(e.DTEND! > e.DTSTART!, e.UID).toBe(true);
      expect(e.SUMMARY, e.UID).toContain('反映问题截止');
      expect(builtFile(E2E_DIST, e.URL!), e.URL).toBeDefined();
    }
  });
});

describe('a second build of the same content', () => {
  let second: string;
  beforeAll(() => {
    second = mkdtempSync(join(tmpdir(), 'gongshi-second-'));
    rmSync(second, { recursive: true });
    execFileSync(process.execPath, ['scripts/build.ts', '--out', second], { cwd: PROJECT, env: { ...process.env, GONGSHI_TODAY: E2E_TODAY }, stdio: 'pipe' });
  }, 180_000);
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('writes the same feeds with the same guids', async () => {
    expect(feedFiles(second)).toEqual([...parsed.keys()]);
    for (const [file, feed] of parsed) {
      const again = await parser.parseString(readFileSync(join(second, file), 'utf8'));
      expect(again.items.map((i) => i.guid), file).toEqual(feed.items.map((i) => i.guid));
    }
  });

  it('writes byte-identical feeds and calendar, so subscribers see no spurious changes', () => {
    for (const file of [...parsed.keys(), 'feeds/publicity-windows.ics']) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(E2E_DIST, file), 'utf8'));
  });
});
