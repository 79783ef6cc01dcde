import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../src/rules/index.ts';
import { axeViolations } from '../../scripts/support/browser.ts';
import { E2E_DIST, openSite } from './site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.stop());

/** Site paths listed in the built sitemap. */
function sitemapPaths(): string[] {
  const files = readdirSync(E2E_DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) => [...readFileSync(join(E2E_DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
const first = (prefix: string) => {
  const hit = sitemapPaths().find((p) => p.startsWith(prefix) && p !== prefix && !p.includes('/page/'));
  if (!hit) throw new Error(`no page under ${prefix} in the sitemap`);
  return hit;
};

describe('the built site in Chromium', () => {
  it('renders the home page with the open publicity windows', async () => {
    const page = await site.page('/');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('公示');
    await page.close();
  });

  it('shows a publicity notice with working reporting links', async () => {
    const page = await site.page(first('/publicities/'));
    const tel = page.locator('a[href^="tel:"]').first();
    expect(await tel.getAttribute('href')).toMatch(/^tel:[0-9-]+$/);
    expect(await page.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href*="12380"]').count()).toBeGreaterThan(0);
    expect(await page.locator('time[datetime]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders a round page with its stage timeline', async () => {
    const page = await site.page(first('/rounds/'));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('任前公示');
    await page.close();
  });

  it('shows every rule on the compliance panel of each round, with the declared exception and its reason', async () => {
    const rounds = sitemapPaths().filter((p) => /^\/rounds\/[^/]+\/$/.test(p) && !p.includes('/page/'));
    expect(rounds.length).toBeGreaterThanOrEqual(6);
    for (const path of rounds) {
      const page = await site.page(path);
      const ids = await page.locator('#compliance .compliance__rule').evaluateAll((els) => els.map((e) => e.id.replace('rule-', '')));
      expect(ids.sort(), path).toEqual(RULE_CATALOG.map((r) => r.id).sort());
      expect(await page.locator('#compliance .compliance__rule--failed').count(), path).toBe(0);
      await page.close();
    }
    const page = await site.page('/rounds/2026-hbj-fjz/');
    const i3 = page.locator('#rule-I3');
    expect(await i3.locator('.tag').textContent()).toBe('例外（已说明理由）');
    expect(await i3.textContent()).toContain('例外理由');
    expect(await page.locator('#rule-G2').textContent()).toMatch(/共 ?\d+ ?个工作日/);
    expect(await page.locator('#rule-P3 .tag').textContent()).toBe('符合');
    await page.close();
  });

  it('lists every rule on /rules/ with the parameters in force', async () => {
    const page = await site.page('/rules/');
    for (const r of RULE_CATALOG) expect(await page.locator(`h3[id="${r.id}"]`).textContent(), r.id).toContain(r.title);
    expect(await page.locator('main').textContent()).toContain('任前公示期：不少于5个工作日');
    await page.close();
  });

  it('cites on /rules/ only the 条例 by chapter and the jurisdiction’s own measures, never an empty 依据 or a drafting note', async () => {
    const page = await site.page('/rules/');
    const sources = await page.locator('article.rule dt:text-is("依据") + dd').allTextContents();
    expect(sources).toHaveLength(RULE_CATALOG.length);
    for (const s of sources) {
      expect(s.trim(), s).not.toBe('');
      for (const part of s.split('；'))
        expect(part).toMatch(/^(《党政领导干部选拔任用工作条例》（2019年）第[一二三四五六七八九十]+章“[^”]+”|本市监督措施：《望川市干部选拔任用工作全程监督实施办法》（望组发〔2025〕3号）)$/);
    }
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('不是全国性法规');
    expect(main).not.toMatch(/≈|推定|待核实|第[一二三四五六七八九十]+条|机制研究/);
    await page.close();
  });

  it('shows the accountability trail on an appointment and on the appointed person', async () => {
    for (const path of ['/appointments/2026-jtj-fjz-rz/', '/people/lin-xiaochuan/']) {
      const page = await site.page(path);
      const labels = await page.locator('#trail dt').allTextContents();
      expect(labels, path).toEqual(expect.arrayContaining(['推荐人', '考察组成员', '参加表决成员', '程序情况表签字人']));
      await page.close();
    }
  });

  it('shows every record’s place in the ledger', async () => {
    for (const path of ['/appointments/2026-jtj-fjz-rz/', '/people/lin-xiaochuan/', '/rounds/2026-jtj-fjz/']) {
      const page = await site.page(path);
      expect(await page.locator('.record-history').textContent(), path).toMatch(/[0-9a-f]{16}/);
      await page.close();
    }
  });

  it('renders a person page listing appearances', async () => {
    const page = await site.page(first('/people/'));
    expect(await page.locator('main a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const page = await site.browser.newPage();
    const res = await page.goto(site.url + '/no-such-page/');
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it.each(['/', '/publicities/', '/rounds/', '/people/', '/rules/'])('has no WCAG 2.2 AA violation on %s and its first page', async (prefix) => {
    for (const path of ['/', '/rules/'].includes(prefix) ? [prefix] : [prefix, first(prefix)]) {
      const page = await site.page(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});
