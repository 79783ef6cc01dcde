/**
 * The catalogue of RSS feeds: one for every notice, one per kind of notice, and one per unit, round
 * and person, so a journalist can follow exactly the view they care about. Each feed keeps only the
 * latest items; older notices stay on the list pages.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { ui } from '../i18n/zh-cn.ts';
import { NOTICE_KINDS, type NoticeKind } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { escapeHtml, feedItem, noticeSubjects, rfc822Shanghai, toRssItem } from './feed-items.ts';
import { pageNav, paginate, type PageNav } from './pagination.ts';
import { xmlSafe } from './xml-text.ts';
import { absoluteUrl, feedPageUrl, feedUrl, listUrl, noticeUrl, personUrl, roundUrl, unitUrl, type FeedSubject } from '../domain/urls.ts';

/** How many items a feed keeps. */
export const FEED_LIMIT = 50;

/** The XSLT stylesheet every feed names (src/pages/feeds/feed.xsl.ts). */
export const FEED_STYLESHEET = '/feeds/feed.xsl';

/** One feed: what it follows, where it lives, what it is called, and its latest notices. */
export interface Feed {
  subject: FeedSubject;
  /** Site path of the feed file, e.g. /feeds/units/jtj.xml. */
  path: string;
  /** Names the filter, e.g. 望川市干部选拔任用公示网:任前公示. */
  title: string;
  description: string;
  /** What it follows, in words: 全部任前公示, 涉及林晓川的公告. */
  label: string;
  /** Site path of the page showing the same view; the feed's channel link. */
  page: string;
  /** Notices in the feed, newest first, at most FEED_LIMIT. */
  items: NoticeEntry[];
  /** How many notices match in all, including those beyond the limit. */
  total: number;
}

/** The notices of every unit, round and person, computed in one pass over the notices. */
interface Index {
  kinds: Map<NoticeKind, NoticeEntry[]>;
  units: Map<string, NoticeEntry[]>;
  rounds: Map<string, NoticeEntry[]>;
  people: Map<string, NoticeEntry[]>;
}

const indexCache = new WeakMap<Dataset, Index>();

function index(ds: Dataset): Index {
  const hit = indexCache.get(ds);
  if (hit) return hit;
  const idx: Index = { kinds: new Map(), units: new Map(), rounds: new Map(), people: new Map() };
  const add = <K>(map: Map<K, NoticeEntry[]>, key: K, n: NoticeEntry) => {
    const list = map.get(key);
    // A notice can name a person or unit twice; it is one item.
    if (!list) map.set(key, [n]);
    else if (list.at(-1) !== n) list.push(n);
  };
  // ds.notices is newest first, so every list comes out newest first.
  for (const n of ds.notices) {
    add(idx.kinds, n.kind, n);
    const s = noticeSubjects(ds, n);
    if (s.round) add(idx.rounds, s.round, n);
    // The unit page lists what a unit issued as well as what it is about; its feed follows the page.
    for (const u of new Set([...s.units, ...(n.data.issuer ? [n.data.issuer] : [])])) add(idx.units, u, n);
    for (const p of s.people) add(idx.people, p, n);
  }
  indexCache.set(ds, idx);
  return idx;
}

/** The feed of `subject`. Throws for a unit, round or person that does not exist. */
export function feedOf(ds: Dataset, subject: FeedSubject): Feed {
  const f = ui.feeds;
  const site = ds.site.name;
  const idx = index(ds);
  const make = (title: string, subjectText: string, page: string, all: NoticeEntry[]): Feed => ({
    subject,
    path: feedUrl(subject),
    title,
    label: subjectText,
    // An empty feed says why, so a subscriber knows it works and what will arrive.
    description: all.length ? f.description(subjectText, all.length, FEED_LIMIT) : f.emptyDescription(subjectText, f.emptyReason[subject.type]),
    page,
    items: all.slice(0, FEED_LIMIT),
    total: all.length,
  });
  switch (subject.type) {
    case 'all':
      return make(f.allTitle(site), f.allSubject, '/', ds.notices);
    case 'kind':
      return make(f.kindTitle(site, KIND_LABELS[subject.kind]), f.kindSubject(KIND_LABELS[subject.kind]), listUrl(subject.kind), idx.kinds.get(subject.kind) ?? []);
    case 'units': {
      const name = must(ds.byKind.units.get(subject.id), subject).data.name;
      return make(f.unitTitle(site, name), f.unitSubject(name), unitUrl(subject.id), idx.units.get(subject.id) ?? []);
    }
    case 'rounds': {
      const title = must(ds.byKind.rounds.get(subject.id), subject).data.title;
      return make(f.roundTitle(site, title), f.roundSubject(title), roundUrl(subject.id), idx.rounds.get(subject.id) ?? []);
    }
    case 'people': {
      const name = must(ds.byKind.people.get(subject.id), subject).data.name;
      return make(f.personTitle(site, name), f.personSubject(name), personUrl(subject.id), idx.people.get(subject.id) ?? []);
    }
  }
}

function must<T>(value: T | undefined, subject: FeedSubject): T {
  if (value === undefined) throw new Error(`no record for feed ${JSON.stringify(subject)}`);
  return value;
}

/** Every feed subject: all notices, each notice kind, then each round, unit and person. */
export function feedSubjects(ds: Dataset): FeedSubject[] {
  return [
    { type: 'all' },
    ...NOTICE_KINDS.map((kind): FeedSubject => ({ type: 'kind', kind })),
    ...[...ds.byKind.rounds.keys()].map((id): FeedSubject => ({ type: 'rounds', id })),
    ...[...ds.byKind.units.keys()].map((id): FeedSubject => ({ type: 'units', id })),
    ...[...ds.byKind.people.keys()].map((id): FeedSubject => ({ type: 'people', id })),
  ];
}

/** Every feed of the site. */
export function feedCatalogue(ds: Dataset): Feed[] {
  return feedSubjects(ds).map((s) => feedOf(ds, s));
}

/**
 * The feeds a page at `path` advertises in its head (`<link rel="alternate">`): the home page the feed
 * of everything; a list page its kind's feed; a notice its kind's and its round's feeds; a unit,
 * round or person page its own feed.
 */
export function feedsForPage(ds: Dataset, path: string): { href: string; title: string }[] {
  const link = (s: FeedSubject) => ({ href: feedUrl(s), title: feedOf(ds, s).title });
  if (path === '/') return [link({ type: 'all' })];
  const m = /^\/([a-z-]+)\/(?:page\/\d+\/|([a-z0-9-]+)\/)?$/.exec(path);
  if (!m) return [];
  const section = m[1]!;
  const id = m[2];
  if ((NOTICE_KINDS as readonly string[]).includes(section)) {
    const kind = section as NoticeKind;
    const notice = id ? ds.byKind[kind].get(id) : undefined;
    if (id && !notice) return [];
    const round = notice ? noticeSubjects(ds, notice as NoticeEntry).round : undefined;
    return [link({ type: 'kind', kind }), ...(round ? [link({ type: 'rounds', id: round })] : [])];
  }
  if (id && (section === 'units' || section === 'rounds' || section === 'people') && ds.byKind[section].has(id)) return [link({ type: section, id })];
  return [];
}

/**
 * Options for @astrojs/rss for the feed of `subject`: channel link to the page of the same view, a
 * self link, the language, and lastBuildDate from the newest item (not the clock, so rebuilding the
 * same content gives the same file). Every text is stripped of characters XML 1.0 forbids.
 */
export function rssOptions(ds: Dataset, subject: FeedSubject): RSSOptions {
  const feed = feedOf(ds, subject);
  const self = absoluteUrl(ds.site.url, feed.path);
  const newest = feed.items[0] ? rfc822Shanghai(feed.items[0].data.published) : undefined;
  const channel = xmlSafe({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(ds.site.url, feed.page),
    // Opened in a browser, the feed reads as a page that says what it is and how to subscribe.
    stylesheet: FEED_STYLESHEET,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>zh-cn</language>',
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${newest}</lastBuildDate>`] : []),
    ].join(''),
  });
  return { ...channel, items: feed.items.map((n) => rssItem(ds, n)) };
}

const rssItemCache = new WeakMap<Dataset, Map<NoticeEntry, RSSFeedItem>>();

/** Notice `entry` as an RSS item, XML-safe; one object per notice and dataset, shared by every feed that carries it. */
function rssItem(ds: Dataset, entry: NoticeEntry): RSSFeedItem {
  let cache = rssItemCache.get(ds);
  if (!cache) rssItemCache.set(ds, (cache = new Map()));
  let item = cache.get(entry);
  if (!item) cache.set(entry, (item = xmlSafe(toRssItem(feedItem(ds, entry)))));
  return item;
}

/** One group of the /feeds/ page. */
export interface FeedGroup {
  id: 'all' | 'kinds' | 'rounds' | 'units' | 'people';
  heading: string;
  /** `href` is the feed's HTML page (what it follows, the address to copy), `feed` the RSS file to subscribe to. */
  feeds: { href: string; feed: string; label: string; title: string; total: number; shown: number; page: string }[];
}

/** Every feed for the /feeds/ page, grouped as the catalogue is, each with a short label (the kind, round, unit or person). */
export function feedDirectory(ds: Dataset): FeedGroup[] {
  const f = ui.feeds;
  const collator = new Intl.Collator('zh-CN');
  const entry = (subject: FeedSubject, label: string) => {
    const feed = feedOf(ds, subject);
    return { href: feedPageUrl(subject), feed: feed.path, label, title: feed.title, total: feed.total, shown: feed.items.length, page: feed.page };
  };
  const named = <T extends { data: { name: string } }>(m: Map<string, T>) => [...m].sort((a, b) => collator.compare(a[1].data.name, b[1].data.name));
  return [
    { id: 'all', heading: f.allHeading, feeds: [entry({ type: 'all' }, f.allSubject)] },
    { id: 'kinds', heading: f.kindsHeading, feeds: NOTICE_KINDS.map((kind) => entry({ type: 'kind', kind }, KIND_LABELS[kind])) },
    {
      id: 'rounds',
      heading: f.roundsHeading,
      feeds: [...ds.byKind.rounds.values()]
        .sort((a, b) => b.data.year - a.data.year || collator.compare(a.data.title, b.data.title))
        .map((r) => entry({ type: 'rounds', id: r.id }, r.data.title)),
    },
    { id: 'units', heading: f.unitsHeading, feeds: named(ds.byKind.units).map(([id, u]) => entry({ type: 'units', id }, u.data.name)) },
    { id: 'people', heading: f.peopleHeading, feeds: named(ds.byKind.people).map(([id, p]) => entry({ type: 'people', id }, p.data.name)) },
  ];
}

/** Feeds per page of the directory: a group longer than this is paged, so /feeds/ stays light at any scale. */
export const DIRECTORY_PAGE_SIZE = 200;

/** One page of one group of the feed directory, with the links to its other pages. */
export interface FeedGroupPage extends FeedGroup {
  number: number;
  count: number;
  total: number;
  nav?: PageNav;
}

/** The address of page `n` of directory group `id`: page 1 is the group's section on /feeds/. */
export function feedGroupPageUrl(id: FeedGroup['id'], n: number): string {
  return n === 1 ? `/feeds/#${id}` : `/feeds/${id}/page/${n}/`;
}

/**
 * The feed directory cut into pages: every group's first page is shown on /feeds/, and a group with
 * more than `size` feeds (people and units of a large jurisdiction) continues on its own pages.
 */
export function feedDirectoryPages(ds: Dataset, size = DIRECTORY_PAGE_SIZE): FeedGroupPage[][] {
  return feedDirectory(ds).map((group) => {
    const pages = paginate(group.feeds, size);
    return pages.map((page) => ({
      ...group,
      feeds: page.items,
      number: page.number,
      count: page.count,
      total: page.total,
      ...(page.count > 1 ? { nav: pageNav(page.number, page.count, (n) => feedGroupPageUrl(group.id, n)) } : {}),
    }));
  });
}

/** How many items a feed's HTML page shows. */
export const FEED_PAGE_ITEMS = 20;

/** A feed's plain HTML page: what it follows, its address to copy, the page of the same view, and its latest items. */
export interface FeedPageView {
  title: string;
  description: string;
  label: string;
  /** This page's own path. */
  path: string;
  /** The feed's absolute address, to paste into a reader. */
  address: string;
  /** Site path of the feed file. */
  feed: string;
  /** Site path of the page showing the same view. */
  page: string;
  items: { href: string; title: string; published: string; kind: string; summary: string }[];
  total: number;
}

/** The HTML page of the feed of `subject`. */
export function feedPageView(ds: Dataset, subject: FeedSubject): FeedPageView {
  const feed = feedOf(ds, subject);
  return {
    title: feed.title,
    description: feed.description,
    label: feed.label,
    path: feedPageUrl(subject),
    address: absoluteUrl(ds.site.url, feed.path),
    feed: feed.path,
    page: feed.page,
    items: feed.items.slice(0, FEED_PAGE_ITEMS).map((n) => {
      const item = feedItem(ds, n);
      return { href: noticeUrl(n.kind, n.id), title: item.title, published: n.data.published, kind: KIND_LABELS[n.kind], summary: item.description };
    }),
    total: feed.total,
  };
}
