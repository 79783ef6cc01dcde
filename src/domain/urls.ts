/**
 * The one place that builds permalinks. Pages, feeds, the sitemap and open data all link through
 * these functions, so an address never drifts between them. IDs are `[a-z0-9-]` (ID_PATTERN), so
 * they need no escaping.
 */
import type { Kind } from '../schemas/common.ts';
import { isNoticeKind, NOTICE_KINDS, type NoticeKind } from '../schemas/index.ts';

/** Kinds that have a list page and a page per record. */
export const LISTED_KINDS = [...NOTICE_KINDS, 'rounds', 'people', 'units'] as const satisfies readonly Kind[];
export type ListedKind = (typeof LISTED_KINDS)[number];

/** Top-level sections of the site, as the main navigation names them. */
export type NavSection = 'home' | 'rounds' | 'publicities' | 'people' | 'units' | 'search' | 'report';

/** The navigation section pages of `kind` belong to, if any. */
export function sectionOf(kind: Kind): NavSection | undefined {
  return kind === 'rounds' || kind === 'publicities' || kind === 'people' || kind === 'units' ? kind : undefined;
}

/** Whether records of `kind` have pages of their own. */
export function isListedKind(kind: string): kind is ListedKind {
  return (LISTED_KINDS as readonly string[]).includes(kind);
}

/** The home page. */
export function homeUrl(): string {
  return '/';
}

/** A notice: `/{kind}/{id}/`. */
export function noticeUrl(kind: NoticeKind, id: string): string {
  return `/${kind}/${id}/`;
}

/** A selection round: `/rounds/{id}/`. */
export function roundUrl(id: string): string {
  return `/rounds/${id}/`;
}

/** A person: `/people/{id}/`. */
export function personUrl(id: string): string {
  return `/people/${id}/`;
}

/** A unit: `/units/{id}/`. */
export function unitUrl(id: string): string {
  return `/units/${id}/`;
}

/** Page `page` of the list of `kind`: `/{kind}/` for the first, `/{kind}/page/{n}/` after it. */
export function listUrl(kind: ListedKind, page = 1): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`bad page number ${page}`);
  return page === 1 ? `/${kind}/` : `/${kind}/page/${page}/`;
}

/** The page of record `kind/id`, or undefined for kinds without pages (bodies, qualifications, site, calendar). */
export function recordUrl(kind: Kind, id: string): string | undefined {
  if (isNoticeKind(kind)) return noticeUrl(kind, id);
  if (kind === 'rounds') return roundUrl(id);
  if (kind === 'people') return personUrl(id);
  if (kind === 'units') return unitUrl(id);
  return undefined;
}

/** The page of a `kind/id` reference (as written in a correction's `corrects`). */
export function refUrl(ref: string): string | undefined {
  const [kind, id] = ref.split('/');
  return kind && id ? recordUrl(kind as Kind, id) : undefined;
}

/** `path` on the deployed site `siteUrl` (from site.yaml), for feeds and canonical links; keeps a sub-path of `siteUrl`. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** A `tel:` link for a phone number as published (digits and hyphens, which dialers ignore). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+-]/g, '')}`;
}

/** A `mailto:` link, with a subject that quotes the notice's reference code when there is one. */
export function mailtoHref(email: string, subject?: string): string {
  return subject ? `mailto:${email}?subject=${encodeURIComponent(subject)}` : `mailto:${email}`;
}

/** An `sms:` link to a short number. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/\D/g, '')}`;
}

/** A web address as people read it: host and path, without the scheme or a trailing slash. */
export function displayUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

/** What an RSS feed follows: every notice, one kind of notice, or one unit, round or person. */
export type FeedSubject = { type: 'all' } | { type: 'kind'; kind: NoticeKind } | { type: 'units' | 'rounds' | 'people'; id: string };

/** An RSS feed: `/feeds/all.xml`, `/feeds/{kind}.xml`, `/feeds/{units|rounds|people}/{id}.xml`. */
export function feedUrl(subject: FeedSubject): string {
  switch (subject.type) {
    case 'all':
      return '/feeds/all.xml';
    case 'kind':
      return `/feeds/${subject.kind}.xml`;
    default:
      return `/feeds/${subject.type}/${subject.id}.xml`;
  }
}

/**
 * The plain HTML page of a feed (what it is, its address to copy, its latest items), next to the
 * feed file: `/feeds/all/`, `/feeds/{kind}/`, `/feeds/{units|rounds|people}/{id}/`. Browsers are
 * dropping XSLT, so this page, not the feed's stylesheet, is where a citizen learns to subscribe.
 */
export function feedPageUrl(subject: FeedSubject): string {
  return feedUrl(subject).replace(/\.xml$/, '/');
}

/** The page listing every feed. */
export function feedsUrl(): string {
  return '/feeds/';
}

/** The iCalendar feed of publicity windows. */
export function calendarUrl(): string {
  return '/feeds/publicity-windows.ics';
}

/** The search page, optionally with a query filled in. */
export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The reporting page (我要举报). */
export function reportUrl(): string {
  return '/report/';
}

/** The rule catalog page; with an ID, the rule's entry on it. */
export function rulesUrl(id?: string): string {
  return id ? `/rules/#${id}` : '/rules/';
}

/** The publication ledger page. */
export function ledgerUrl(): string {
  return '/ledger/';
}

/** The in-browser verification page. */
export function verifyUrl(): string {
  return '/verify/';
}

/** The open data page. */
export function dataUrl(): string {
  return '/data/';
}
