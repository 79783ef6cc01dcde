/**
 * The search page's browser code: reads the form, asks Pagefind, and lists the results. The form is
 * an ordinary GET form (q, one parameter per ticked filter, sort), so a search is a shareable URL
 * and the page still offers the list pages when JavaScript or the index is unavailable.
 *
 * Pagefind is loaded only when the first search runs, so opening the page costs nothing extra. The
 * index is split into bundles by calendar period (src/view/search-bundles.ts): the first search
 * loads the newest ones, and the others are merged (Pagefind's mergeIndex) only when the citizen
 * widens the search, ticks an older year or writes one in the query. A bundle that fails to load is left out
 * and named; the search goes on with the rest.
 */
import { formatDate } from '../view/format.ts';
import { needsTable, parseTable, readQuery, toSimplified, type ReadQuery } from './search-query.ts';
import { todayInChina, windowFilter, type WindowState } from './search-window.ts';

/** Filter keys the form sends; the same keys as search-attributes.ts FILTER_KEYS (kept literal so the page bundle stays small). */
const FILTER_KEYS = ['kind', 'unit', 'year', 'stage', 'level', 'window'] as const;
/**
 * Results shown at first: about what a 390 px phone shows below the search box, so a first search
 * fetches five result fragments, not ten (each is one page's text, 1–2 KB, more for a person's page).
 * 显示更多结果 then adds PAGE at a time.
 */
const FIRST = 5;
const PAGE = 10;
/** Filters whose values get a count beside their box. */
const COUNTED = ['kind', 'unit', 'year', 'stage', 'level'] as const;

/** Status messages, handed over by the page from the dictionary (ui.search) so the script does not carry it. */
export interface SearchMessages {
  loading: string;
  none: string;
  needQuery: string;
  failed: string;
  /** With `{n}` where the number of results goes. */
  count: string;
  /** With `{years}`: the periods searched, and those a wider search would add. */
  searched: string;
  /** Every period was searched. */
  searchedAll: string;
  /** With `{list}` (the first periods named) and `{n}` (how many in all), for a list too long to name. */
  andMore: string;
  widen: string;
  bundleFailed: string;
  /** With `{n}`: how many filter values are ticked. */
  active: string;
  /** A bundle's period: `{year}`; `{from}` `{to}` (years); `{year}` `{month}`; `{year}` `{from}` `{to}` (months of a year); a day with `{year}` `{month}` `{day}`, within the year or month of the day before it; `{from}` `{to}` (a range of days). */
  year: string;
  years: string;
  month: string;
  months: string;
  day: string;
  dayInYear: string;
  dayInMonth: string;
  range: string;
  /** The bundle of units and people in no notice yet. */
  undated: string;
  /** The 公示状态 labels, by state. */
  windowStates: Record<WindowState, string>;
}

/** A search bundle as the page lists it (search-bundles.ts BundleSummary). */
export interface BundleInfo {
  id: string;
  /** How its period is told (search-bundles.ts Period). */
  period: 'years' | 'months' | 'days' | 'undated';
  years: string[];
  /** First and last date filed in it, `2026-07-03`. */
  from: string;
  to: string;
  size: number;
  path: string;
}

/** What the user asked for. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
  /** `all`: every bundle, after the citizen widened the search. */
  scope: 'newest' | 'all';
}

/** The search state in URL parameters `params`. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance', scope: params.get('scope') === 'all' ? 'all' : 'newest' };
}

/** `state` as URL parameters, in a stable order (empty parts left out). */
export function paramsFromState(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) p.append(key, v);
  if (state.sort === 'date') p.set('sort', 'date');
  if (state.scope === 'all') p.set('scope', 'all');
  return p;
}

/**
 * Pagefind search options for `state`: ticked values of one filter are alternatives, different
 * filters all apply; dates read from the query (`read`) are filters too; 公示状态 becomes the
 * `wfrom`/`wto` ranges of `window` (search-window.ts), handed in once the index's dates are known.
 */
export function pagefindOptions(
  state: SearchState,
  read: ReadQuery['filters'] = {},
  window?: object,
): { filters: Record<string, unknown>; sort?: Record<string, 'desc'> } {
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== 'window').map(([k, v]) => [k, { any: v }]));
  for (const [k, v] of Object.entries(read)) if (v?.length) filters[k] = { any: k === 'year' && state.filters.year ? v.filter((y) => state.filters.year!.includes(y)) : v };
  if (window) Object.assign(filters, 'any' in window ? { any: (window as { any: unknown }).any } : window);
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Which bundles a search needs: every one when widened; else the newest until `firstPages` pages, and those of any year asked for. */
export function bundlesFor(bundles: BundleInfo[], state: SearchState, years: string[], firstPages: number): BundleInfo[] {
  if (state.scope === 'all') return bundles;
  const out: BundleInfo[] = [];
  let pages = 0;
  for (const b of bundles) {
    if (out.length === 0 || pages + b.size <= firstPages) {
      out.push(b);
      pages += b.size;
    } else break;
  }
  const asked = new Set(years);
  for (const b of bundles) if (b.years.some((y) => asked.has(y)) && !out.includes(b)) out.push(b);
  return bundles.filter((b) => out.includes(b));
}

/** The kinds (their labels) that words of `text` name, by `words` (word → kind label, search-attributes.ts kindQueryWords). */
export function kindsNamed(text: string, words: Record<string, string>): string[] {
  return [...new Set(text.split(/\s+/).flatMap((w) => (Object.hasOwn(words, w) ? [words[w]!] : [])))];
}

/** `template` with each `{name}` in it replaced by `values[name]`. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * A bundle's period in words: 2026年; 2024年至2026年; 2025年7月; 2026年1月至9月; 2026年10月1日至24日;
 * 2026年10月25日至11月20日; 2026年12月20日至2027年1月5日; 尚无公告的单位和人员.
 */
export function periodLabel(b: BundleInfo, t: Pick<SearchMessages, 'year' | 'years' | 'month' | 'months' | 'day' | 'dayInYear' | 'dayInMonth' | 'range' | 'undated'>): string {
  if (b.period === 'undated') return t.undated;
  const [y1 = '', m1 = '', d1 = ''] = b.from.split('-');
  const [y2 = '', m2 = '', d2 = ''] = b.to.split('-');
  const n = (s: string) => String(Number(s));
  const range = (from: string, to: string) => (from === to ? from : fill(t.range, { from, to }));
  if (b.period === 'years') return y1 === y2 ? fill(t.year, { year: y1 }) : fill(t.years, { from: y1, to: y2 });
  if (b.period === 'months') {
    if (y1 !== y2) return range(fill(t.month, { year: y1, month: n(m1) }), fill(t.month, { year: y2, month: n(m2) }));
    return m1 === m2 ? fill(t.month, { year: y1, month: n(m1) }) : fill(t.months, { year: y1, from: n(m1), to: n(m2) });
  }
  const from = fill(t.day, { year: y1, month: n(m1), day: n(d1) });
  if (b.from === b.to) return from;
  const to = y1 !== y2 ? fill(t.day, { year: y2, month: n(m2), day: n(d2) }) : m1 !== m2 ? fill(t.dayInYear, { month: n(m2), day: n(d2) }) : fill(t.dayInMonth, { day: n(d2) });
  return range(from, to);
}

/** Periods named in a line: all of them up to three; beyond, the first two and how many in all (2026年9月1日至15日、2026年1月至8月等22个时段). */
export function periodList(bs: BundleInfo[], t: Parameters<typeof periodLabel>[1] & Pick<SearchMessages, 'andMore'>): string {
  if (bs.length <= 3) return bs.map((b) => periodLabel(b, t)).join('、');
  return fill(t.andMore, { list: bs.slice(0, 2).map((b) => periodLabel(b, t)).join('、'), n: String(bs.length) });
}

/** Whether `state` asks for anything at all. */
export function isEmpty(state: SearchState): boolean {
  return !state.q && Object.keys(state.filters).length === 0;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Results per filter value, given the query and the other filters. */
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  mergeIndex: (path: string, o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: object) => Promise<PagefindResponse | null>;
  destroy: () => Promise<void>;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const FULL_WIDTH_MARK = /[\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u2014]/;

/**
 * Pagefind ends the text of each block it indexes with an ASCII full stop and a space, and puts
 * zero-width spaces between the words it segments, so a Chinese excerpt reads `中心. 基本情况. `.
 * Here a block end after a Chinese character becomes 。, one after a full-width mark (。：）…) is
 * dropped, any other stays as Pagefind wrote it, and the zero-width spaces go. `before` is the text
 * just before `text` (an excerpt comes in pieces around its <mark>s).
 */
export function chineseStops(text: string, before = ''): string {
  return text
    .replace(/\u200b*\.(?:[ \u00a0]+|$)\u200b*/g, (stop, at: number, whole: string) => {
      const prev = (before + whole.slice(0, at)).replace(/[\u200b\s]+$/, '').slice(-1);
      return HAN.test(prev) ? '。' : FULL_WIDTH_MARK.test(prev) ? '' : stop;
    })
    .replace(/\u200b/g, '');
}

/**
 * Marks no line may begin with (GB/T 15834: the pause, comma, stops and closing brackets and
 * quotes follow the word they belong to), with the spaces and block ends around them.
 */
const NO_LINE_START = /^(?:[\s\u200b]|[、，。；：？！）》」』】〕〉”’,.;:?!)\]])+/;

/**
 * The start of an excerpt: Pagefind cuts it at a word, which may leave the mark after the word
 * before (`、交通运输局`); such marks are dropped, so an excerpt begins with words.
 */
export function excerptStart(text: string): string {
  return text.replace(NO_LINE_START, '');
}

/** A piece of an excerpt: text, marked as a match or not. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** The end of a block as Pagefind writes it (see chineseStops). */
const BLOCK_END = /\u200b*\.(?:[ \u00a0]+|$)\u200b*/g;

/**
 * An excerpt as a citizen reads it. Pagefind centres its window on the match, so the window often
 * opens inside the blocks before it (the reporting box at the top of a notice: `gov.cn. 12380短信…`);
 * the excerpt begins instead at the block that holds its first match. Then Chinese stops, and no
 * mark that may not begin a line (excerptStart).
 */
export function excerptPieces(pieces: readonly ExcerptPiece[]): ExcerptPiece[] {
  const first = pieces.findIndex((p) => p.mark);
  let raw = [...pieces];
  if (first > 0) {
    let lead = pieces.slice(0, first).map((p) => p.text).join('');
    let cut = -1;
    for (const m of lead.matchAll(BLOCK_END)) cut = m.index + m[0].length;
    if (cut >= 0) lead = lead.slice(cut);
    raw = [...(lead ? [{ text: lead, mark: false }] : []), ...pieces.slice(first)];
  }
  let before = '';
  return raw.map((p) => {
    const stopped = chineseStops(p.text, before);
    const text = before.trim() === '' ? excerptStart(stopped) : stopped;
    before += p.text;
    return { text, mark: p.mark };
  });
}

/** An excerpt from Pagefind as DOM nodes: its text, with only <mark> kept as markup (excerptPieces). */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const pieces = [...(doc.body.firstChild?.childNodes ?? [])].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
  return excerptPieces(pieces).map((p) => {
    if (!p.mark) return document.createTextNode(p.text);
    const mark = document.createElement('mark');
    mark.textContent = p.text;
    return mark;
  });
}

/** One result as a list item: title link, kind and date, then the excerpt. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.className = 'records__title';
  a.textContent = data.meta.title ?? data.url;
  li.append(a);
  const meta = document.createElement('span');
  meta.className = 'records__meta';
  const part = (node: Node) => {
    const span = document.createElement('span');
    span.append(node);
    meta.append(span);
  };
  if (data.meta.kind) part(document.createTextNode(data.meta.kind));
  if (data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date)) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = formatDate(data.meta.date);
    part(time);
  }
  if (data.meta.code) {
    const code = document.createElement('code');
    code.textContent = data.meta.code;
    part(code);
  }
  if (meta.childNodes.length) li.append(meta);
  if (data.excerpt) {
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    p.append(...excerptNodes(data.excerpt));
    li.append(p);
  }
  return li;
}

/** Wire the search page up: the form, the status line, the result list, its "more" button, and the bundles. */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const scope = root.querySelector<HTMLElement>('[data-search-scope]')!;
  const widen = root.querySelector<HTMLButtonElement>('[data-search-widen]')!;
  const section = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
  const active = root.querySelector<HTMLElement>('[data-search-active]');
  const details = root.querySelector<HTMLDetailsElement>('details');
  const bundles = JSON.parse(root.dataset.bundles ?? '[]') as BundleInfo[];
  const firstPages = Number(root.dataset.firstPages ?? 0);
  const t2sUrl = root.dataset.t2s ?? '';
  const kindWords = JSON.parse(root.dataset.kindWords ?? '{}') as Record<string, string>;
  // The ranking is decided with the search attributes (search-attributes.ts SEARCH_RANKING) and handed over by the page.
  const ranking = root.dataset.ranking ? (JSON.parse(root.dataset.ranking) as object) : undefined;
  const t = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  const label = (b: BundleInfo) => periodLabel(b, t);
  const states = Object.entries(t.windowStates) as [WindowState, string][];

  // One Pagefind with the bundles merged so far; rebuilt without a bundle that failed to load.
  let pagefind: Promise<Pagefind> | undefined;
  let loaded: BundleInfo[] = [];
  const failed = new Set<string>();
  let windowDates: Promise<{ wfrom: string[]; wto: string[] }> | undefined;
  const connect = async (wanted: BundleInfo[]): Promise<Pagefind> => {
    const usable = wanted.filter((b) => !failed.has(b.id));
    const missing = usable.filter((b) => !loaded.includes(b));
    if (pagefind && missing.length === 0) return pagefind;
    const primary = loaded[0] ?? usable[0];
    if (!primary) throw new Error('no bundle');
    pagefind ??= (import(/* @vite-ignore */ `${primary.path}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // noWorker: Pagefind would otherwise fetch a second copy of its engine (pagefind-worker.js,
      // 12 KB compressed) to search off the main thread; a query here takes milliseconds either way.
      await pf.options({ basePath: primary.path, excerptLength: 40, ranking, noWorker: true, mergeFilter: { bundle: primary.id } });
      loaded = [primary];
      return pf;
    });
    const pf = await pagefind;
    windowDates = undefined;
    for (const b of missing) {
      if (loaded.includes(b)) continue;
      try {
        await pf.mergeIndex(b.path, { mergeFilter: { bundle: b.id } });
        loaded.push(b);
      } catch {
        // Pagefind keeps the broken instance it started; start again without it.
        failed.add(b.id);
        await pf.destroy();
        pagefind = undefined;
        const keep = loaded;
        loaded = [];
        return connect(keep);
      }
    }
    return pf;
  };
  let table: Promise<Map<string, string>> | undefined;
  const simplified = async (q: string) => {
    if (!needsTable(q) || !t2sUrl) return q;
    table ??= fetch(t2sUrl)
      .then((r) => (r.ok ? r.text() : ''))
      .then(parseTable)
      .catch(() => new Map<string, string>());
    return toSimplified(q, await table);
  };
  const windowValues = (pf: Pagefind) =>
    (windowDates ??= pf.filters().then((f) => ({ wfrom: Object.keys(f.wfrom ?? {}), wto: Object.keys(f.wto ?? {}) })));

  const readForm = (): SearchState => ({
    ...stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>)),
    scope: current.scope,
  });
  const fillForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name=sort]')) radio.checked = radio.value === state.sort;
  };
  const showActive = (state: SearchState) => {
    if (!active) return;
    const n = Object.values(state.filters).reduce((a, v) => a + v.length, 0);
    active.textContent = n ? t.active.replace('{n}', String(n)) : '';
  };
  const showCounts = (counts: Record<string, Record<string, number>> | undefined) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const out = box.parentElement?.querySelector<HTMLElement>('[data-facet-count]');
      if (!out) continue;
      const n = counts && (COUNTED as readonly string[]).includes(box.name) ? counts[box.name]?.[box.value] ?? 0 : undefined;
      out.textContent = n === undefined ? '' : `（${n}）`;
    }
  };
  let run = 0;
  let current: SearchState = stateFromParams(new URLSearchParams(location.search));
  let pending: PagefindResult[] = [];
  const showMore = async (size = PAGE) => {
    const batch = pending.splice(0, size);
    const items = await Promise.all(batch.map((r) => r.data()));
    list.append(...items.map(resultItem));
    more.hidden = pending.length === 0;
  };
  const showScope = (searched: BundleInfo[]) => {
    const rest = bundles.filter((b) => !searched.includes(b) && !failed.has(b.id));
    const lost = bundles.filter((b) => failed.has(b.id));
    const found = searched.filter((b) => !failed.has(b.id));
    const parts = [found.length === bundles.length ? t.searchedAll : t.searched.replace('{years}', periodList(found, t))];
    if (lost.length) parts.push(t.bundleFailed.replace('{years}', lost.map(label).join('、')));
    scope.textContent = parts.join('');
    scope.hidden = bundles.length <= 1 && lost.length === 0;
    widen.hidden = rest.length === 0;
    widen.textContent = t.widen.replace('{years}', periodList(rest, t));
  };

  const search = async (state: SearchState, push: boolean) => {
    const mine = ++run;
    current = state;
    showActive(state);
    const url = `${location.pathname}${isEmpty(state) ? '' : `?${paramsFromState(state)}`}`;
    if (push) history.replaceState(null, '', url);
    if (isEmpty(state)) {
      status.textContent = t.needQuery;
      section.hidden = true;
      scope.hidden = true;
      widen.hidden = true;
      list.replaceChildren();
      showCounts(undefined);
      return;
    }
    status.textContent = t.loading;
    try {
      const read = readQuery(await simplified(state.q));
      const years = [...(state.filters.year ?? []), ...(read.filters.year ?? []), ...[...(read.filters.month ?? []), ...(read.filters.day ?? [])].map((d) => d.slice(0, 4))];
      const wanted = bundlesFor(bundles, state, years, firstPages);
      const pf = await connect(wanted);
      const ticked = states.filter(([, l]) => state.filters.window?.includes(l)).map(([s]) => s);
      const window = ticked.length ? windowFilter(ticked, todayInChina(), await windowValues(pf)) : undefined;
      const options = pagefindOptions(state, read.filters, window);
      const term = read.text || null;
      const searched = loaded.filter((b) => wanted.includes(b));
      // Counts beside the boxes need every filter's index; fetched only once the citizen opens 筛选.
      // Until then Pagefind answers without counts, and the boxes show none rather than a false 0.
      const counted = details?.open ?? false;
      if (counted) await pf.filters();
      const ask = async (extra: Record<string, unknown>): Promise<PagefindResponse | null> => {
        const filters = { ...options.filters, ...extra };
        if (state.sort === 'date' && searched.length > 1) {
          // Pagefind orders merged results by score; sorted by date, bundles are newest first, so ask each in turn.
          const each = await Promise.all(searched.map((b) => pf.search(term, { ...options, filters: { ...filters, bundle: { any: [b.id] } } })));
          return each.some((r) => r === null) ? null : { results: each.flatMap((r) => r!.results), filters: mergeCounts(each.map((r) => r!.filters)) };
        }
        return pf.search(term, { ...options, filters: searched.length < loaded.length ? { ...filters, bundle: { any: searched.map((b) => b.id) } } : filters });
      };
      let res = await ask({});
      // A query naming a notice kind (任前公示, 公示) lists notices of that kind first, then the rest.
      const kinds = state.filters.kind?.length ? [] : kindsNamed(read.text, kindWords);
      if (res && kinds.length) {
        const first = await ask({ kind: { any: kinds } });
        if (first) {
          const ids = new Set(first.results.map((r) => r.id));
          res = { ...res, results: [...first.results, ...res.results.filter((r) => !ids.has(r.id))] };
        }
      }
      // A newer search (the user kept typing) has started; its answer is the one to show.
      if (!res || mine !== run) return;
      list.replaceChildren();
      pending = [...res.results];
      await showMore(FIRST);
      if (mine !== run) return;
      section.hidden = res.results.length === 0;
      status.textContent = res.results.length ? t.count.replace('{n}', String(res.results.length)) : t.none;
      showCounts(counted ? res.filters : undefined);
      showScope(searched);
    } catch {
      if (mine === run) status.textContent = t.failed;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(readForm(), true);
  });
  form.addEventListener('input', (e) => {
    // While a Chinese input method is composing, the box holds pinyin letters, not the query yet.
    if ((e as InputEvent).isComposing) return;
    clearTimeout(timer);
    // Typing waits for a short pause; ticking a box or choosing a sort answers at once.
    const typing = (e.target as HTMLElement).getAttribute('type') === 'search';
    timer = setTimeout(() => void search(readForm(), true), typing ? TYPING_PAUSE : 0);
  });
  // The committed characters arrive with compositionend, after the last input event of the composition.
  form.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(readForm(), true), TYPING_PAUSE);
  });
  more.addEventListener('click', () => void showMore());
  details?.addEventListener('toggle', () => {
    if (details.open && !isEmpty(current)) void search(current, false);
  });
  widen.addEventListener('click', () => void search({ ...readForm(), scope: 'all' }, true));
  clear?.addEventListener('click', () => {
    const state = { ...readForm(), filters: {} };
    fillForm(state);
    void search(state, true);
  });

  fillForm(current);
  if (!isEmpty(current)) void search(current, false);
}

/** How long typing must pause before the search runs: short enough that results follow the last keystroke within 300 ms. */
const TYPING_PAUSE = 120;

function mergeCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all)
    for (const [k, values] of Object.entries(counts ?? {}))
      for (const [v, n] of Object.entries(values)) (out[k] ??= {})[v] = (out[k][v] ?? 0) + n;
  return out;
}
