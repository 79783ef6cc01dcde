/**
 * The search page's browser code: reads the form, asks Pagefind, and lists the results. The form is
 * an ordinary GET form (q, one parameter per ticked filter, sort), so a search is a shareable URL
 * and the page still offers the list pages when JavaScript or the index is unavailable.
 *
 * Pagefind is loaded only when the first search runs, so opening the page costs nothing extra.
 */
import { formatDate } from '../view/format.ts';

/** Filter keys the form sends; the same keys as search-attributes.ts FILTER_KEYS (kept literal so the page bundle stays small). */
const FILTER_KEYS = ['kind', 'unit', 'year', 'stage', 'level', 'window'] as const;
const PAGE = 10;

/** Status messages, handed over by the page from the dictionary (ui.search) so the script does not carry it. */
export interface SearchMessages {
  loading: string;
  none: string;
  needQuery: string;
  failed: string;
  /** With `{n}` where the number of results goes. */
  count: string;
}

/** What the user asked for. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
}

/** The search state in URL parameters `params`. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** `state` as URL parameters, in a stable order (empty parts left out). */
export function paramsFromState(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) p.append(key, v);
  if (state.sort === 'date') p.set('sort', 'date');
  return p;
}

/** Pagefind search options for `state`: ticked values of one filter are alternatives, different filters all apply. */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'desc'> } {
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
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
interface PagefindResponse {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string | null, o: object) => Promise<PagefindResponse | null>;
}

/** An excerpt from Pagefind as DOM nodes: its text, with only <mark> kept as markup. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
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

/** Wire the search page up: the form, the status line, the result list and its "more" button. */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const section = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
  const bundle = root.dataset.pagefind ?? '/pagefind/pagefind.js';
  // The ranking is decided with the search attributes (search-attributes.ts SEARCH_RANKING) and handed over by the page.
  const ranking = root.dataset.ranking ? (JSON.parse(root.dataset.ranking) as object) : undefined;
  const t = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (pf) => {
      // noWorker: Pagefind would otherwise fetch a second copy of its engine (pagefind-worker.js,
      // 12 KB compressed) to search off the main thread; a query here takes milliseconds either way.
      await pf.options({ excerptLength: 40, ranking, noWorker: true });
      return pf;
    }));

  const readForm = (): SearchState => stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name=sort]')) radio.checked = radio.value === state.sort;
  };
  let run = 0;
  let pending: { data: () => Promise<PagefindResultData> }[] = [];
  const showMore = async () => {
    const batch = pending.splice(0, PAGE);
    const items = await Promise.all(batch.map((r) => r.data()));
    list.append(...items.map(resultItem));
    more.hidden = pending.length === 0;
  };

  const search = async (state: SearchState, push: boolean) => {
    const mine = ++run;
    const url = `${location.pathname}${isEmpty(state) ? '' : `?${paramsFromState(state)}`}`;
    if (push) history.replaceState(null, '', url);
    if (isEmpty(state)) {
      status.textContent = t.needQuery;
      section.hidden = true;
      list.replaceChildren();
      return;
    }
    status.textContent = t.loading;
    try {
      const pf = await load();
      const res = await pf.search(state.q || null, pagefindOptions(state));
      // A newer search (the user kept typing) has started; its answer is the one to show.
      if (!res || mine !== run) return;
      list.replaceChildren();
      pending = [...res.results];
      await showMore();
      if (mine !== run) return;
      section.hidden = res.results.length === 0;
      status.textContent = res.results.length ? t.count.replace('{n}', String(res.results.length)) : t.none;
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
    // Typing waits for a pause; ticking a box or choosing a sort answers at once.
    const typing = (e.target as HTMLElement).getAttribute('type') === 'search';
    timer = setTimeout(() => void search(readForm(), true), typing ? 300 : 0);
  });
  // The committed characters arrive with compositionend, after the last input event of the composition.
  form.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(readForm(), true), 300);
  });
  more.addEventListener('click', () => void showMore());
  clear?.addEventListener('click', () => {
    const state = { ...readForm(), filters: {} };
    fillForm(state);
    void search(state, true);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  fillForm(initial);
  if (!isEmpty(initial)) void search(initial, false);
}
