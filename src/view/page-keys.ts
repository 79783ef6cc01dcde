/**
 * The props of every keyed page, and its cache key for the incremental build (Astro's
 * `experimental.incrementalBuild`): a page is skipped when its key and its code are unchanged.
 *
 * Each route's `getStaticPaths` calls one function below, which computes once everything the page
 * shows from the data — its view model, the ledger box, the subscribe box, the layout's head links
 * and search marks, the site settings it names — and returns it as the route's props, with the
 * digest of exactly those props as the key. The page and its components render the props and read
 * neither the dataset nor the ledger themselves, so the key covers all a page shows by construction,
 * and a view is computed once per build, not once for the key and again for the page.
 *
 * The build date enters a page's props only where the page shows it: the state of a window not yet
 * closed (a closed window reads the same on any later day). Code is not part of a key: Astro compares
 * the hash of each route's module graph itself.
 */
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { stableDigest } from '../domain/stable-digest.ts';
import { absoluteUrl, feedPageUrl, type FeedSubject } from '../domain/urls.ts';
import type { Kind } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';
import { canonicalData, recordHistory, type LedgerSite, type RecordHistoryView } from '../ledger/site.ts';
import type { LogEntry } from '../ledger/log.ts';
import { appointmentTrails, compliancePanel, trailsOfNotice, type CompliancePanelView, type TrailView } from './compliance.ts';
import { personName, type Fact, type Inline } from './display.ts';
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { feedOf, feedPageView, feedsForPage, rssOptions, type FeedGroupPage, type FeedPageView } from './feeds.ts';
import { changeRows, datasetTitles, historyFacts, logRows, versionFacts, versionRows, type LogRow } from './ledger.ts';
import type { ListPageView } from './listings.ts';
import { noticeView, type NoticeView, type NoticeWindow } from './notices/index.ts';
import { oldVersionView, type OldVersionView } from './old-version.ts';
import type { Page } from './pagination.ts';
import { personView, roundPageView, unitView, type PersonView, type RoundPageView, type UnitView } from './record-facts.ts';
import { pagefindElementsForPage, type PagefindElement } from './search-attributes.ts';

/** A route's props with the digest of exactly those props as its cache key. */
export interface Keyed<P> {
  props: P;
  cacheKey: string;
}

/**
 * The props `make` computes, keyed by their digest. They are computed here for the key and then
 * dropped: the route holds a getter per prop that computes them again when the page renders (each
 * destructuring of the props computes them once, and lets them go after the current task). So a
 * build holds every page's key but only the props of the pages being rendered: at 100,000 records
 * holding every page's props took Astro to 5.13 GB. A page whose key matches the cache is never
 * rendered and its props never computed again. `make` is deterministic over one build's data, and
 * computes its view itself: what it captures from outside is held for every path (the list, log and
 * feed-group pages get their views handed in, from one pass over a list, and hold them; they are a
 * few thousand at 100,000 records, against a hundred thousand record and version pages).
 */
export function keyed<P extends object>(kind: string, make: () => P): Keyed<P> {
  const first = make();
  const cacheKey = stableDigest(kind, first);
  return { props: lazyProps(make, Object.keys(first) as (keyof P)[]), cacheKey };
}

function lazyProps<P extends object>(make: () => P, keys: (keyof P)[]): P {
  let held: P | undefined;
  const current = (): P => {
    if (!held) {
      held = make();
      queueMicrotask(() => (held = undefined));
    }
    return held;
  };
  const props = {} as P;
  for (const key of keys) Object.defineProperty(props, key, { enumerable: true, get: () => current()[key] });
  return props;
}

/** What BaseLayout shows from the data: the site's name, address and department, the head's feed links, the search marks. */
export interface LayoutData {
  /** The page's own path, which BaseLayout checks against the URL it renders. */
  path: string;
  siteName: string;
  department: string;
  /** The canonical address; none for a page that must not be indexed. */
  canonical?: string;
  /** Feeds of the same view, advertised for readers to discover. */
  feeds: { href: string; title: string }[];
  /** Content pages are indexed for search; lists and the home page are not. */
  searchable: boolean;
  /** Pages that must not be indexed or canonicalised (404). */
  noindex: boolean;
  /** Pagefind's filter, meta and sort elements of a searchable page. */
  searchMarks: PagefindElement[];
}

/** The layout's data for the page at `path`. */
export function layoutData(ds: Dataset, path: string, options: { searchable?: boolean; noindex?: boolean } = {}): LayoutData {
  const { searchable = false, noindex = false } = options;
  return {
    path,
    siteName: ds.site.name,
    department: ds.site.department,
    canonical: noindex ? undefined : absoluteUrl(ds.site.url, path),
    feeds: noindex ? [] : feedsForPage(ds, path),
    searchable,
    noindex,
    searchMarks: searchable ? pagefindElementsForPage(ds, path) : [],
  };
}

/** The 订阅 box's own feed: its HTML page and what it follows. */
export interface SubscribeFeed {
  href: string;
  label: string;
}

export function subscribeFeed(ds: Dataset, subject: FeedSubject): SubscribeFeed {
  return { href: feedPageUrl(subject), label: feedOf(ds, subject).label };
}

/** The build date a window box names while the window can still change; none for a closed window. */
export function windowDay(window: NoticeWindow | undefined, today: string): string | undefined {
  return window && windowShowsDate(window) ? today : undefined;
}

/** Whether a window box names the day its state was read: not for a closed window, whose state no later day changes. */
export function windowShowsDate(window: NoticeWindow): boolean {
  return window.state !== 'closed';
}

/** What RecordHistory shows for one record: its state in the ledger, its versions, what each correction changed. */
export interface HistoryBox {
  status: RecordHistoryView['status'];
  facts: Fact[];
  /** The versions table, when there is more than one version. */
  versions?: Inline[][];
  corrected: { version: number; title?: string; reason?: string; rows: Inline[][] }[];
}

/** The ledger box of `kind/id`. */
export function historyBox(ds: Dataset, site: LedgerSite, kind: Kind, id: string): HistoryBox {
  const key = `${kind}/${id}`;
  const view = recordHistory(site, key);
  const names = (pid: string) => personName(ds, pid);
  const dataOf = (version: number) => site.versions.get(key)?.find((e) => e.version === version)?.data;
  return {
    status: view.status,
    facts: historyFacts(view, site),
    versions: view.versions.length > 1 ? versionRows(view) : undefined,
    corrected: view.versions
      .filter((v) => v.changes.length > 0)
      .map((v) => ({ version: v.version, title: v.correction?.title, reason: v.correction?.reason, rows: changeRows(kind, v.changes, dataOf(v.version), names) })),
  };
}

export interface NoticePageProps {
  view: NoticeView;
  windowDay?: string;
  trails: (TrailView & { person: Inline })[];
  channels: Site['channels'];
  history: HistoryBox;
  layout: LayoutData;
}

export function noticePage(ds: Dataset, site: LedgerSite, entry: NoticeEntry): Keyed<NoticePageProps> {
  return keyed('notice', () => {
    const view = noticeView(ds, entry, site);
    return {
      view,
      windowDay: windowDay(view.window, ds.today),
      trails: trailsOfNotice(ds, entry),
      channels: ds.site.channels,
      history: historyBox(ds, site, entry.kind, entry.id),
      layout: layoutData(ds, `/${entry.kind}/${entry.id}/`, { searchable: true }),
    };
  });
}

export interface PersonPageProps {
  id: string;
  view: PersonView;
  trails: TrailView[];
  subscribe: SubscribeFeed;
  history: HistoryBox;
  layout: LayoutData;
}

export function personPage(ds: Dataset, site: LedgerSite, id: string): Keyed<PersonPageProps> {
  return keyed('person', () => ({
    id,
    view: personView(ds, id),
    trails: appointmentTrails(ds, id),
    subscribe: subscribeFeed(ds, { type: 'people', id }),
    history: historyBox(ds, site, 'people', id),
    layout: layoutData(ds, `/people/${id}/`, { searchable: true }),
  }));
}

export interface UnitPageProps {
  view: UnitView;
  subscribe: SubscribeFeed;
  history: HistoryBox;
  layout: LayoutData;
}

export function unitPage(ds: Dataset, site: LedgerSite, id: string): Keyed<UnitPageProps> {
  return keyed('unit', () => ({
    view: unitView(ds, id),
    subscribe: subscribeFeed(ds, { type: 'units', id }),
    history: historyBox(ds, site, 'units', id),
    layout: layoutData(ds, `/units/${id}/`, { searchable: true }),
  }));
}

export interface RoundPageProps {
  id: string;
  view: RoundPageView;
  panel: CompliancePanelView;
  channels: Site['channels'];
  subscribe: SubscribeFeed;
  history: HistoryBox;
  layout: LayoutData;
}

export function roundPage(ds: Dataset, site: LedgerSite, id: string): Keyed<RoundPageProps> {
  return keyed('round', () => ({
    id,
    view: roundPageView(ds, id),
    panel: compliancePanel(ds, id, site),
    channels: ds.site.channels,
    subscribe: subscribeFeed(ds, { type: 'rounds', id }),
    history: historyBox(ds, site, 'rounds', id),
    layout: layoutData(ds, `/rounds/${id}/`, { searchable: true }),
  }));
}

export interface ListPageProps {
  view: ListPageView;
  /** The list's own feed (notice lists); rounds, people and units point to their group on /feeds/. */
  subscribe?: SubscribeFeed;
  layout: LayoutData;
}

/** A list page: its rows and counts, the feed its subscribe box names, and the layout. */
export function listPage(ds: Dataset, view: ListPageView, feed?: FeedSubject): Keyed<ListPageProps> {
  return keyed('list', () => ({ view, subscribe: feed ? subscribeFeed(ds, feed) : undefined, layout: layoutData(ds, view.path) }));
}

export interface VersionPageProps {
  view: OldVersionView;
  windowDay?: string;
  facts: Fact[];
  canonical: string;
  layout: LayoutData;
}

/** A sealed version's page. */
export function versionPage(ds: Dataset, site: LedgerSite, entry: LogEntry, path: string): Keyed<VersionPageProps> {
  return keyed('version', () => {
    const history = recordHistory(site, entry.key);
    const version = history.versions.find((v) => v.version === entry.version);
    if (!version) throw new Error(`no version ${entry.version} of ${entry.key}`);
    const view = oldVersionView(ds, site, entry, history);
    return {
      view,
      windowDay: windowDay(view.notice?.window, ds.today),
      facts: versionFacts(site, entry, version, datasetTitles(ds)),
      canonical: canonicalData(entry),
      layout: layoutData(ds, path),
    };
  });
}

/**
 * An RSS feed: the options @astrojs/rss writes it from, keyed by the channel's fields and the digest
 * of each item. An item is the same object in every feed that carries it (rssOptions), so it is
 * digested once, not once per feed.
 */
export function feedFile(ds: Dataset, subject: FeedSubject): Keyed<{ options: RSSOptions }> {
  const options = rssOptions(ds, subject);
  return { props: { options }, cacheKey: stableDigest('feed', { ...options, items: undefined }, (options.items as RSSFeedItem[]).map(itemDigest)) };
}

const itemDigests = new WeakMap<object, string>();

function itemDigest(item: object): string {
  let d = itemDigests.get(item);
  if (d === undefined) itemDigests.set(item, (d = stableDigest(item)));
  return d;
}

export interface FeedAboutProps {
  view: FeedPageView;
  layout: LayoutData;
}

/** A feed's plain HTML page. */
export function feedAboutPage(ds: Dataset, subject: FeedSubject): Keyed<FeedAboutProps> {
  return keyed('feed-about', () => {
    const view = feedPageView(ds, subject);
    return { view, layout: layoutData(ds, view.path) };
  });
}

/** A page of the feed directory. */
export function feedGroupPage(ds: Dataset, group: FeedGroupPage, path: string): Keyed<{ group: FeedGroupPage; layout: LayoutData }> {
  return keyed('feed-group', () => ({ group, layout: layoutData(ds, path) }));
}

export interface LogPageProps {
  number: number;
  count: number;
  first: number;
  last: number;
  rows: LogRow[];
  layout: LayoutData;
}

/** A page of the public log. */
export function logPage(ds: Dataset, site: LedgerSite, page: Page<LogEntry>, path: string): Keyed<LogPageProps> {
  return keyed('log', () => ({ number: page.number, count: page.count, first: page.first, last: page.last, rows: logRows(site, page.items, datasetTitles(ds)), layout: layoutData(ds, path) }));
}

/** Any generated value shown as is (a compiled round's JSON). */
export function valuePage<T>(kind: string, value: T): Keyed<{ value: T }> {
  return keyed(kind, () => ({ value }));
}
