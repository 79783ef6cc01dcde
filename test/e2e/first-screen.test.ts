/**
 * What a citizen sees on the first screen of a 390×844 phone, measured with getBoundingClientRect
 * on the built site: a publicity notice's state, window, deadline and the way to the channels; a
 * round's outcome and compliance summary; the home page's search box and open windows. Also the
 * things that must not mislead a finger (status tags are not buttons; buttons are 44 px high),
 * and a feed opened in a browser (XSLT, under the site's CSP). Each test logs what it measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteHeaderPolicy } from '../../src/build/csp.ts';
import { E2E_DIST, openSite } from './site.ts';

const SCREEN = 844;
let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.stop());

/** Top and bottom (px from the top of the page) of the first element matching each selector. */
async function rects(page: Page, selectors: Record<string, string>): Promise<Record<string, { top: number; bottom: number }>> {
  return page.evaluate((sel) => {
    const out: Record<string, { top: number; bottom: number }> = {};
    for (const [name, s] of Object.entries(sel)) {
      const el = document.querySelector(s);
      if (!el) throw new Error(`no element for ${name}: ${s}`);
      const r = el.getBoundingClientRect();
      out[name] = { top: Math.round(r.top + window.scrollY), bottom: Math.round(r.bottom + window.scrollY) };
    }
    return out;
  }, selectors);
}

describe('the first screen of a publicity notice', () => {
  for (const [state, path] of [
    ['open', '/publicities/2026-wjw-fzr-gs/'],
    ['closed', '/publicities/2026-jtj-fjz-gs/'],
  ] as const) {
    it(`shows the state, window, deadline and a 如何反映 link of a ${state} window, and the link reaches the channels`, async () => {
      const page = await site.page(path);
      const r = await rects(page, {
        state: '.box--window .tag',
        window: '.box--window dd time',
        deadline: '.box--window dd strong time',
        howToReport: '.box--window a[href="#reporting"]',
      });
      console.log(`first screen ${path}: ${JSON.stringify(r)}`);
      for (const [name, box] of Object.entries(r)) expect(box.bottom, `${name} on ${path}`).toBeLessThanOrEqual(SCREEN);
      expect(await page.locator('.box--window a[href="#reporting"]').textContent()).toContain('如何反映');
      await page.locator('.box--window a[href="#reporting"]').click();
      const top = await page.locator('#reporting').evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(2);
      expect(await page.locator('#reporting a[href^="tel:"]').isVisible()).toBe(true);
      await page.close();
    });
  }
});

describe('the first screen of a round', () => {
  it('shows the outcome and the compliance summary, then the timeline, with the rule-by-rule detail folded', async () => {
    const page = await site.page('/rounds/2026-hbj-fjz/');
    const r = await rects(page, { outcome: '#outcome', summary: '.box--outcome .compliance__summary', timeline: '#timeline', compliance: '#compliance-heading', facts: '#facts' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`first screen /rounds/2026-hbj-fjz/: ${JSON.stringify(r)}, page height ${height} px`);
    expect(r.summary!.bottom).toBeLessThanOrEqual(SCREEN);
    expect(await page.locator('.box--outcome').textContent()).toMatch(/\d+项符合，1项例外/);
    expect(r.timeline!.top).toBeLessThan(r.compliance!.top);
    expect(r.compliance!.top).toBeLessThan(r.facts!.top);
    expect(await page.locator('#compliance details.compliance__details').getAttribute('open')).toBeNull();
    expect(await page.locator('#rule-I3').isVisible()).toBe(false);
    await page.locator('#compliance details.compliance__details > summary').click();
    expect(await page.locator('#rule-I3').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the stage timeline compact on a phone: each stage and its count on one line, its notices as tight rows', async () => {
    const page = await site.page('/rounds/2026-hbj-fjz/');
    const timeline = (await page.locator('ol.timeline').boundingBox())!;
    const notices = await page.locator('ol.timeline .records > li').count();
    const stages = await page.locator('ol.timeline > li').count();
    console.log(`timeline /rounds/2026-hbj-fjz/: ${stages} stages, ${notices} notices, ${Math.round(timeline.height)} px`);
    // The sample round (8 stages, 11 notices) took 1,416 px with a line for each stage's count and ruled rows.
    expect([stages, notices]).toEqual([8, 11]);
    expect(timeline.height).toBeLessThanOrEqual(1150);
    const heading = (await page.locator('ol.timeline > li h3').first().boundingBox())!;
    const status = (await page.locator('ol.timeline > li .timeline__status').first().boundingBox())!;
    expect(Math.abs(status.y + status.height / 2 - (heading.y + heading.height / 2))).toBeLessThan(6);
    await page.close();
  });
});

describe('the first screen of the home page', () => {
  it('has a search box and the open windows with their deadlines', async () => {
    const page = await site.page('/');
    const r = await rects(page, { search: '.home-search input[name="q"]', open: '#open', window: '.windows__item--open', deadline: '.windows__item--open .windows__deadline' });
    console.log(`first screen /: ${JSON.stringify(r)}`);
    for (const [name, box] of Object.entries(r)) expect(box.bottom, name).toBeLessThanOrEqual(SCREEN);
    await page.fill('.home-search input[name="q"]', '林晓川');
    await page.locator('.home-search button').click();
    await page.waitForURL(/\/search\/\?q=/);
    await page.close();
  });
});

describe('what a finger meets', () => {
  it('shows a status as coloured text, not as something to press', async () => {
    const page = await site.page('/publicities/');
    const style = await page.locator('.records .tag').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, background: s.backgroundColor, display: s.display, cursor: s.cursor };
    });
    expect(style).toEqual({ border: 'none', background: 'rgba(0, 0, 0, 0)', display: 'inline', cursor: 'auto' });
    await page.close();
  });

  it('gives every /verify/ button at least 44 px of height', async () => {
    const page = await site.page('/verify/');
    const heights = await page.locator('main button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    console.log(`/verify/ button heights: ${heights.join(', ')}`);
    expect(heights.length).toBeGreaterThanOrEqual(3);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('lists each publicity with its candidate, proposed post, window and state', async () => {
    const page = await site.page('/publicities/');
    const row = await page.locator('.records li', { hasText: '罗清妍' }).first().textContent();
    expect(row).toMatch(/正在公示/);
    expect(row).toMatch(/罗清妍（拟任.+）/);
    expect(row).toMatch(/公示期：2026年11月18日至2026年11月24日/);
    await page.close();
  });
});

describe('a 订阅 box', () => {
  it('links a plain HTML page of its feed, with the address to copy and the latest items, no XSLT needed', async () => {
    const page = await site.page('/people/lin-xiaochuan/');
    await page.locator('.subscribe a', { hasText: 'RSS订阅' }).click();
    await page.waitForURL(/\/feeds\/people\/lin-xiaochuan\/$/);
    expect(await page.evaluate(() => document.contentType)).toBe('text/html');
    expect(await page.locator('h1').textContent()).toBe('涉及林晓川的公告');
    expect(await page.locator('main code.feed-address').textContent()).toBe('https://gongshi.wangchuan.example/feeds/people/lin-xiaochuan.xml');
    expect(await page.locator('main a[type="application/rss+xml"]').getAttribute('href')).toBe('/feeds/people/lin-xiaochuan.xml');
    // The same latest items as the RSS file, newest first.
    const rss = readFileSync(join(E2E_DIST, 'feeds/people/lin-xiaochuan.xml'), 'utf8');
    const rssTitles = [...rss.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    const shown = await page.locator('#items ~ .records .records__title').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(rssTitles.slice(0, shown.length));
    // Fits a phone: the address wraps instead of widening the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('a feed opened in a browser', () => {
  it('reads as a page explaining how to subscribe, under the site CSP as a header', async () => {
    const policy = siteHeaderPolicy(E2E_DIST);
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const refused: string[] = [];
    // Chromium 156 puts its own XSLT-deprecation banner (inline styles and an onclick) into the page,
    // and the CSP rightly blocks those; the stylesheet itself has no inline code (unit-tested), so
    // only a refused load of the feed's own resources counts here.
    page.on('console', (m) => {
      const t = m.text();
      if (/Content Security Policy|Refused/i.test(t) && !/^(Applying inline style|Executing inline event handler)/.test(t)) refused.push(t);
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await page.goto(`${site.url}/feeds/people/lin-xiaochuan.xml`);
    expect(await page.locator('h1').textContent()).toBe('望川市干部选拔任用公示网：涉及林晓川的公告');
    expect(await page.locator('main').textContent()).toContain('如何订阅');
    expect(await page.locator('main code').textContent()).toBe('https://gongshi.wangchuan.example/feeds/people/lin-xiaochuan.xml');
    // The site stylesheet applied: the explanation box has its tinted background.
    expect(await page.locator('.box').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.records li').count()).toBeGreaterThan(0);
    expect(refused, refused.join("\n")).toEqual([]);
    await page.close();
  });

  it('serves robots.txt naming the sitemap, whose pages carry their dates', async () => {
    const page = await site.browser.newPage();
    const robots = await (await page.goto(`${site.url}/robots.txt`))!.text();
    expect(robots).toContain('Sitemap: https://gongshi.wangchuan.example/sitemap-index.xml');
    const sitemap = await (await page.goto(`${site.url}/sitemap-0.xml`))!.text();
    expect(sitemap).toContain('<loc>https://gongshi.wangchuan.example/publicities/2026-jtj-fjz-gs/</loc><lastmod>2026-09-29</lastmod>');
    await page.close();
  });
});
