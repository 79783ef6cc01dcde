/**
 * Adds <lastmod> to the sitemap @astrojs/sitemap wrote (it knows nothing of the records), from the
 * dates of src/view/sitemap.ts, and writes robots.txt naming the sitemap.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `xml` (a sitemap) with a <lastmod> after every <loc> whose path has a date. */
export function withLastmod(xml: string, siteUrl: string, dates: ReadonlyMap<string, string>): string {
  const base = siteUrl.replace(/\/$/, '');
  return xml.replace(/<loc>([^<]+)<\/loc>(?!<lastmod>)/g, (whole, loc: string) => {
    const path = loc.startsWith(base) ? loc.slice(base.length) || '/' : undefined;
    const date = path && dates.get(path);
    return date ? `${whole}<lastmod>${date}</lastmod>` : whole;
  });
}

/** robots.txt: everything may be crawled; the sitemap index is named with its absolute address. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/$/, '')}/sitemap-index.xml\n`;
}

/** Rewrite every sitemap-*.xml in `dir` with dates, and write robots.txt; returns how many <lastmod> were added. */
export function writeSitemapExtras(dir: string, siteUrl: string, dates: ReadonlyMap<string, string>): number {
  let added = 0;
  for (const name of readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    const file = join(dir, name);
    const before = readFileSync(file, 'utf8');
    const after = withLastmod(before, siteUrl, dates);
    added += (after.match(/<lastmod>/g)?.length ?? 0) - (before.match(/<lastmod>/g)?.length ?? 0);
    writeFileSync(file, after);
  }
  if (existsSync(dir)) writeFileSync(join(dir, 'robots.txt'), robotsTxt(siteUrl));
  return added;
}
