/**
 * What the built site says about corrections, old versions and the day of reading (issue 12),
 * checked on the test build: the corrected notices, their feeds and search text, the version pages,
 * a crawl of every page, feed and CSV file for English keys, enum values and field paths, and the
 * window script under a browser clock set to other days.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesOf, findLeaks, readableText, schemaVocabulary, visibleText } from './leaks.ts';
import { E2E_DIST, openSite } from './site.ts';

const SCHEMAS = join(import.meta.dirname, '../../public/schemas');
const vocabulary = schemaVocabulary(SCHEMAS);
const built = (path: string) => readFileSync(join(E2E_DIST, path), 'utf8');
const main = (html: string) => visibleText(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).replace(/\s+/g, ' ');

/**
 * Text on the sample site that still names a key, each with who owns the fix. Each entry is an
 * exact passage; anything else the crawl finds fails the test.
 */
const KNOWN: { passage: string; owner: string }[] = [
  // Ledger evidence names records by key; its wording belongs to the ledger-evidence work.
  { passage: 'appointments/2026-hbj-fjz-rz 第 2 版依 corrections/2026-hbj-fjz-rz-gz', owner: 'src/rules/ledger-evidence.ts' },
];

describe('the leak finder', () => {
  it('finds keys, enum values, kinds and field paths in prose, and nothing in code, addresses or file names', () => {
    const html =
      '<p>暂缓至 deferredUntil;常委会 standing-committee;结果 passed;results[0].reason;summary(公示时间);window.to;qualifications/kc-x</p>' +
      '<p>SHA-256、JSON、RFC 8785、<code>results[0].reason</code>、https://www.12380.gov.cn/a.b、jubao@wangchuan.example、rounds.json、/data/rounds/x/</p>';
    const words = findLeaks(visibleText(html), vocabulary).map((l) => l.word);
    expect(words).toEqual(expect.arrayContaining(['deferredUntil', 'standing-committee', 'passed', 'results[0].reason', 'summary', 'window.to', 'qualifications']));
    expect(words.filter((w) => /SHA|JSON|RFC|12380|jubao|rounds\.json|data/.test(w))).toEqual([]);
  });
});

describe('no English key, enum value or field path on the built site', () => {
  it('reads none in the visible text of any page, feed, calendar or CSV file', () => {
    const files = filesOf(E2E_DIST, ['.html', '.xml', '.ics', '.csv']).filter((f) => !/^sitemap/.test(f));
    expect(files.length).toBeGreaterThan(250);
    const found: string[] = [];
    for (const file of files) {
      let text = readableText(file, built(file));
      for (const k of KNOWN) text = text.split(k.passage).join(' ');
      for (const leak of findLeaks(text, vocabulary)) found.push(`${file}: ${leak.word} — ${leak.context}`);
    }
    expect(found).toEqual([]);
  });
});

describe('a correction that leaves the record as published (/publicities/2026-jtj-fjz-gs/)', () => {
  const page = built('publicities/2026-jtj-fjz-gs/index.html');
  const text = main(page);

  it('says at the top what changed, by label, old → new, when and why, and links the words as published', () => {
    // The window box comes first (what a citizen came for), then the correction, before the text itself.
    expect(text.indexOf('本记录已更正')).toBeLessThan(text.indexOf('说明'));
    expect(text).toContain('说明中的“公示时间” 原内容： 2026年9月28日至10月8日 更正为： 2026年9月28日至10月9日');
    expect(text).toContain('更正日期 2026年9月29日');
    expect(text).toContain('原记录保持发布时的原样');
    expect(page).toContain('href="/history/publicities/2026-jtj-fjz-gs/1/"');
    expect(text).not.toMatch(/summary|公示时间\)/);
  });

  it('shows the corrected words in place beside the original ones, and keeps the struck words out of the search index', () => {
    expect(page).toMatch(/<del data-pagefind-ignore[^>]*>.*2026年9月28日至10月8日<\/del><ins[^>]*>.*2026年9月28日至10月9日<\/ins>/);
    // The window box and the text now agree.
    expect(text).toContain('2026年10月9日');
  });

  it('gives feeds the current text', async () => {
    const feed = await new Parser().parseString(built('feeds/publicities.xml'));
    const item = feed.items.find((i) => i.link?.endsWith('/publicities/2026-jtj-fjz-gs/'));
    // The description carries the substance (candidate, post, window); the full text is in content:encoded.
    const full = (item as Record<string, string> | undefined)?.['content:encoded'] ?? item?.content ?? '';
    expect(full).toContain('公示时间为2026年9月28日至10月9日');
    expect(full).not.toContain('公示时间为2026年9月28日至10月8日');
  });

  it('keeps the words as first published on the version page, under a banner', () => {
    const v1 = main(built('history/publicities/2026-jtj-fjz-gs/1/index.html'));
    expect(v1).toContain('此为第1版，即发布时的原文');
    expect(v1).toContain('公示时间为2026年9月28日至10月8日');
    expect(v1).toContain('公示对象：林晓川');
  });
});

describe('a correction that came with a new version (/appointments/2026-hbj-fjz-rz/)', () => {
  const text = main(built('appointments/2026-hbj-fjz-rz/index.html'));

  it('says the page shows the corrected content, not that the record stayed as it was', () => {
    expect(text).toContain('本页显示更正后的内容');
    expect(text).not.toContain('原记录保持原样');
    expect(text).toContain('任用结果（姚振邦） · 理由');
    expect(text).not.toContain('results[0]');
    expect(built('appointments/2026-hbj-fjz-rz/index.html')).toContain('href="/history/appointments/2026-hbj-fjz-rz/1/"');
  });

  it('renders version 1 like the notice it was, with a banner and a diff by label', () => {
    const html = built('history/appointments/2026-hbj-fjz-rz/1/index.html');
    const v1 = main(html);
    expect(v1).toContain('此为第1版（已被更正）');
    expect(v1).toContain('任用对象：姚振邦');
    expect(v1).toContain('暂缓至');
    expect(v1).toContain('暂缓任用');
    expect(v1).toContain('公示期间收到的1件反映件正由市纪委监委核查');
    expect(v1).toMatch(/第1版到第2版的改动.*任用结果（姚振邦） · 理由/);
    expect(v1).not.toMatch(/deferred|deferredUntil|results\[|status/);
  });
});

describe('the window state on the day of reading', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.stop());

  const PATH = '/publicities/2026-wjw-fzr-gs/';
  const stateAt = async (instant: string, timezoneId = 'Asia/Shanghai') => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(site.url + PATH);
    const tag = (await page.locator('#window-heading + dl [data-window-tag]').textContent())?.trim();
    const day = await page.locator('[data-window-day]').getAttribute('datetime');
    await context.close();
    return { tag, day };
  };

  it('is open as built (2026-11-20), without any script', () => {
    const html = built(PATH.slice(1) + 'index.html');
    expect(html).toMatch(/data-window-tag[^>]*>正在公示</);
    expect(html).toContain('data-window-to="2026-11-24"');
  });

  it('indexes the corrected publicity with its current text for search', async () => {
    const page = await site.page('/search/');
    // A string, so the test runner's module transform leaves the browser's own import() alone.
    const found = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/2025-2026/pagefind.js');
      const res = await pf.search('公示时间为');
      const all = await Promise.all(res.results.map((r) => r.data()));
      return all.find((d) => d.url.includes('/publicities/2026-jtj-fjz-gs/'));
    })()`)) as { url: string; content: string; excerpt: string } | undefined;
    await page.close();
    expect(found?.content).toContain('公示时间为2026年9月28日至10月9日');
    expect(found?.content).not.toContain('10 月 8 日');
    // The struck words are not in the index, so no excerpt can quote them.
    expect(found?.excerpt.replace(/<\/?mark>/g, '')).not.toContain('10 月 8 日');
  });

  it('says 已结束 once the page clock is past the window end', async () => {
    expect(await stateAt('2026-11-26T10:00:00+08:00')).toEqual({ tag: '已结束', day: '2026-11-26' });
  });

  it('says closing soon on the last days and open before them', async () => {
    expect((await stateAt('2026-11-24T09:00:00+08:00')).tag).toBe('正在公示，即将截止');
    expect((await stateAt('2026-11-21T09:00:00+08:00')).tag).toBe('正在公示');
    expect((await stateAt('2026-11-10T09:00:00+08:00')).tag).toBe('尚未开始');
  });

  it('counts the day in Asia/Shanghai whatever the reader’s time zone', async () => {
    // 01:00 on 25 November in Shanghai is still 24 November in Los Angeles.
    expect(await stateAt('2026-11-25T01:00:00+08:00', 'America/Los_Angeles')).toEqual({ tag: '已结束', day: '2026-11-25' });
  });

  it('ships the script inline, under 1 KB gzip', () => {
    const html = built(PATH.slice(1) + 'index.html');
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('data-window-from'));
    expect(scripts).toHaveLength(1);
    const size = gzipSync(Buffer.from(scripts[0]!, 'utf8'), { level: 9 }).length;
    console.log(`window script: ${Buffer.byteLength(scripts[0]!)} B, ${size} B gzip`);
    expect(size).toBeLessThan(1024);
    // The CSP meta of the page allows exactly this script by its hash.
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src[^"]*'sha256-/);
  });
});
