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
      const text = readableText(file, built(file));
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
    const hint = (await page.locator('#window-heading + dl [data-window-tag] + .hint').textContent())?.trim();
    await context.close();
    return { tag, day, hint };
  };

  it('is open as built (2026-11-20), without any script', () => {
    const html = built(PATH.slice(1) + 'index.html');
    expect(html).toMatch(/data-window-tag[^>]*>正在公示</);
    expect(html.replace(/<[^>]*>/g, '')).toContain('正在公示（按本页生成之日，2026年11月20日）');
    expect(html).toContain('data-window-to="2026-11-24"');
  });

  it('indexes the corrected publicity with its current text for search', async () => {
    const page = await site.page('/search/');
    // A string, so the test runner's module transform leaves the browser's own import() alone.
    // Every bundle the page lists (data-bundles), not a bundle name fixed here: the sample's cut may change.
    const found = (await page.evaluate(`(async () => {
      const bundles = JSON.parse(document.querySelector('[data-bundles]').dataset.bundles);
      if (bundles.length === 0) throw new Error('the search page lists no bundle');
      for (const b of bundles) {
        const pf = await import(b.path + 'pagefind.js');
        const res = await pf.search('公示时间为');
        const all = await Promise.all(res.results.map((r) => r.data()));
        const hit = all.find((d) => d.url.includes('/publicities/2026-jtj-fjz-gs/'));
        if (hit) return hit;
      }
    })()`)) as { url: string; content: string; excerpt: string } | undefined;
    await page.close();
    expect(found?.content).toContain('公示时间为2026年9月28日至10月9日');
    expect(found?.content).not.toContain('10 月 8 日');
    // The struck words are not in the index, so no excerpt can quote them.
    expect(found?.excerpt.replace(/<\/?mark>/g, '')).not.toContain('10 月 8 日');
  });

  it('says 已结束 once the page clock is past the window end', async () => {
    // Official typography: full-width brackets and comma, no space before the date.
    expect(await stateAt('2026-11-26T10:00:00+08:00')).toEqual({ tag: '已结束', day: '2026-11-26', hint: '（按今天，2026年11月26日）' });
  });

  it('says closing soon on the last days and open before them', async () => {
    expect((await stateAt('2026-11-24T09:00:00+08:00')).tag).toBe('正在公示，即将截止');
    expect((await stateAt('2026-11-21T09:00:00+08:00')).tag).toBe('正在公示');
    expect((await stateAt('2026-11-10T09:00:00+08:00')).tag).toBe('尚未开始');
  });

  it('counts the day in Asia/Shanghai whatever the reader’s time zone', async () => {
    // 01:00 on 25 November in Shanghai is still 24 November in Los Angeles.
    expect(await stateAt('2026-11-25T01:00:00+08:00', 'America/Los_Angeles')).toMatchObject({ tag: '已结束', day: '2026-11-25' });
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

describe('the home page and /report/ on the day of reading', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.stop());

  // The sample's only window near the test build's day (2026-11-20): 2026-11-18 to 2026-11-24.
  const HREF = '/publicities/2026-wjw-fzr-gs/';
  const visibleHrefs = (page: import('playwright-core').Page, section: string) =>
    page.locator(`section:has(> h2#${section}) li.windows__item:visible a.windows__title`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const at = async <T,>(instant: string | undefined, path: string, read: (page: import('playwright-core').Page) => Promise<T>): Promise<T> => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai', javaScriptEnabled: instant !== undefined });
    const page = await context.newPage();
    if (instant) await page.clock.setFixedTime(new Date(instant));
    await page.goto(site.url + path);
    const out = await read(page);
    await context.close();
    return out;
  };
  const home = (instant?: string) =>
    at(instant, '/', async (page) => ({
      open: await visibleHrefs(page, 'open'),
      upcoming: await visibleHrefs(page, 'upcoming'),
      tag: (await page.locator('section:has(> h2#open) li.windows__item:visible [data-item-tag]').allTextContents()).map((t) => t.trim()),
      none: await page.locator('section:has(> h2#open) [data-phase-none]').isVisible(),
      intro: (await page.locator('section:has(> h2#open) > p').first().textContent())?.replace(/\s+/g, ''),
    }));
  const report = (instant?: string) =>
    at(instant, '/report/', async (page) => ({
      open: await page.locator('[data-report-window]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-report-window'))),
      none: await page.locator('#open ~ [data-phase-none]').isVisible(),
      groups: await page.locator('section:has(> h3[id^="open-"]):visible h3').allTextContents(),
      lead: (await page.locator('main .lead').first().textContent())?.replace(/\s+/g, ''),
    }));

  it('without script, shows the windows open on the build day and says which day that was', async () => {
    const h = await home();
    expect(h).toMatchObject({ open: [HREF], upcoming: [], none: false });
    expect(h.intro).toContain('按本页生成之日（2026年11月20日）计，处于公示期内的任前公示列在下面');
    const r = await report();
    expect(r).toMatchObject({ open: ['publicities/2026-wjw-fzr-gs'], none: false, groups: ['任前公示'] });
    expect(r.lead).toContain('下面列出本页生成之日（2026年11月20日）仍在接受反映的事项');
  });

  it('drops a window from 正在公示 the day after its end date', async () => {
    expect(await home('2026-11-24T23:30:00+08:00')).toMatchObject({ open: [HREF], tag: ['正在公示，即将截止'], none: false });
    const h = await home('2026-11-25T00:30:00+08:00');
    expect(h).toMatchObject({ open: [], upcoming: [], none: true });
    expect(h.intro).toContain('按今天（2026年11月25日）计，处于公示期内的任前公示列在下面');
    const r = await report('2026-11-25T00:30:00+08:00');
    expect(r).toMatchObject({ open: [], none: true, groups: [] });
    expect(r.lead).toContain('今天（2026年11月25日）仍在接受反映的事项');
  });

  it('lists a window as upcoming before its start date and under 正在公示 from that day', async () => {
    expect(await home('2026-11-17T23:30:00+08:00')).toMatchObject({ open: [], upcoming: [HREF], none: true });
    expect((await report('2026-11-17T23:30:00+08:00')).open).toEqual([]);
    expect(await home('2026-11-18T00:30:00+08:00')).toMatchObject({ open: [HREF], upcoming: [], tag: ['正在公示'], none: false });
    expect((await report('2026-11-18T00:30:00+08:00')).open).toEqual(['publicities/2026-wjw-fzr-gs']);
  });
});

describe('the state tags of list rows on the day of reading', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.stop());

  // The sample's window near the test build's day (2026-11-20): 2026-11-18 to 2026-11-24.
  const HREF = '/publicities/2026-wjw-fzr-gs/';
  /** The state tag of the row linking HREF on `path`, and the line saying which day the tags are as of; no clock (undefined) means no script. */
  const rowAt = async (path: string, instant: string | undefined, row = `li:has(> a.records__title[href="${HREF}"])`) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai', javaScriptEnabled: instant !== undefined });
    const page = await context.newPage();
    if (instant) await page.clock.setFixedTime(new Date(instant));
    await page.goto(site.url + path);
    const tag = page.locator(`${row} .tag`).first();
    const out = {
      tag: (await tag.textContent())?.trim(),
      tone: await tag.getAttribute('class'),
      asOf: (await page.locator('main p.hint:has([data-window-day])').first().textContent())?.replace(/\s+/g, ''),
    };
    await context.close();
    return out;
  };

  it('without script, keeps the build day’s tag and says which day it is as of', async () => {
    expect(await rowAt('/publicities/', undefined)).toEqual({ tag: '正在公示', tone: 'tag tag--open', asOf: '下列公示状态（按本页生成之日，2026年11月20日）' });
  });

  it('flips a list tag from 正在公示 to 公示已结束 the day after the end date', async () => {
    expect(await rowAt('/publicities/', '2026-11-21T09:00:00+08:00')).toEqual({ tag: '正在公示', tone: 'tag tag--open', asOf: '下列公示状态（按今天，2026年11月21日）' });
    expect((await rowAt('/publicities/', '2026-11-24T23:30:00+08:00')).tag).toBe('正在公示，即将截止');
    expect(await rowAt('/publicities/', '2026-11-25T00:30:00+08:00')).toEqual({ tag: '公示已结束', tone: 'tag tag--closed', asOf: '下列公示状态（按今天，2026年11月25日）' });
    expect((await rowAt('/publicities/', '2026-11-17T09:00:00+08:00')).tag).toBe('公示尚未开始');
  });

  it('flips the same tag in the home page’s latest notices and a round’s outcome', async () => {
    expect((await rowAt('/', '2026-11-26T09:00:00+08:00')).tag).toBe('公示已结束');
    const outcome = 'section.box--outcome li:has(a[href="/publicities/2026-wjw-fzr-gs/"])';
    expect((await rowAt('/rounds/2026-wjw-fzr/', undefined, outcome)).tag).toBe('正在公示');
    expect(await rowAt('/rounds/2026-wjw-fzr/', '2026-11-26T09:00:00+08:00', outcome)).toMatchObject({ tag: '公示已结束', asOf: '下列公示状态（按今天，2026年11月26日）' });
  });

  it('ships one copy of the window script on a list page, under 1 KB gzip', () => {
    const html = built('publicities/index.html');
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('data-tag-from'));
    expect(scripts).toHaveLength(1);
    expect(gzipSync(Buffer.from(scripts[0]!, 'utf8'), { level: 9 }).length).toBeLessThan(1024);
  });
});
