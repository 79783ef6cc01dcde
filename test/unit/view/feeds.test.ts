import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { FEED_LIMIT, FEED_PAGE_ITEMS, feedCatalogue, feedDirectory, feedDirectoryPages, feedOf, feedPageView, feedsForPage, rssOptions } from '../../../src/view/feeds.ts';
import { feedPageUrl } from '../../../src/domain/urls.ts';
import { NOTICE_KINDS } from '../../../src/schemas/index.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();
const ids = (f: { items: { kind: string; id: string }[] }) => f.items.map((n) => `${n.kind}/${n.id}`);

describe('the catalogue of feeds', () => {
  it('has a feed for all notices, for each kind, and for each round, unit and person', () => {
    const paths = feedCatalogue(ds).map((f) => f.path);
    expect(paths).toContain('/feeds/all.xml');
    for (const k of NOTICE_KINDS) expect(paths).toContain(`/feeds/${k}.xml`);
    expect(paths).toEqual(expect.arrayContaining(['/feeds/rounds/r1.xml', '/feeds/units/jtj.xml', '/feeds/units/swzzb.xml', '/feeds/people/lin-xc.xml', '/feeds/people/li-ming.xml']));
    expect(paths).toHaveLength(1 + NOTICE_KINDS.length + 1 + 2 + 2);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('names the filter in each title', () => {
    expect(feedOf(ds, { type: 'all' }).title).toBe('望川市干部选拔任用公示网：全部公告');
    expect(feedOf(ds, { type: 'kind', kind: 'publicities' }).title).toBe('望川市干部选拔任用公示网：任前公示');
    expect(feedOf(ds, { type: 'units', id: 'jtj' }).title).toBe('望川市干部选拔任用公示网：望川市交通运输局');
    expect(feedOf(ds, { type: 'rounds', id: 'r1' }).title).toContain('市交通运输局副局长选拔');
    expect(feedOf(ds, { type: 'people', id: 'lin-xc' }).title).toContain('林晓川');
  });

  it('links each feed to the page showing the same view', () => {
    expect(feedOf(ds, { type: 'kind', kind: 'appointments' }).page).toBe('/appointments/');
    expect(feedOf(ds, { type: 'people', id: 'lin-xc' }).page).toBe('/people/lin-xc/');
  });

  it('refuses a feed for a record that does not exist', () => {
    expect(() => feedOf(ds, { type: 'people', id: 'nobody' })).toThrow();
  });
});

describe('what each feed holds', () => {
  it('lists every notice in the feed of all, newest first', () => {
    const all = feedOf(ds, { type: 'all' });
    expect(all.items).toEqual(ds.notices);
    const dates = all.items.map((n) => n.data.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('follows one round from pre-announcement to appointment, with the corrections of its notices', () => {
    const round = ids(feedOf(ds, { type: 'rounds', id: 'r1' }));
    expect(round).toEqual(expect.arrayContaining(['pre-announcements/yg-1', 'publicities/gs-1', 'appointments/rz-1', 'corrections/gz-1']));
    expect(round).not.toContain('plans/plan-2026');
  });

  it("lists in a person's feed the notices naming them, once each", () => {
    const person = ids(feedOf(ds, { type: 'people', id: 'lin-xc' }));
    expect(person).toEqual(expect.arrayContaining(['recommendations/tj-1', 'publicities/gs-1', 'appointments/rz-1', 'corrections/gz-1']));
    expect(new Set(person).size).toBe(person.length);
    expect(ids(feedOf(ds, { type: 'people', id: 'li-ming' }))).toEqual(['decisions/jd-1', 'inspection-notices/kc-1']);
  });

  it("lists in a unit's feed the notices about it and those of rounds filling its posts", () => {
    const unit = ids(feedOf(ds, { type: 'units', id: 'jtj' }));
    expect(unit).toEqual(expect.arrayContaining(['plans/plan-2026', 'decisions/jd-1', 'supervision-reports/jc-1']));
  });

  it('keeps only the latest notices and counts the rest', () => {
    const many: Record<string, object> = {};
    for (let i = 0; i < FEED_LIMIT + 5; i++)
      many[`supervision-reports/x${i}.yaml`] = { ...example('supervision-reports'), title: `检查 ${i}`, published: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}` };
    const big = exampleDataset({ overrides: many });
    const feed = feedOf(big, { type: 'kind', kind: 'supervision-reports' });
    expect(feed.items).toHaveLength(FEED_LIMIT);
    expect(feed.total).toBe(FEED_LIMIT + 6);
    const newestFirst = big.notices.filter((n) => n.kind === 'supervision-reports');
    expect(feed.items).toEqual(newestFirst.slice(0, FEED_LIMIT));
    expect(ids(feed)).not.toContain('supervision-reports/jc-1');
    // Both figures, so a reader counting 50 items is not told 56 without a word.
    expect(feed.description).toContain(`共${FEED_LIMIT + 6}条，本频道显示最近${FEED_LIMIT}条`);
    const dir = feedDirectory(big).find((g) => g.id === 'kinds')!.feeds.find((f) => f.feed === feed.path)!;
    expect(dir).toMatchObject({ total: FEED_LIMIT + 6, shown: FEED_LIMIT });
  });

  it('says why a feed is empty', () => {
    const empty = exampleDataset({ overrides: { 'people/nobody.yaml': { ...example('people'), name: '无名' } } });
    const feed = feedOf(empty, { type: 'people', id: 'nobody' });
    expect(feed.items).toEqual([]);
    expect(feed.description).toBe('涉及无名的公告。本频道目前没有公告：已发布的公告中还没有涉及这个人的。有新公告发布时会出现在这里。');
  });

  it('names the stylesheet that lets a browser show the feed as a page', async () => {
    const xml = await getRssString(rssOptions(ds, { type: 'all' }));
    expect(xml).toContain('<?xml-stylesheet href="/feeds/feed.xsl" type="text/xsl"?>');
  });
});

describe('the feed links in page heads', () => {
  const hrefs = (path: string) => feedsForPage(ds, path).map((l) => l.href);

  it('advertises the feed of everything on the home page', () => {
    expect(hrefs('/')).toEqual(['/feeds/all.xml']);
  });

  it("advertises a kind's feed on its list pages", () => {
    expect(hrefs('/publicities/')).toEqual(['/feeds/publicities.xml']);
    expect(hrefs('/publicities/page/2/')).toEqual(['/feeds/publicities.xml']);
  });

  it("advertises on a notice its kind's feed and its round's feed", () => {
    expect(hrefs('/publicities/gs-1/')).toEqual(['/feeds/publicities.xml', '/feeds/rounds/r1.xml']);
    expect(hrefs('/plans/plan-2026/')).toEqual(['/feeds/plans.xml']);
  });

  it('advertises their own feed on unit, round and person pages', () => {
    expect(hrefs('/units/jtj/')).toEqual(['/feeds/units/jtj.xml']);
    expect(hrefs('/rounds/r1/')).toEqual(['/feeds/rounds/r1.xml']);
    expect(hrefs('/people/lin-xc/')).toEqual(['/feeds/people/lin-xc.xml']);
  });

  it('advertises nothing on pages without a matching feed', () => {
    expect(hrefs('/search/')).toEqual([]);
    expect(hrefs('/people/')).toEqual([]);
    expect(hrefs('/people/nobody/')).toEqual([]);
    expect(hrefs('/publicities/nope/')).toEqual([]);
  });

  it('gives each link the title of its feed', () => {
    expect(feedsForPage(ds, '/units/jtj/')[0]!.title).toBe(feedOf(ds, { type: 'units', id: 'jtj' }).title);
  });
});

describe('the RSS document', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

  it('is RSS 2.0 with language, self link, and one item per notice', async () => {
    const xml = await getRssString(rssOptions(ds, { type: 'rounds', id: 'r1' }));
    const channel = parse(xml).rss.channel;
    expect(parse(xml).rss['@_version']).toBe('2.0');
    expect(channel.language).toBe('zh-cn');
    expect(channel['atom:link']['@_href']).toBe('https://gongshi.wangchuan.example/feeds/rounds/r1.xml');
    expect(channel.link).toBe('https://gongshi.wangchuan.example/rounds/r1/');
    expect(channel.item).toHaveLength(feedOf(ds, { type: 'rounds', id: 'r1' }).items.length);
  });

  it('writes each guid once, as given by the feed item', async () => {
    const channel = parse(await getRssString(rssOptions(ds, { type: 'kind', kind: 'corrections' }))).rss.channel;
    const item = Array.isArray(channel.item) ? channel.item[0] : channel.item;
    expect(item.guid['#text']).toBe('https://gongshi.wangchuan.example/corrections/gz-1/');
    expect(item.link).toBe('https://gongshi.wangchuan.example/publicities/gs-1/');
  });

  it('dates the channel by its newest item, so the same content gives the same file', async () => {
    const a = await getRssString(rssOptions(ds, { type: 'all' }));
    const b = await getRssString(rssOptions(exampleDataset(), { type: 'all' }));
    expect(a).toBe(b);
    expect(parse(a).rss.channel.lastBuildDate).toBe('Tue, 01 Sep 2026 00:00:00 +0800');
  });

  it('is valid for an empty feed', async () => {
    const channel = parse(await getRssString(rssOptions(ds, { type: 'units', id: 'swzzb' }))).rss.channel;
    expect(channel.title).toContain('中共望川市委组织部');
    expect(channel.item).toBeUndefined();
  });
});

describe('the /feeds/ page', () => {
  it('lists every feed of the catalogue exactly once, under its group', () => {
    const listed = feedDirectory(ds).flatMap((g) => g.feeds.map((f) => f.feed));
    expect(listed.sort()).toEqual(feedCatalogue(ds).map((f) => f.path).sort());
  });

  it('links each feed’s HTML page first and gives its RSS file as the address to subscribe to', () => {
    const people = feedDirectory(ds).find((g) => g.id === 'people')!;
    expect(people.feeds.map((f) => [f.href, f.feed])).toEqual([
      ['/feeds/people/li-ming/', '/feeds/people/li-ming.xml'],
      ['/feeds/people/lin-xc/', '/feeds/people/lin-xc.xml'],
    ]);
    for (const f of feedDirectory(ds).flatMap((g) => g.feeds)) expect(f.href).toBe(f.feed.replace(/\.xml$/, '/'));
  });

  it('labels each feed with what it follows', () => {
    const people = feedDirectory(ds).find((g) => g.id === 'people')!;
    expect(people.feeds.map((f) => f.label)).toEqual(['李明', '林晓川']);
  });

  it('keeps a group on one page while it is short', () => {
    for (const pages of feedDirectoryPages(ds)) expect(pages.map((p) => [p.number, p.count, p.nav])).toEqual([[1, 1, undefined]]);
  });

  it('pages a long group, every feed on exactly one page, page 1 being its section on /feeds/', () => {
    const people = feedDirectoryPages(ds, 1).find((pages) => pages[0]?.id === 'people')!;
    expect(people.map((p) => p.feeds.map((f) => f.label))).toEqual([['李明'], ['林晓川']]);
    expect(people[1]).toMatchObject({ number: 2, count: 2, total: 2 });
    expect(people[1]?.nav?.prev).toBe('/feeds/#people');
    expect(people[0]?.nav?.next).toBe('/feeds/people/page/2/');
  });
});

describe('the HTML page of a feed', () => {
  it('lives next to the feed file, for every feed', () => {
    expect(feedPageUrl({ type: 'all' })).toBe('/feeds/all/');
    expect(feedPageUrl({ type: 'kind', kind: 'publicities' })).toBe('/feeds/publicities/');
    expect(feedPageUrl({ type: 'people', id: 'lin-xc' })).toBe('/feeds/people/lin-xc/');
  });

  it('gives the absolute address to copy, the feed file, the page of the same view and the latest items linking their notices', () => {
    const feed = feedOf(ds, { type: 'people', id: 'lin-xc' });
    const v = feedPageView(ds, { type: 'people', id: 'lin-xc' });
    expect(v).toMatchObject({ label: feed.label, path: '/feeds/people/lin-xc/', feed: '/feeds/people/lin-xc.xml', page: '/people/lin-xc/', total: feed.total });
    expect(v.address).toMatch(/^https:\/\/[^/]+\/feeds\/people\/lin-xc\.xml$/);
    expect(v.items.length).toBe(Math.min(FEED_PAGE_ITEMS, feed.items.length));
    expect(v.items.length).toBeGreaterThan(0);
    expect(v.items.map((i) => i.href)).toEqual(feed.items.slice(0, FEED_PAGE_ITEMS).map((n) => `/${n.kind}/${n.id}/`));
    expect(v.items[0]!.summary.length).toBeGreaterThan(0);
    expect(v.items[0]!.kind).toMatch(/\p{Script=Han}/u);
  });
});
