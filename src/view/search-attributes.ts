/**
 * The one place that decides how a page is filtered, sorted and described in search: Pagefind's
 * `data-pagefind-filter`, `-meta` and `-sort` values for a notice, a round, a person or a unit.
 * Pages never write these attributes by hand; they render what `pagefindElements` returns.
 *
 * Filters: kind (类别), unit (单位), year (年度), stage (环节), level (职级), and the dates a
 * publicity window opens and closes (the browser decides 公示状态 by the day of reading). Meta:
 * kind, date and reference code, shown beside each result. Sort: date.
 */
import { ui } from '../i18n/zh-cn.ts';
import type { Kind } from '../schemas/common.ts';
import { isNoticeKind, NOTICE_KINDS, STAGES, stageOf, type Stage } from '../schemas/index.ts';
import { KIND_LABELS, STAGE_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { LEVELS } from '../schemas/round.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { unitName } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { noticeSubjects } from './feed-items.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { appearancesOf, noticesOfRound, positionOf, windowState } from '../domain/queries.ts';
import { noticePositions } from './notices/index.ts';
import { pinyin } from 'pinyin-pro';

/**
 * Filter keys the search page offers, in its order. `window` (公示状态) is not indexed as a value:
 * whether a window is open depends on the day the page is read, so the index carries the window's
 * dates (`wfrom`, `wto`) and the browser turns the ticked states into ranges of them.
 */
export const FILTER_KEYS = ['kind', 'unit', 'year', 'stage', 'level', 'window'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters in the index that the page does not offer as boxes: the month and day a notice was
 * published (`month` 2026-09, `day` 2026-09-28, which a query written 2026年9月 is turned into), and
 * the first and last day of the latest publicity window (`wfrom`, `wto`).
 */
export const HIDDEN_FILTER_KEYS = ['month', 'day', 'wfrom', 'wto'] as const;
export type IndexFilterKey = Exclude<FilterKey, 'window'> | (typeof HIDDEN_FILTER_KEYS)[number];
const INDEX_FILTER_KEYS: IndexFilterKey[] = ['kind', 'unit', 'year', 'stage', 'level', ...HIDDEN_FILTER_KEYS];

/** Text indexed at a weight of its own, in a hidden element. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** What search knows about one page. */
export interface SearchAttributes {
  filters: Partial<Record<IndexFilterKey, string[]>>;
  /**
   * Shown with each result: `kind` (类别) and `date` (ISO), plus the notice's reference code.
   * `people`: the names (and pinyin) of the people a publicity or an appointment is about, weighted
   * at query time (SEARCH_RANKING), so a person's name lists those notices right after their page.
   */
  meta: { kind: string; date?: string; code?: string; people?: string; spellings?: string };
  /**
   * Sort keys; `date` is ISO so it sorts as text. Every page has one (a page without a sort key
   * would drop out of a sorted search): a page with no dated notice sorts last, as 0000-00-00.
   */
  sort: { date: string };
  /**
   * The record's own names (a person's name, a unit's names and short names, a round's title and
   * posts): indexed at the highest weight and as meta `names`, so that searching a name lists the
   * record's own page before the notices that mention it. Empty for notices, whose heading already
   * is their name.
   */
  names: string[];
  /**
   * The Latin spellings of a person's names (pinyin in full and initials: linxiaochuan, lxc), in
   * meta `names` only: Pagefind searches metadata (a match there alone finds the page, boosted by
   * SEARCH_RANKING), but cuts the excerpt under a result from the body text, where a hidden
   * "linxiaochuan. lxc." would show. A notice keeps the spellings of the people it is about in its
   * `people` meta, or in `spellings` for notices without one.
   */
  spellings: string[];
  /** Further hidden text with its weight: a notice's kind and the names of the people it is about. */
  weighted: WeightedText[];
  /** The date that files the page into a search bundle (search-bundles.ts); undefined: the newest bundle. */
  filed?: string;
}

type WindowState = 'upcoming' | 'open' | 'closed';

/** The label a publicity window's state carries in the window filter. */
export function windowLabel(state: WindowState): string {
  return ui.window.listStates[state];
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
const year = (iso: string) => iso.slice(0, 4);
/** The sort key of a page that has no dated notice: sorts after every real date. */
export const UNDATED = '0000-00-00';

/** The words a notice of `kind` is searched by: its label, and the shorter words people use for it (公示 for 任前公示). */
export function kindWords(kind: Kind): WeightedText[] {
  return [KIND_LABELS[kind], ...(ui.search.kindAliases[kind] ?? [])].map((text) => ({ text, weight: KIND_WEIGHT }));
}

/** Every word that names a notice kind, with the kind's label: the search page lists that kind first for a query holding one. */
export function kindQueryWords(): Record<string, string> {
  return Object.fromEntries(NOTICE_KINDS.flatMap((k) => kindWords(k).map((w) => [w.text, KIND_LABELS[k]])));
}

/** The other short names of units `ids` (交通局), so 交通局 副局长 finds the round and notices whose text says 市交通运输局. */
function unitAliases(ds: Dataset, ids: string[]): WeightedText[] {
  return uniq(ids.flatMap((id) => ds.byKind.units.get(id)?.data.aliases ?? [])).map((text) => ({ text, weight: SUBJECT_WEIGHT }));
}

/** A person's name, its pinyin in full and its initials: 林晓川, linxiaochuan, lxc. */
export function personNames(name: string): readonly string[] {
  let names = spellings.get(name);
  if (!names) spellings.set(name, (names = Object.freeze(spell(name))));
  return names;
}

/**
 * Spellings by name: a name is spelled on every page that names the person (a person's own page,
 * each notice, round and unit page they are in), and pinyin-pro's segmentation was 4.5 s of the
 * 100,000-record key pass. Names are few against pages (25,524 people at 100,000 records).
 */
const spellings = new Map<string, readonly string[]>();

function spell(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' }).filter((s) => /^[a-zü]+$/i.test(s));
  if (syllables.length === 0) return [name];
  const latin = syllables.map((s) => s.replace(/ü/g, 'v').toLowerCase());
  return uniq([name, latin.join(''), latin.map((s) => s[0]).join('')]);
}

/** A Latin spelling of a name (personNames' pinyin), which goes into meta only. */
const isSpelling = (name: string) => /^[a-z]+$/.test(name);

/** Search attributes of notice `entry`. */
export function noticeAttributes(ds: Dataset, entry: NoticeEntry): SearchAttributes {
  const s = noticeSubjects(ds, entry);
  const round = s.round ? ds.byKind.rounds.get(s.round)?.data : undefined;
  const named = s.round && 'round' in entry.data ? noticePositions(entry) : [];
  const positions = named.length > 0 ? named.map((p) => positionOf(ds, s.round!, p)) : round?.positions ?? [];
  const published = entry.data.published;
  const people = s.people.flatMap((id) => {
    const p = ds.byKind.people.get(id)?.data;
    return p ? personNames(p.name) : [];
  });
  const window = entry.kind === 'publicities' ? entry.data.window : undefined;
  return {
    filters: {
      kind: [KIND_LABELS[entry.kind]],
      unit: uniq(s.units.map((u) => unitName(ds, u))),
      year: [year(published)],
      stage: [STAGE_LABELS[stageOf(entry.kind)]],
      level: uniq(positions.flatMap((p) => (p ? [p.level] : []))),
      month: [published.slice(0, 7)],
      day: [published],
      wfrom: window ? [window.from] : [],
      wto: window ? [window.to] : [],
    },
    meta: {
      kind: KIND_LABELS[entry.kind],
      date: published,
      code: referenceCode(entry.kind, entry.id),
      ...(ACTS.has(entry.kind) && people.length ? { people: uniq(people).join(' ') } : {}),
      ...(!ACTS.has(entry.kind) && people.some(isSpelling) ? { spellings: uniq(people.filter(isSpelling)).join(' ') } : {}),
    },
    sort: { date: published },
    names: [],
    spellings: [],
    // A notice is found by what it is (任前公示, 公示) and by whom it is about; the pinyin of their names is in the meta above.
    weighted: [
      ...kindWords(entry.kind),
      ...uniq(people.filter((n) => !isSpelling(n))).map((text) => ({ text, weight: ACTS.has(entry.kind) ? NAME_WEIGHT : SUBJECT_WEIGHT })),
      ...unitAliases(ds, s.units),
    ],
    filed: published,
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
      stage: furthest ? [STAGE_LABELS[furthest]] : [],
      level: uniq(round.data.positions.map((p) => p.level)),
      ...latestWindow(notices.filter((n): n is Entry<'publicities'> => n.kind === 'publicities')),
    },
    meta: { kind: KIND_LABELS.rounds, date: latest, code: referenceCode('rounds', id) },
    sort: { date: latest ?? UNDATED },
    names: uniq([round.data.title, ...round.data.positions.map((p) => p.title)]),
    spellings: [],
    weighted: unitAliases(ds, round.data.positions.map((p) => p.unit)),
    filed: latest ?? `${round.data.year}-12-31`,
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
  const names = uniq([...personNames(person.data.name), ...(person.data.formerName ? personNames(person.data.formerName) : [])]);
  return {
    filters: {
      kind: [KIND_LABELS.people],
      unit: uniq(person.data.currentPosts.map((c) => unitName(ds, c.unit))),
      year: uniq(notices.map((n) => year(n.data.published))).sort(),
      ...latestWindow(notices.filter((n): n is Entry<'publicities'> => n.kind === 'publicities')),
    },
    meta: { kind: KIND_LABELS.people, date: latest },
    sort: { date: latest ?? UNDATED },
    names: names.filter((n) => !isSpelling(n)),
    spellings: names.filter(isSpelling),
    weighted: [],
    filed: latest,
  };
}

/** Search attributes of unit `id`: found by its name, its short name and the other short names people use. */
export function unitAttributes(ds: Dataset, id: string): SearchAttributes {
  const unit = ds.byKind.units.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  const latest = latestDate(
    appearancesOf(ds, 'units', id)
      .map((a) => a.entry)
      .filter((e): e is NoticeEntry => isNoticeKind(e.kind))
      .map((n) => n.data.published),
  );
  return {
    filters: { kind: [KIND_LABELS.units], unit: [unit.data.name] },
    meta: { kind: KIND_LABELS.units },
    sort: { date: latest ?? UNDATED },
    names: uniq([unit.data.name, ...(unit.data.shortName ? [unit.data.shortName] : []), ...(unit.data.aliases ?? [])]),
    spellings: [],
    weighted: [],
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

/** The first and last day of the latest publicity window among `publicities`, as filters (empty when there is none). */
function latestWindow(publicities: Entry<'publicities'>[]): { wfrom: string[]; wto: string[] } {
  const last = publicities.reduce<Entry<'publicities'> | undefined>((a, b) => (a === undefined || b.data.window.from > a.data.window.from ? b : a), undefined);
  return last ? { wfrom: [last.data.window.from], wto: [last.data.window.to] } : { wfrom: [], wto: [] };
}

/**
 * How many of the records naming a person their page gives the search index (the rest are shown,
 * not indexed; each is indexed on its own page). The titles count towards the person's name, so
 * their page outranks a notice about them, but a municipal secretary who sits on every committee
 * is named by thousands: at 100,000 records their page held 48,811 words of search text, a
 * 129 KB fragment fetched with every result, and outranked the notices of a unit it mentions.
 */
export const PERSON_INDEXED_APPEARANCES = 20;

/** The highest weight Pagefind accepts; headings get 7 (h1) down to 2 (h6) automatically. */
export const NAME_WEIGHT = 10;
/** A notice's kind words weigh as much as a name, so 任前公示 lists publicities before notices that only mention one. */
export const KIND_WEIGHT = 10;
/** The names of the people a notice is about: above body text, below the person's own page. */
export const SUBJECT_WEIGHT = 7;
/** The notices a citizen acts on or quotes about a person (the publicity, the appointment) carry their names at the top weight. */
const ACTS = new Set<Kind>(['publicities', 'appointments']);

/**
 * Pagefind ranking for this site, handed to the browser by the search page. A match in a record's
 * own names (meta `names`) counts twice as much as one in a title (Pagefind's default title weight
 * is 5), a match in the people a publicity or appointment is about (meta `people`) a little more
 * than one in a title, and repeated mentions count less than by default (1.0), so a notice that names a person
 * ten times does not outrank the person's page; a long page (a publicity with its candidates'
 * reviews) is penalised less for its length than by default (0.75). The search-quality suite
 * (test/e2e/search-quality-cases.ts) holds what these weights must achieve on the sample.
 */
export const SEARCH_RANKING = { metaWeights: { names: 10, people: 8 }, termFrequency: 0.5, pageLength: 0.3 } as const;

/**
 * Text only the index reads: not shown (class search-only is display: none in site.css) and not
 * read out (aria-hidden). Not the `hidden` attribute: Pagefind leaves hidden elements out of the
 * index, which made these names count only through the `names` meta.
 */
const UNSEEN = { class: 'search-only', 'aria-hidden': 'true' } as const;

/** One element for Pagefind to read: its attributes and, for names, its text. */
export interface PagefindElement {
  attrs: Record<string, string | boolean>;
  text?: string;
}

/**
 * `attrs` as elements to put inside the indexed `<main>`: one empty element per filter, meta or sort
 * value, written `key:value` (Pagefind takes everything after the first colon as the value, so names
 * holding commas or colons need no escaping); and one unseen, weighted element per name or weighted
 * text (a block of its own, so its words stay apart), which the index reads but neither the screen
 * nor a screen reader shows. Spellings go into meta `names` only: text in an unseen element is
 * still page text, from which Pagefind cuts the excerpt shown under a result.
 */
export function pagefindElements(attrs: SearchAttributes): PagefindElement[] {
  const out: PagefindElement[] = [];
  for (const key of INDEX_FILTER_KEYS) for (const v of attrs.filters[key] ?? []) out.push({ attrs: { 'data-pagefind-filter': `${key}:${v}` } });
  for (const [key, v] of Object.entries(attrs.meta)) if (v) out.push({ attrs: { 'data-pagefind-meta': `${key}:${v}` } });
  for (const [key, v] of Object.entries(attrs.sort)) if (v) out.push({ attrs: { 'data-pagefind-sort': `${key}:${v}` } });
  for (const name of attrs.names) out.push({ attrs: { ...UNSEEN, 'data-pagefind-weight': String(NAME_WEIGHT) }, text: name });
  for (const w of attrs.weighted) out.push({ attrs: { ...UNSEEN, 'data-pagefind-weight': String(w.weight) }, text: w.text });
  const names = [...attrs.names, ...attrs.spellings];
  if (names.length) out.push({ attrs: { 'data-pagefind-meta': `names:${names.join(' ')}` } });
  return out;
}

/** Every value each offered filter takes across the site, sorted, so the search page can offer them without asking the index. */
export function filterValues(ds: Dataset): Record<FilterKey, string[]> {
  const keys = FILTER_KEYS.filter((k): k is Exclude<FilterKey, 'window'> => k !== 'window');
  const seen = Object.fromEntries(keys.map((k) => [k, new Set<string>()])) as Record<Exclude<FilterKey, 'window'>, Set<string>>;
  let windows = false;
  const collect = (a: SearchAttributes) => {
    for (const k of keys) for (const v of a.filters[k] ?? []) seen[k].add(v);
    windows ||= (a.filters.wfrom ?? []).length > 0;
  };
  for (const n of ds.notices) collect(noticeAttributes(ds, n));
  for (const id of ds.byKind.rounds.keys()) collect(roundAttributes(ds, id));
  for (const id of ds.byKind.people.keys()) collect(personAttributes(ds, id));
  for (const id of ds.byKind.units.keys()) collect(unitAttributes(ds, id));
  const collator = new Intl.Collator('zh-CN');
  const kindOrder: string[] = [...NOTICE_KINDS, 'rounds', 'people', 'units'].map((k) => KIND_LABELS[k as Kind]);
  const stageOrder = (Object.keys(STAGES) as Stage[]).map((s) => STAGE_LABELS[s]);
  const levelOrder: string[] = [...LEVELS];
  const byOrder = (order: string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  return {
    kind: [...seen.kind].sort(byOrder(kindOrder)),
    unit: [...seen.unit].sort(collator.compare),
    year: [...seen.year].sort().reverse(),
    stage: [...seen.stage].sort(byOrder(stageOrder)),
    level: [...seen.level].sort(byOrder(levelOrder)),
    // Every state is offered whenever there are windows at all: which one a window is in depends on the day of reading.
    window: windows ? (['open', 'upcoming', 'closed'] as const).map(windowLabel) : [],
  };
}

/** The search attributes for the page at `path` (`/{kind}/{id}/`); undefined for pages that are not a record's. */
export function attributesForPage(ds: Dataset, path: string): SearchAttributes | undefined {
  const m = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(path);
  return m ? attributesFor(ds, m[1]!, m[2]!) : undefined;
}

/** The Pagefind elements for the page at `path`; none for pages that are not a record's. */
export function pagefindElementsForPage(ds: Dataset, path: string): PagefindElement[] {
  const attrs = attributesForPage(ds, path);
  return attrs ? pagefindElements(attrs) : [];
}
