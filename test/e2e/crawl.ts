/**
 * Visiting many pages of a built site in one browser: the sitemap's paths, and a small pool of
 * tabs (axe is CPU-bound, so about one per core) that opens each page once and records what went wrong on it (CSP violations, requests to
 * other hosts, uncaught script errors) besides whatever the caller checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Site paths listed in the sitemap(s) of the built site in `dir`. */
export function sitemapPaths(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`${dir} 中没有 sitemap-N.xml:@astrojs/sitemap 没有运行?`);
  return files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

/** What a visit saw besides the caller's own findings. */
export interface Visit<T> {
  path: string;
  result: T;
  /** `directive blocked-uri` of every CSP violation report. */
  csp: string[];
  /** Requests that left the local server. */
  thirdParty: string[];
  /** Uncaught exceptions in page scripts. */
  errors: string[];
}

/** Open every path of `paths` on `baseUrl` with `tabs` pages at a time, run `inspect` on each, and collect what each visit saw. */
export async function crawl<T>(browser: Browser, baseUrl: string, paths: readonly string[], inspect: (page: Page, path: string) => Promise<T>, tabs = 2): Promise<Visit<T>[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const host = new URL(baseUrl).host;
  const queue = [...paths];
  const visits: Visit<T>[] = [];
  const worker = async () => {
    const page = await context.newPage();
    let current: Omit<Visit<T>, 'result' | 'path'> = { csp: [], thirdParty: [], errors: [] };
    page.on('request', (req) => {
      const url = new URL(req.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== host) current.thirdParty.push(req.url());
    });
    page.on('pageerror', (err) => current.errors.push(err.message));
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = { csp: [], thirdParty: [], errors: [] };
      const res = await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (!res || res.status() !== 200) throw new Error(`${path} 返回 ${res?.status()}`);
      const result = await inspect(page, path);
      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      visits.push({ path, result, ...current, csp });
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, worker));
  } finally {
    await context.close();
  }
  return visits.sort((a, b) => a.path.localeCompare(b.path));
}
