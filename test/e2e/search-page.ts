/**
 * Searching on /search/ as a citizen does: type the query, press Enter, wait until the status line
 * reports the answer to this very query, and read each result as it is shown.
 */
import type { Page } from 'playwright-core';

export interface ShownResult {
  href: string;
  /** The date the result shows (its `<time datetime>`), or ''. */
  date: string;
  /** The excerpt under the result, as text. */
  excerpt: string;
}

export async function searchResults(page: Page, query: string): Promise<ShownResult[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && !s.includes('正在搜索') && new URLSearchParams(location.search).get('q') === q;
    },
    query,
    { timeout: 20_000 },
  );
  return page.locator('[data-search-list] > li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      date: li.querySelector('time')?.getAttribute('datetime') ?? '',
      excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
    })),
  );
}
