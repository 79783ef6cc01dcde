/**
 * What the list pages and the home page show: each listed kind's rows in their reading order, and
 * the publicity windows open on the reference date. Sorting lives here, not in the pages.
 */
import { ui } from '../i18n/zh-cn.ts';
import { NOTICE_KINDS, type NoticeKind } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { noticeItem, personName, windowTag, type Inline, type ListItem } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { olderFirstNav, olderFirstPages, pageNav, paginate, PAGE_SIZE, type Page, type PageNav } from './pagination.ts';
import { personItem, roundItem, sortByName, sortRounds, unitItem } from './record-facts.ts';
import { listUrl, noticeUrl, type ListedKind } from '../domain/urls.ts';
import { isReadingDayCandidate, windowPhase, type WindowPhase } from '../domain/window-phase.ts';

/** Rows of the list of `kind`: notices newest first, rounds newest first, people and units by name. */
export function listItems(ds: Dataset, kind: ListedKind): ListItem[] {
  switch (kind) {
    case 'rounds':
      return sortRounds(ds, [...ds.byKind.rounds.values()]).map((r) => roundItem(ds, r));
    case 'people':
      return sortByName(ds.byKind.people.values()).map((e) => personItem(ds, e));
    case 'units':
      return sortByName(ds.byKind.units.values()).map((e) => unitItem(ds, e));
    default:
      return noticesOfKind(ds, kind).map((n) => publicityAware(ds, n as NoticeEntry));
  }
}

/** Notices of `kind`, newest first (the dataset's order). */
export function noticesOfKind<K extends NoticeKind>(ds: Dataset, kind: K): Entry<K>[] {
  return ds.notices.filter((n) => n.kind === kind) as Entry[] as Entry<K>[];
}

/** Every page of the list of `kind`, with the page numbers its URLs use. */
export function listPages(ds: Dataset, kind: ListedKind, size = PAGE_SIZE): Page<ListItem>[] {
  return paginate(listItems(ds, kind), size);
}

/** One page of a list as the page shows it. */
export interface ListPageView {
  kind: ListedKind;
  /** The page's number in its URL (`/{kind}/page/{n}/`); undefined for the list's first page, `/{kind}/`. */
  number?: number;
  path: string;
  title: string;
  /** What the rows are: which positions, and the total on the first page. */
  summary: string;
  items: ListItem[];
  /** Links to the other pages, when there are any. */
  nav?: PageNav;
}

/** Lists that grow at their newest end: notices and rounds, newest first. */
const growsAtTheTop = (kind: ListedKind) => kind !== 'people' && kind !== 'units';

/**
 * The pages of the list of `kind`. Notices and rounds are numbered from the oldest: page 1 holds the
 * 20 oldest rows and keeps them, so a new notice changes the first page `/{kind}/` (the newest 20
 * rows and the count) and the numbered page it lands on, not every page after it; no numbered page
 * names the total or the last page. People and units are read by name, so they are cut in name order
 * and the first page is page 1.
 */
export function listPageViews(ds: Dataset, kind: ListedKind, size = PAGE_SIZE): ListPageView[] {
  const items = listItems(ds, kind);
  const label = KIND_LABELS[kind];
  const t = ui.list;
  if (!growsAtTheTop(kind)) {
    return paginate(items, size).map((page) => ({
      kind,
      ...(page.number > 1 ? { number: page.number } : {}),
      path: listUrl(kind, page.number),
      title: t.pageTitle(label, page.number > 1 ? page.number : undefined),
      summary: page.total ? t.summary(page.first, page.last, page.total) : '',
      items: page.items,
      ...(page.count > 1 ? { nav: pageNav(page.number, page.count, (n) => listUrl(kind, n)) } : {}),
    }));
  }
  const total = items.length;
  const pages = olderFirstPages(items, size);
  const count = pages.length;
  const href = (n: number) => `/${kind}/page/${n}/`;
  const first: ListPageView = {
    kind,
    path: listUrl(kind),
    title: label,
    summary: total ? t.newestSummary(Math.min(size, total), total) : '',
    items: items.slice(0, size),
    // The first page links to the numbered pages, newest first; the first older row not shown is on the next one.
    ...(count ? { nav: { next: href(Math.ceil((total - size) / size)), links: olderFirstNav(count, count, href, listUrl(kind)).links.map((l) => ('gap' in l ? l : { ...l, current: false })) } } : {}),
  };
  const numbered = pages.map(
    (page): ListPageView => ({
      kind,
      number: page.number,
      path: href(page.number),
      title: t.pageTitle(label, page.number),
      summary: t.olderSummary(page.oldest, page.newest),
      items: page.items,
      nav: olderFirstNav(page.number, count, href, listUrl(kind)),
    }),
  );
  return [first, ...numbered];
}

/** A notice row; a publicity's row also names who is publicised for what, the window and whether it is open. */
function publicityAware(ds: Dataset, n: NoticeEntry): ListItem {
  const item = noticeItem(n);
  if (n.kind !== 'publicities') return item;
  const who = n.data.candidates.map((c) => ui.home.candidate(personName(ds, c.person), c.proposedPost)).join('、');
  return { ...item, meta: [windowTag(n.data.window, ds.today), who, [ui.home.windowLabel, ...periodOf(n.data.window)], ...item.meta] };
}

function periodOf(w: { from: string; to: string }): Inline[] {
  return [{ date: w.from }, ui.facts.from, { date: w.to }];
}

/** A publicity window on the home page: who is publicised and until when. */
export interface OpenWindow {
  href: string;
  title: string;
  people: string[];
  from: string;
  to: string;
  /** Its phase on the build's reference date; the page script recomputes it on the day of reading. */
  phase: WindowPhase;
}

/** What the home page shows. */
export interface HomeView {
  /**
   * Every window the page carries (isReadingDayCandidate), closest deadline first: those not open on
   * the reference date ride along hidden, for the page script to show on the day they open.
   */
  windows: OpenWindow[];
  /** The windows open on the reference date (what the page says without its script). */
  open: OpenWindow[];
  /** The windows not yet open on the reference date. */
  upcoming: OpenWindow[];
  /**
   * The home page's window lists (正在公示, then 即将开始): each carries every window and shows those
   * in its phases; `shown` counts them on the reference date, and `always` lists stay when empty.
   */
  windowLists: { id: 'open' | 'upcoming'; heading: string; phases: WindowPhase[]; shown: number; always: boolean }[];
  latest: ListItem[];
  kinds: { href: string; label: string; count: number }[];
  directory: { kind: 'rounds' | 'people' | 'units'; href: string; label: string; count: number }[];
}

/** How many notices the home page lists. */
export const LATEST_COUNT = 20;

/** The home page: open and upcoming publicity windows (closest deadline first), latest notices, links to every list. */
export function homeView(ds: Dataset): HomeView {
  const publicities = noticesOfKind(ds, 'publicities');
  const windows = publicities
    .filter((p) => isReadingDayCandidate(p.data.window, ds.today))
    .sort((a, b) => a.data.window.to.localeCompare(b.data.window.to) || a.id.localeCompare(b.id))
    .map((p) => windowOf(ds, p));
  return {
    windows,
    open: windows.filter((w) => w.phase === 'open' || w.phase === 'closing'),
    upcoming: windows.filter((w) => w.phase === 'upcoming'),
    windowLists: (
      [
        { id: 'open', heading: ui.home.openHeading, phases: ['open', 'closing'], always: true },
        { id: 'upcoming', heading: ui.home.upcomingHeading, phases: ['upcoming'], always: false },
      ] as const
    )
      .filter((l) => l.always || windows.length > 0)
      .map((l) => ({ ...l, phases: [...l.phases], shown: windows.filter((w) => (l.phases as readonly WindowPhase[]).includes(w.phase)).length })),
    latest: ds.notices.slice(0, LATEST_COUNT).map((n) => publicityAware(ds, n)),
    kinds: NOTICE_KINDS.map((k) => ({ href: listUrl(k), label: KIND_LABELS[k], count: ds.byKind[k].size })),
    directory: (['rounds', 'people', 'units'] as const).map((k) => ({ kind: k, href: listUrl(k), label: KIND_LABELS[k], count: ds.byKind[k].size })),
  };
}

function windowOf(ds: Dataset, p: Entry<'publicities'>): OpenWindow {
  return {
    href: noticeUrl('publicities', p.id),
    title: p.data.title,
    people: p.data.candidates.map((c) => ui.home.candidate(personName(ds, c.person), c.proposedPost)),
    from: p.data.window.from,
    to: p.data.window.to,
    phase: windowPhase(p.data.window.from, p.data.window.to, ds.today),
  };
}
