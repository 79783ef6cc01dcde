/**
 * What a search result shows of a person: their name stays findable by pinyin (full and initials),
 * but the excerpt under the result is text from the page, never the hidden pinyin the index is
 * given (it once read "林晓川. linxiaochuan. lxc."). Also prints the scores of the first two results
 * of a name, the ranking margin the search-quality suite relies on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from './site.ts';
import { searchResults, type ShownResult } from './search-page.ts';

let site: Awaited<ReturnType<typeof openSite>>;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page('/search/');
});
afterAll(async () => site?.stop());

/** Search `query` as a citizen does and return each result's link and excerpt text, in order. */
const search = (query: string): Promise<ShownResult[]> => searchResults(page, query);

/** Pagefind's own scores of the first `n` results of `query`, from the instance the page loaded (same module URL, same options). */
async function scores(query: string, n = 2): Promise<{ url: string; score: number }[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function for Node.
  return page.evaluate(`(async () => {
    const bundles = JSON.parse(document.querySelector('[data-search]').dataset.bundles);
    const pf = await import(bundles[0].path + 'pagefind.js');
    const r = await pf.search(${JSON.stringify(query)});
    return Promise.all(r.results.slice(0, ${n}).map(async (x) => ({ url: (await x.data()).url, score: x.score })));
  })()`);
}

const PERSON = '/people/lin-xiaochuan/';
/** Latin letters: a person's pinyin, full (linxiaochuan) or initials (lxc); the sample's pages about him carry no other Latin text. */
const LATIN = /[a-z]{2,}/i;

describe('search excerpts', () => {
  it('shows no pinyin in the excerpt of the person found by 林晓川 or by linxiaochuan', async () => {
    for (const q of ['林晓川', 'linxiaochuan']) {
      const found = await search(q);
      const person = found.find((f) => f.href === PERSON);
      expect(person, q).toBeDefined();
      console.log(`${q}: ${person!.excerpt}`);
      expect(person!.excerpt, q).not.toBe('');
      expect(person!.excerpt, `${q}: ${person!.excerpt}`).not.toMatch(LATIN);
    }
  });

  it('still finds him first by his pinyin in full and by its initials', async () => {
    expect((await search('linxiaochuan'))[0]?.href).toBe(PERSON);
    expect((await search('lxc'))[0]?.href).toBe(PERSON);
  });

  it('reports the margin between the first two results of a name', async () => {
    for (const q of ['林晓川', '姚振邦']) {
      const top = await scores(q);
      console.log(`${q}: ${top.map((t) => `${t.url} ${t.score.toFixed(3)}`).join(' > ')}`);
      expect(top.length).toBe(2);
      expect(top[0]!.score).toBeGreaterThan(top[1]!.score);
    }
  });
});
