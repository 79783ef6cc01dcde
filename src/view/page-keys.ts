/**
 * Cache keys of the incremental build (Astro's `experimental.incrementalBuild`): a page is skipped
 * when its key and its code are unchanged, so a key must cover everything the page shows. Each key
 * below is the digest of the very values the page and its components render — its view model, the
 * layout's head links and search marks, the ledger box, the site settings — computed by the same
 * functions the page calls. A record a page shows changes its view, so its key; nothing else does.
 *
 * The build date enters a key only where a page shows it: the state of a window not yet closed
 * (a closed window reads the same on any later day). Code is not part of a key: Astro compares the
 * hash of each route's module graph itself.
 */
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { stableDigest } from '../domain/stable-digest.ts';
import type { FeedSubject } from '../domain/urls.ts';
import type { Kind } from '../schemas/common.ts';
import { canonicalData, recordHistory, type LedgerSite } from '../ledger/site.ts';
import type { LogEntry } from '../ledger/log.ts';
import { appointmentTrails, compliancePanel, trailsOfNotice } from './compliance.ts';
import { personName } from './display.ts';
import { feedOf, feedsForPage, rssOptions, type FeedGroupPage } from './feeds.ts';
import { changeRows, datasetTitles, historyFacts, logRows, versionRows, versionFacts } from './ledger.ts';
import { noticeView } from './notices/index.ts';
import type { NoticeWindow } from './notices/types.ts';
import { oldVersionView } from './old-version.ts';
import type { Page } from './pagination.ts';
import { personView, roundPageView, unitView } from './record-facts.ts';
import { pagefindElementsForPage } from './search-attributes.ts';
import type { ListPageView } from './listings.ts';

/** What BaseLayout shows from the data: site settings (name, department, channels, address), the head's feed links, the search marks. */
function layoutPart(ds: Dataset, path: string, searchable: boolean): unknown {
  return [ds.site, feedsForPage(ds, path), searchable ? pagefindElementsForPage(ds, path) : null];
}

/** A window box: its state, and the build date it is read on while the window can still change. */
export function windowPart(window: NoticeWindow | undefined, today: string): unknown {
  return window ? [window, windowShowsDate(window) ? today : null] : null;
}

/** Whether a window box names the day its state was read: not for a closed window, whose state no later day changes. */
export function windowShowsDate(window: NoticeWindow): boolean {
  return window.state !== 'closed';
}

/** What RecordHistory shows for `kind/id`, computed as it computes it. */
function historyPart(ds: Dataset, site: LedgerSite, kind: Kind, id: string): unknown {
  const key = `${kind}/${id}`;
  const view = recordHistory(site, key);
  const names = (pid: string) => personName(ds, pid);
  const dataOf = (version: number) => site.versions.get(key)?.find((e) => e.version === version)?.data;
  return [
    // The box never shows the checkpoint the view carries, which every seal replaces.
    { ...view, checkpoint: undefined },
    historyFacts(view, site),
    view.versions.length > 1 ? versionRows(view) : null,
    view.versions.filter((v) => v.changes.length > 0).map((v) => changeRows(kind, v.changes, dataOf(v.version), names)),
  ];
}

const subscribeLabel = (ds: Dataset, subject: FeedSubject) => feedOf(ds, subject).label;

export function noticeKey(ds: Dataset, site: LedgerSite, entry: NoticeEntry): string {
  const view = noticeView(ds, entry, site);
  return stableDigest('notice', view, windowPart(view.window, ds.today), trailsOfNotice(ds, entry), historyPart(ds, site, entry.kind, entry.id), layoutPart(ds, `/${entry.kind}/${entry.id}/`, true));
}

export function personKey(ds: Dataset, site: LedgerSite, id: string): string {
  return stableDigest('person', personView(ds, id), appointmentTrails(ds, id), subscribeLabel(ds, { type: 'people', id }), historyPart(ds, site, 'people', id), layoutPart(ds, `/people/${id}/`, true));
}

export function unitKey(ds: Dataset, site: LedgerSite, id: string): string {
  return stableDigest('unit', unitView(ds, id), subscribeLabel(ds, { type: 'units', id }), historyPart(ds, site, 'units', id), layoutPart(ds, `/units/${id}/`, true));
}

export function roundKey(ds: Dataset, site: LedgerSite, id: string): string {
  return stableDigest('round', roundPageView(ds, id), compliancePanel(ds, id, site), subscribeLabel(ds, { type: 'rounds', id }), historyPart(ds, site, 'rounds', id), layoutPart(ds, `/rounds/${id}/`, true));
}

/** A list page: its rows and counts, and the feed its subscribe box names. */
export function listKey(ds: Dataset, view: ListPageView, feed?: FeedSubject): string {
  return stableDigest('list', view, feed ? subscribeLabel(ds, feed) : null, layoutPart(ds, view.path, false));
}

/** A sealed version's page. */
export function versionKey(ds: Dataset, site: LedgerSite, entry: LogEntry): string {
  const history = recordHistory(site, entry.key);
  const version = history.versions.find((v) => v.version === entry.version);
  const view = oldVersionView(ds, site, entry, history);
  return stableDigest('version', view, windowPart(view.notice?.window, ds.today), version && versionFacts(site, entry, version, datasetTitles(ds)), canonicalData(entry), ds.site);
}

/** An RSS feed: the options @astrojs/rss writes it from. */
export function feedKey(ds: Dataset, subject: FeedSubject): string {
  return stableDigest('feed', rssOptions(ds, subject));
}

/** A page of the feed directory. */
export function feedGroupKey(ds: Dataset, group: FeedGroupPage): string {
  return stableDigest('feed-group', group, ds.site);
}

/** A page of the public log. */
export function logPageKey(ds: Dataset, site: LedgerSite, page: Page<LogEntry>): string {
  return stableDigest('log', page.number, page.count, page.first, page.last, logRows(site, page.items, datasetTitles(ds)), ds.site);
}

/** Any generated value shown as is (a compiled round's JSON). */
export function valueKey(kind: string, value: unknown): string {
  return stableDigest(kind, value);
}
