/**
 * The small vocabulary pages are rendered from: inline values, blocks, facts and sections. Library
 * code turns records into these, with every reference already resolved to a name and a link, so
 * .astro files only render and never look anything up.
 */
import { ui } from '../i18n/zh-cn.ts';
import type { Kind } from '../schemas/common.ts';
import { KIND_LABELS, QUALIFICATION_TYPES } from '../i18n/zh-cn-schema-labels.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { positionOf } from '../domain/queries.ts';
import { noticeUrl, personUrl, recordUrl, roundUrl, unitUrl } from '../domain/urls.ts';
import { statusUi } from '../i18n/zh-cn-status.ts';
import { windowPhase, type WindowPhase } from '../domain/window-phase.ts';

/** How a tag reads: the state of a window, or a warning. */
export type Tone = 'open' | 'upcoming' | 'closed' | 'alert' | 'ok';

/**
 * A run of text: plain, a link, a date or month (rendered in `<time datetime>`), a status tag, a
 * code to quote (reference codes), or a sequence of those.
 */
export type Inline =
  | string
  | readonly Inline[]
  | { href: string; text: string }
  | { date: string }
  | { tag: string; tone: Tone; window?: WindowTag }
  | { code: string };

/**
 * What a publicity's state tag in a list carries for the page script (src/browser/window-status.ts)
 * to bring it up to the day of reading: the window's dates, the tag's wording for each phase, and the
 * build's reference date its state was worked out for.
 */
export interface WindowTag {
  from: string;
  to: string;
  phase: WindowPhase;
  labels: Record<WindowPhase, string>;
  /** Only while the window is not closed: a closed tag reads the same on every later day, so it carries no date (and keeps its list page's cache key). */
  asOf?: string;
}

/** The tone of each phase, as the page script colours it (closing soon is a warning). */
const PHASE_TONE: Record<WindowPhase, Tone> = { upcoming: 'upcoming', open: 'open', closing: 'alert', closed: 'closed' };

/** A publicity window's state tag in a list, on `today`: 公示尚未开始, 正在公示, 正在公示，即将截止 or 公示已结束. */
export function windowTag(window: { from: string; to: string }, today: string): { tag: string; tone: Tone; window: WindowTag } {
  const phase = windowPhase(window.from, window.to, today);
  const labels = { ...ui.window.listStates, closing: statusUi.publicity.closing };
  return { tag: labels[phase], tone: PHASE_TONE[phase], window: { from: window.from, to: window.to, phase, labels, ...(phase === 'closed' ? {} : { asOf: today }) } };
}

/**
 * The build's reference date when `values` hold a window tag whose state could change after it —
 * one not yet closed — so the page says which day its tags are as of; undefined otherwise (a closed
 * window stays closed).
 */
export function liveTagsAsOf(values: readonly Inline[]): string | undefined {
  for (const v of values) {
    if (typeof v !== 'object') continue;
    const found = Array.isArray(v) ? liveTagsAsOf(v as readonly Inline[]) : 'window' in v && v.window && v.window.phase !== 'closed' ? v.window.asOf : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A fact's value: inline, paragraphs of long text, or a bulleted list. */
export type Block = Inline | { paragraphs: string[] } | { items: Inline[] };

/** One key–value fact, rendered as a `<dt>`/`<dd>` pair. */
export interface Fact {
  label: string;
  value: Block;
}

/** A table column; numeric columns align right. The first column heads each row (`th scope="row"`). */
export interface Column {
  label: string;
  numeric?: boolean;
}

/** A block of a page under its own heading. */
export type Section =
  | { type: 'facts'; heading?: string; facts: Fact[] }
  | { type: 'table'; caption: string; columns: Column[]; rows: Inline[][]; foot?: Inline[] }
  | { type: 'text'; heading: string; paragraphs: string[] }
  | { type: 'list'; heading: string; ordered?: boolean; /** Short items (names) flow on one line. */ inline?: boolean; items: Inline[] }
  | { type: 'group'; heading: string; sections: Section[]; tone?: 'alert' };

/** A row of a record list: where it links, what it is called, and a line of details. */
export interface ListItem {
  href?: string;
  title: string;
  meta: Inline[];
  /** Shown, but left out of the search index (the record is indexed on its own page). */
  unindexed?: true;
}

/** Facts whose value is present; `undefined` and empty values drop out, so optional fields need no guards. */
export function facts(...pairs: [label: string, value: Block | undefined | null | false][]): Fact[] {
  return pairs.filter((p): p is [string, Block] => p[1] !== undefined && p[1] !== null && p[1] !== false && p[1] !== '').map(([label, value]) => ({ label, value }));
}

/** Long text as paragraphs, one per line the clerk wrote. */
export function paragraphs(text: string): { paragraphs: string[] } {
  return { paragraphs: text.split(/\n+/).map((s) => s.trim()).filter(Boolean) };
}

/** A date or month to render in `<time>`, or undefined when absent. */
export function date(iso: string | undefined): Inline | undefined {
  return iso ? { date: iso } : undefined;
}

/** A period as “from 至 to”. */
export function period(p: { from: string; to: string }, joiner: string = ui.facts.from): Inline {
  return [{ date: p.from }, joiner, { date: p.to }];
}

/** Name of person `id`. */
export function personName(ds: Dataset, id: string): string {
  return ds.byKind.people.get(id)?.data.name ?? id;
}

/** Person `id` as a link to their page. */
export function personLink(ds: Dataset, id: string): Inline {
  return { href: personUrl(id), text: personName(ds, id) };
}

/** Full name of unit `id`. */
export function unitName(ds: Dataset, id: string): string {
  return ds.byKind.units.get(id)?.data.name ?? id;
}

/** Unit `id` as a link to its page. */
export function unitLink(ds: Dataset, id: string): Inline {
  return { href: unitUrl(id), text: unitName(ds, id) };
}

/** Round `id` as a link to its page. */
export function roundLink(ds: Dataset, id: string): Inline {
  return { href: roundUrl(id), text: ds.byKind.rounds.get(id)?.data.title ?? id };
}

/** Position `pid` of round `roundId` as unit + title (level), e.g. 望川市交通运输局副局长(副处级). */
export function positionLabel(ds: Dataset, roundId: string, pid: string): string {
  const p = positionOf(ds, roundId, pid);
  return p ? `${unitName(ds, p.unit)}${p.title}（${p.level}）` : pid;
}

/** What a record is called in lists: its title or name. */
export function recordTitle(ds: Dataset, entry: Entry): string {
  switch (entry.kind) {
    case 'people':
    case 'units':
    case 'bodies':
    case 'site':
      return entry.data.name;
    case 'qualifications':
      return `${personName(ds, entry.data.person)} ${QUALIFICATION_TYPES[entry.data.type]}`;
    case 'calendar':
      return `${entry.data.year} ${KIND_LABELS.calendar}`;
    default:
      return entry.data.title;
  }
}

/** Record `kind/id` as a link with its title; plain text when the record has no page. */
export function recordLink(ds: Dataset, kind: Kind, id: string): Inline {
  const entry = ds.byKind[kind].get(id) as Entry | undefined;
  const text = entry ? recordTitle(ds, entry) : `${kind}/${id}`;
  const href = recordUrl(kind, id);
  return href ? { href, text } : text;
}

/** A notice as a row of a list: title, kind and date. */
export function noticeItem(entry: NoticeEntry): ListItem {
  return { href: noticeUrl(entry.kind, entry.id), title: entry.data.title, meta: [KIND_LABELS[entry.kind], { date: entry.data.published }] };
}
