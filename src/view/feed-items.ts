/**
 * Notices as feed items: what a subscriber's reader shows (title, summary, the whole notice) and
 * what it keys on (a guid that never changes). Also which units, people and round a notice is about,
 * which feeds and search filters both read, so a notice is "about" the same things everywhere.
 */
import { ui } from '../i18n/zh-cn.ts';
import type { Kind } from '../schemas/common.ts';
import { isNoticeKind, SCHEMAS } from '../schemas/index.ts';
import { DECISION_RESULTS, KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { personName, positionLabel, recordTitle, unitName, type Block, type Fact, type Inline, type Section } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { formatDate, formatIso } from './format.ts';
import { noticePositions, noticeView } from './notices/index.ts';
import { currentContent } from './corrections.ts';
import { correctionUi } from '../i18n/zh-cn-corrections.ts';
import { findRefs } from '../domain/refs.ts';
import { absoluteUrl, noticeUrl, refUrl } from '../domain/urls.ts';
import { positionOf } from '../domain/queries.ts';

/** One feed item, ready for @astrojs/rss once `toRssItem` has folded the guid in. */
export interface FeedItem {
  title: string;
  /** Absolute URL the item opens: the notice, or for a correction the record it corrects. */
  link: string;
  /** Absolute permalink of the notice itself; never changes, so readers never show an item twice. */
  guid: string;
  /** Publication date at midnight in Asia/Shanghai. */
  pubDate: Date;
  /** The same date as written (YYYY-MM-DD). */
  published: string;
  /** Kind first, then the units the notice is about. */
  categories: string[];
  /** One paragraph of plain text (escaped for RSS by `toRssItem`). */
  description: string;
  /** The whole notice as HTML (the RSS writer escapes it into content:encoded). */
  content: string;
}

/** What a notice is about: its round, the units and the people it names. */
export interface NoticeSubjects {
  round?: string;
  units: string[];
  people: string[];
}

const subjectCache = new WeakMap<Dataset, Map<NoticeEntry, NoticeSubjects>>();

/**
 * The round, units and people notice `entry` is about. Units are those named in the notice (not its
 * issuer, which issues nearly everything) and those of the positions it names — all of its round's
 * positions when it names none. A correction is also about whatever its target is about.
 */
export function noticeSubjects(ds: Dataset, entry: NoticeEntry): NoticeSubjects {
  let cache = subjectCache.get(ds);
  if (!cache) subjectCache.set(ds, (cache = new Map()));
  const hit = cache.get(entry);
  if (hit) return hit;
  const units = new Set<string>();
  const people = new Set<string>();
  let round = 'round' in entry.data ? entry.data.round : undefined;
  for (const r of findRefs(SCHEMAS[entry.kind], entry.data)) {
    if (r.target === 'units' && r.path[0] !== 'issuer') units.add(r.id);
    if (r.target === 'people') people.add(r.id);
  }
  if (round) {
    const named = noticePositions(entry);
    const positions = named.length > 0 ? named.map((p) => positionOf(ds, round!, p)) : ds.byKind.rounds.get(round)?.data.positions ?? [];
    for (const p of positions) if (p) units.add(p.unit);
  }
  if (entry.kind === 'corrections') {
    const [kind, id] = entry.data.corrects.split('/') as [Kind, string];
    const target = ds.byKind[kind]?.get(id) as Entry | undefined;
    if (target && isNoticeKind(target.kind)) {
      const t = noticeSubjects(ds, target as NoticeEntry);
      round ??= t.round;
      t.units.forEach((u) => units.add(u));
      t.people.forEach((p) => people.add(p));
    } else if (target?.kind === 'rounds') round ??= target.id;
    else if (target?.kind === 'units') units.add(target.id);
    else if (target?.kind === 'people') people.add(target.id);
  }
  const out: NoticeSubjects = { round, units: [...units], people: [...people] };
  cache.set(entry, out);
  return out;
}

const itemCache = new WeakMap<Dataset, Map<NoticeEntry, FeedItem>>();

/** Notice `entry` as a feed item; built once per dataset, since one notice appears in several feeds. */
export function feedItem(ds: Dataset, entry: NoticeEntry): FeedItem {
  let cache = itemCache.get(ds);
  if (!cache) itemCache.set(ds, (cache = new Map()));
  const hit = cache.get(entry);
  if (hit) return hit;
  const abs = (path: string) => absoluteUrl(ds.site.url, path);
  const own = abs(noticeUrl(entry.kind, entry.id));
  const target = entry.kind === 'corrections' ? refUrl(entry.data.corrects) : undefined;
  const subjects = noticeSubjects(ds, entry);
  const item: FeedItem = {
    title: entry.data.title,
    link: target ? abs(target) : own,
    guid: own,
    pubDate: shanghaiMidnight(entry.data.published),
    published: entry.data.published,
    categories: [KIND_LABELS[entry.kind], ...subjects.units.map((u) => unitName(ds, u))],
    description: summaryText(ds, entry, subjects),
    content: noticeHtml(ds, entry),
  };
  cache.set(entry, item);
  return item;
}

/**
 * A feed item in @astrojs/rss's shape. The guid goes in as custom data (the library would reuse the
 * link), and the summary is HTML-escaped: readers render an RSS description as HTML, so text a clerk
 * typed must reach them as text.
 */
export function toRssItem(item: FeedItem): { title: string; link: string; categories: string[]; description: string; content: string; customData: string } {
  const { guid, description, pubDate, published, ...rest } = item;
  // pubDate goes in as written (+0800): @astrojs/rss would write a Date in GMT, the evening before.
  return { ...rest, description: escapeHtml(description), customData: `<guid isPermaLink="true">${escapeHtml(guid)}</guid><pubDate>${rfc822Shanghai(published)}</pubDate>` };
}

/** `YYYY-MM-DD` as the instant it begins in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMidnight(iso: string): Date {
  return new Date(`${iso}T00:00:00+08:00`);
}

/**
 * One paragraph with the substance a subscriber needs without opening the page: kind and date,
 * then per kind who and what — a publicity's candidates, posts, window and deadline; a decision's
 * candidates, votes and results; an appointment's outcome; a correction what it corrects and why;
 * otherwise the clerk's lead or the people named.
 */
export function summaryText(ds: Dataset, entry: NoticeEntry, subjects = noticeSubjects(ds, entry)): string {
  const f = ui.feeds;
  const date = (iso: string) => formatDate(iso);
  const parts: string[] = [f.kindDate(KIND_LABELS[entry.kind], date(entry.data.published))];
  const round = 'round' in entry.data ? entry.data.round : undefined;
  const post = (pid: string) => (round ? positionLabel(ds, round, pid) : pid);
  switch (entry.kind) {
    case 'corrections': {
      const [kind, id] = entry.data.corrects.split('/') as [Kind, string];
      const target = ds.byKind[kind]?.get(id) as Entry | undefined;
      parts.push(f.corrects(target ? recordTitle(ds, target) : entry.data.corrects), f.reason(entry.data.reason));
      break;
    }
    case 'publicities':
      parts.push(...entry.data.candidates.map((c) => f.candidate(personName(ds, c.person), c.proposedPost)));
      parts.push(f.window(date(entry.data.window.from), date(entry.data.window.to)), f.deadline(date(entry.data.window.to)));
      break;
    case 'decisions':
      parts.push(...entry.data.items.map((i) => f.tally(personName(ds, i.person), post(i.position), i.yes, i.no, i.abstain, DECISION_RESULTS[i.result])));
      break;
    case 'appointments':
      for (const r of entry.data.results) {
        const name = personName(ds, r.person);
        if (r.status === 'appointed') parts.push(f.appointed(name, r.post, r.effective ? date(r.effective) : undefined));
        else if (r.status === 'deferred') parts.push(f.deferred(name, r.post, r.deferredUntil ? date(r.deferredUntil) : undefined));
        else parts.push(f.withdrawn(name, r.post));
      }
      break;
    default:
      // The current text: a stand-alone correction's words in place of the original ones.
      if (entry.data.summary) parts.push((currentContent(ds, entry).data.summary ?? entry.data.summary).split(/\n+/)[0]!.trim());
      else if (subjects.people.length) parts.push(f.people(subjects.people.slice(0, 8).map((p) => personName(ds, p)).join('、') + (subjects.people.length > 8 ? f.more : '')));
  }
  // Each part may end a sentence of its own (a clerk's lead does); one full stop closes the whole.
  return parts.map((p) => p.replace(/[。；;.\s]+$/u, '')).join('；') + '。';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `YYYY-MM-DD` as an RFC 822 date at midnight in Beijing time (`Mon, 28 Sep 2026 00:00:00 +0800`).
 * Written with its own offset rather than in GMT (the previous evening), so a reader that shows the
 * date as written never shows the day before.
 */
export function rfc822Shanghai(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/** The whole notice as self-contained HTML with absolute links: what its page shows, without the site around it. */
export function noticeHtml(ds: Dataset, entry: NoticeEntry): string {
  const view = noticeView(ds, entry);
  const abs = (href: string) => (/^[a-z]+:/.test(href) ? href : absoluteUrl(ds.site.url, href));
  const r = new HtmlWriter(abs);
  const out: string[] = [];
  if (view.corrections.length) {
    const c = correctionUi;
    out.push(`<p><strong>${esc(c.heading)}</strong>${esc(view.corrections.every((x) => !x.applied) ? c.aloneIntro : c.appliedIntro)}</p>`);
    for (const x of view.corrections)
      out.push(
        r.facts([
          { label: c.correction, value: { href: x.href, text: x.title } },
          { label: c.when, value: { date: x.published } },
          { label: c.why, value: x.reason },
          ...x.changes.map((ch) => ({ label: ch.label, value: `${c.changeCols.from}：${ch.from}；${c.changeCols.to}：${ch.to}` })),
        ]),
      );
  }
  out.push(r.facts(view.meta));
  if (view.window) {
    const w = view.window;
    out.push(r.facts([{ label: w.label, value: [{ date: w.from }, ui.facts.from, { date: w.to }] }, ...(w.deadline ? [{ label: ui.window.deadline, value: { date: w.deadline } }] : [])]));
  }
  if (view.exceptions.length)
    out.push(`<h3>${esc(ui.notice.exceptionsHeading)}</h3>`, r.list(view.exceptions.map((e) => ui.feeds.exception(ui.notice.exceptionRule(e.rule), e.reason))));
  if (view.summary) out.push(`<h3>${esc(ui.notice.summaryHeading)}</h3>`, ...view.summary.paragraphs.map((p) => `<p>${esc(p)}</p>`));
  out.push(r.sections(view.sections, 3));
  if (view.related.length) out.push(`<h3>${esc(ui.notice.relatedHeading)}</h3>`, r.list(view.related.map((c) => (c.href ? { href: c.href, text: c.title } : c.title))));
  // The meta facts above already carry the reference code; the reader still needs the way back to the page.
  out.push(`<p><a href="${esc(abs(noticeUrl(entry.kind, entry.id)))}">${esc(ui.feeds.readOnline)}</a></p>`);
  return out.filter(Boolean).join('\n');
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const esc = escapeHtml;

/** Renders the display vocabulary (display.ts) as plain semantic HTML, every text escaped. */
class HtmlWriter {
  private readonly abs: (href: string) => string;
  constructor(abs: (href: string) => string) {
    this.abs = abs;
  }

  inline(v: Inline): string {
    if (typeof v === 'string') return esc(v);
    if (Array.isArray(v)) return (v as readonly Inline[]).map((p) => this.inline(p)).join('');
    const o = v as Exclude<Inline, string | readonly Inline[]>;
    if ('href' in o) return `<a href="${esc(this.abs(o.href))}">${esc(o.text)}</a>`;
    if ('date' in o) return `<time datetime="${esc(o.date)}">${esc(formatIso(o.date))}</time>`;
    if ('code' in o) return `<code>${esc(o.code)}</code>`;
    return `<strong>${esc(o.tag)}</strong>`;
  }

  block(v: Block): string {
    if (typeof v === 'object' && !Array.isArray(v) && v !== null) {
      if ('paragraphs' in v) return v.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
      if ('items' in v) return this.list(v.items);
    }
    return this.inline(v as Inline);
  }

  facts(facts: Fact[]): string {
    if (!facts.length) return '';
    return `<dl>${facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${this.block(f.value)}</dd>`).join('')}</dl>`;
  }

  list(items: Inline[], ordered = false): string {
    const tag = ordered ? 'ol' : 'ul';
    return `<${tag}>${items.map((i) => `<li>${this.inline(i)}</li>`).join('')}</${tag}>`;
  }

  sections(sections: Section[], level: number): string {
    const h = (text: string) => `<h${level}>${esc(text)}</h${level}>`;
    return sections
      .map((s) => {
        switch (s.type) {
          case 'facts':
            return (s.heading ? h(s.heading) : '') + this.facts(s.facts);
          case 'table': {
            const row = (cells: Inline[]) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${this.inline(c)}</th>` : `<td>${this.inline(c)}</td>`)).join('')}</tr>`;
            return (
              `<table><caption>${esc(s.caption)}</caption>` +
              `<thead><tr>${s.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>` +
              `<tbody>${s.rows.map(row).join('')}</tbody>` +
              (s.foot ? `<tfoot>${row(s.foot)}</tfoot>` : '') +
              `</table>`
            );
          }
          case 'text':
            return h(s.heading) + s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
          case 'list':
            return h(s.heading) + this.list(s.items, s.ordered);
          case 'group':
            return h(s.heading) + this.sections(s.sections, Math.min(level + 1, 6));
        }
      })
      .join('\n');
  }
}
