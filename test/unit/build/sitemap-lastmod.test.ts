/** The sitemap's <lastmod> and robots.txt, written after Astro's sitemap integration. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt, withLastmod, writeSitemapExtras } from '../../../src/build/sitemap-lastmod.ts';

const SITE = 'https://gongshi.wangchuan.example';
const XML = `<urlset><url><loc>${SITE}/</loc></url><url><loc>${SITE}/publicities/gs/</loc></url><url><loc>${SITE}/rules/</loc></url></urlset>`;
const DATES = new Map([
  ['/', '2026-11-18'],
  ['/publicities/gs/', '2026-09-29'],
]);

describe('sitemap dates', () => {
  it('adds the date of each page that has one, and none to a page the records do not date', () => {
    expect(withLastmod(XML, SITE, DATES)).toBe(
      `<urlset><url><loc>${SITE}/</loc><lastmod>2026-11-18</lastmod></url><url><loc>${SITE}/publicities/gs/</loc><lastmod>2026-09-29</lastmod></url><url><loc>${SITE}/rules/</loc></url></urlset>`,
    );
  });

  it('adds a date once, however often it runs', () => {
    const once = withLastmod(XML, SITE, DATES);
    expect(withLastmod(once, SITE, DATES)).toBe(once);
  });

  it('names the sitemap index in robots.txt with its absolute address', () => {
    expect(robotsTxt(`${SITE}/`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('rewrites the sitemap files of a built site and writes robots.txt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongshi-sitemap-'));
    writeFileSync(join(dir, 'sitemap-0.xml'), XML);
    expect(writeSitemapExtras(dir, SITE, DATES)).toBe(2);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain('<lastmod>2026-09-29</lastmod>');
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain('Sitemap: ');
  });
});
