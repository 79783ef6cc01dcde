/**
 * The one place that decides how a page is filtered, sorted and described in search: Pagefind's
 * `data-pagefind-filter`, `-meta` and `-sort` values for a notice, a round, a person or a unit.
 * Pages never write these attributes by hand; they render what `pagefindElements` returns.
 *
 * Filters: kind (类别), unit (单位), year (年度), stage (环节), level (职级), window (公示状态, on
 * the build's reference date). Meta: kind and date, shown beside each result. Sort: date.
 */
import { ui } from '../i18n/zh-cn.ts';
import type { Kind } from '../schemas/common.ts';
import { isNoticeKind, KIND_LABELS, NOTICE_KINDS, STAGES, stageOf, type Stage } from '../schemas/index.ts';
import { LEVELS } from '../schemas/round.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { unitName } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { noticeSubjects } from './feed-items.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { appearancesOf, noticesOfRound, positionOf, windowState } from '../domain/queries.ts';
import { noticePositions } from './notices/index.ts';

/** Filter keys, in the order the search page offers them. */
export const FILTER_KEYS = ['kind', 'unit', 'year', 'stage', 'level', 'window'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What search knows about one page. */
export interface SearchAttributes {
  filters: Partial<Record<FilterKey, string[]>>;
  /** Shown with each result: `kind` (类别) and `date` (ISO), plus the notice's reference code. */
  meta: { kind: string; date?: string; code?: string };
  /** Sort keys; `date` is ISO so it sorts as text. */
  sort: { date?: string };
  /**
   * The record's own names (a person's name, a unit's names, a round's title and posts), indexed at
   * the highest weight so that searching a name lists the record's own page before the notices that
   * mention it. Empty for notices, whose heading already is their name.
   */
  names: string[];
}

type WindowState = 'upcoming' | 'open' | 'closed';

/** The label a publicity window's state carries in the window filter. */
function windowLabel(state: WindowState): string {
  return ui.window.listStates[state];
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
const year = (iso: string) => iso.slice(0, 4);

/** Search attributes of notice `entry`. */
export function noticeAttributes(ds: Dataset, entry: NoticeEntry): SearchAttributes {
  const s = noticeSubjects(ds, entry);
  const round = s.round ? ds.byKind.rounds.get(s.round)?.data : undefined;
  const named = s.round && 'round' in entry.data ? noticePositions(entry) : [];
  const positions = named.length > 0 ? named.map((p) => positionOf(ds, s.round!, p)) : round?.positions ?? [];
  return {
    filters: {
      kind: [KIND_LABELS[entry.kind]],
      unit: uniq(s.units.map((u) => unitName(ds, u))),
      year: [year(entry.data.published)],
      stage: [STAGES[stageOf(entry.kind)].label],
      level: uniq(positions.flatMap((p) => (p ? [p.level] : []))),
      window: entry.kind === 'publicities' ? [windowLabel(windowState(entry.data.window, ds.today))] : [],
    },
    meta: { kind: KIND_LABELS[entry.kind], date: entry.data.published, code: referenceCode(entry.kind, entry.id) },
    sort: { date: entry.data.published },
    names: [],
  };
}

/** Search attributes of round `id`: its units, year, levels, the furthest stage reached and its latest publicity window. */
export function roundAttributes(ds: Dataset, id: string): SearchAttributes {
  const round = ds.byKind.rounds.get(id);
  if (!round) throw new Error(`no round ${id}`);
  const notices = noticesOfRound(ds, id);
  const stageOrder = Object.keys(STAGES) as Stage[];
  // Corrections and supervision close the list; the furthest procedural stage is what a reader means.
  const procedural = notices.filter((n) => stageOf(n.kind) !== 'supervision');
  const furthest = procedural.reduce<Stage | undefined>((best, n) => {
    const st = stageOf(n.kind);
    return best === undefined || stageOrder.indexOf(st) > stageOrder.indexOf(best) ? st : best;
  }, undefined);
  const latest = latestDate(notices.map((n) => n.data.published));
  return {
    filters: {
      kind: [KIND_LABELS.rounds],
      unit: uniq(round.data.positions.map((p) => unitName(ds, p.unit))),
      year: [String(round.data.year)],
      stage: furthest ? [STAGES[furthest].label] : [],
      level: uniq(round.data.positions.map((p) => p.level)),
      window: latestWindow(ds, notices.filter((n): n is Entry<'publicities'> => n.kind === 'publicities')),
    },
    meta: { kind: KIND_LABELS.rounds, date: latest, code: referenceCode('rounds', id) },
    sort: { date: latest },
    names: uniq([round.data.title, ...round.data.positions.map((p) => p.title)]),
  };
}

/** Search attributes of person `id`: their current units, the years they appear, and their latest publicity window. */
export function personAttributes(ds: Dataset, id: string): SearchAttributes {
  const person = ds.byKind.people.get(id);
  if (!person) throw new Error(`no person ${id}`);
  const notices = appearancesOf(ds, 'people', id)
    .map((a) => a.entry)
    .filter((e): e is NoticeEntry => isNoticeKind(e.kind));
  const latest = latestDate(notices.map((n) => n.data.published));
  return {
    filters: {
      kind: [KIND_LABELS.people],
      unit: uniq(person.data.currentPosts.map((c) => unitName(ds, c.unit))),
      year: uniq(notices.map((n) => year(n.data.published))).sort(),
      window: latestWindow(ds, notices.filter((n): n is Entry<'publicities'> => n.kind === 'publicities')),
    },
    meta: { kind: KIND_LABELS.people, date: latest },
    sort: { date: latest },
    names: uniq([person.data.name, ...(person.data.formerName ? [person.data.formerName] : [])]),
  };
}

/** Search attributes of unit `id`. */
export function unitAttributes(ds: Dataset, id: string): SearchAttributes {
  const unit = ds.byKind.units.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  return {
    filters: { kind: [KIND_LABELS.units], unit: [unit.data.name] },
    meta: { kind: KIND_LABELS.units },
    sort: {},
    names: uniq([unit.data.name, ...(unit.data.shortName ? [unit.data.shortName] : [])]),
  };
}

/** Search attributes of the record `kind/id` behind a page, or undefined for pages search does not describe. */
export function attributesFor(ds: Dataset, kind: string, id: string): SearchAttributes | undefined {
  if (kind === 'rounds') return ds.byKind.rounds.has(id) ? roundAttributes(ds, id) : undefined;
  if (kind === 'people') return ds.byKind.people.has(id) ? personAttributes(ds, id) : undefined;
  if (kind === 'units') return ds.byKind.units.has(id) ? unitAttributes(ds, id) : undefined;
  if (!isNoticeKind(kind as Kind)) return undefined;
  const notice = (ds.byKind as Record<string, Map<string, Entry>>)[kind]?.get(id);
  return notice ? noticeAttributes(ds, notice as NoticeEntry) : undefined;
}

function latestDate(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}

/** The state of the latest publicity window among `publicities`, as a one-value filter list (empty when there is none). */
function latestWindow(ds: Dataset, publicities: Entry<'publicities'>[]): string[] {
  const last = publicities.reduce<Entry<'publicities'> | undefined>((a, b) => (a === undefined || b.data.window.from > a.data.window.from ? b : a), undefined);
  return last ? [windowLabel(windowState(last.data.window, ds.today))] : [];
}

/** The highest weight Pagefind accepts; headings get 7 (h1) down to 2 (h6) automatically. */
export const NAME_WEIGHT = 10;

/**
 * Pagefind ranking for this site, handed to the browser by the search page. A match in a record's
 * own names (meta `names`) counts twice as much as one in a title (Pagefind's default title weight
 * is 5), and repeated mentions count less than by default (1.0), so a notice that names a person
 * ten times does not outrank the person's page. Measured on the sample content: a person's full
 * name, a unit's name and a post's title each list the record's own page first.
 */
export const SEARCH_RANKING = { metaWeights: { names: 10 }, termFrequency: 0.5 } as const;

/** One element for Pagefind to read: its attributes and, for names, its text. */
export interface PagefindElement {
  attrs: Record<string, string | boolean>;
  text?: string;
}

/**
 * `attrs` as elements to put inside the indexed `<main>`: one empty element per filter, meta or sort
 * value, written `key:value` (Pagefind takes everything after the first colon as the value, so names
 * holding commas or colons need no escaping); and one hidden, weighted element per name, which the
 * index reads but neither the screen nor a screen reader shows (the name is already the page's h1).
 */
export function pagefindElements(attrs: SearchAttributes): PagefindElement[] {
  const out: PagefindElement[] = [];
  for (const key of FILTER_KEYS) for (const v of attrs.filters[key] ?? []) out.push({ attrs: { 'data-pagefind-filter': `${key}:${v}` } });
  for (const [key, v] of Object.entries(attrs.meta)) if (v) out.push({ attrs: { 'data-pagefind-meta': `${key}:${v}` } });
  for (const [key, v] of Object.entries(attrs.sort)) if (v) out.push({ attrs: { 'data-pagefind-sort': `${key}:${v}` } });
  for (const name of attrs.names) out.push({ attrs: { hidden: true, 'data-pagefind-weight': String(NAME_WEIGHT) }, text: name });
  if (attrs.names.length) out.push({ attrs: { 'data-pagefind-meta': `names:${attrs.names.join(' ')}` } });
  return out;
}

/** Every value each filter takes across the site, sorted, so the search page can offer them without asking the index. */
export function filterValues(ds: Dataset): Record<FilterKey, string[]> {
  const seen = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Set<string>()])) as Record<FilterKey, Set<string>>;
  const collect = (a: SearchAttributes) => {
    for (const k of FILTER_KEYS) for (const v of a.filters[k] ?? []) seen[k].add(v);
  };
  for (const n of ds.notices) collect(noticeAttributes(ds, n));
  for (const id of ds.byKind.rounds.keys()) collect(roundAttributes(ds, id));
  for (const id of ds.byKind.people.keys()) collect(personAttributes(ds, id));
  for (const id of ds.byKind.units.keys()) collect(unitAttributes(ds, id));
  const collator = new Intl.Collator('zh-CN');
  const kindOrder: string[] = [...NOTICE_KINDS, 'rounds', 'people', 'units'].map((k) => KIND_LABELS[k as Kind]);
  const stageOrder = Object.values(STAGES).map((s) => s.label as string);
  const levelOrder: string[] = [...LEVELS];
  const windowOrder = (['open', 'upcoming', 'closed'] as const).map(windowLabel);
  const byOrder = (order: string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  return {
    kind: [...seen.kind].sort(byOrder(kindOrder)),
    unit: [...seen.unit].sort(collator.compare),
    year: [...seen.year].sort().reverse(),
    stage: [...seen.stage].sort(byOrder(stageOrder)),
    level: [...seen.level].sort(byOrder(levelOrder)),
    window: [...seen.window].sort(byOrder(windowOrder)),
  };
}

/** The Pagefind elements for the page at `path` (`/{kind}/{id}/`); none for pages that are not a record's. */
export function pagefindElementsForPage(ds: Dataset, path: string): PagefindElement[] {
  const m = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(path);
  const attrs = m ? attributesFor(ds, m[1]!, m[2]!) : undefined;
  return attrs ? pagefindElements(attrs) : [];
}
