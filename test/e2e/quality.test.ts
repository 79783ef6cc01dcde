/**
 * Quality gates over the site built for the browser tests (.e2e-dist): Nu Html Checker, axe-core
 * on every page in the sitemap (with no CSP violation, no request to another host, no script
 * error on the way), internal links and anchors, the other post-build checks, and feeds that parse.
 * Then a build whose content carries script payloads in every free-text field of one round.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithExt } from '../../src/build/checks/built-site.ts';
import { formatIssues, runChecks } from '../../src/build/checks/index.ts';
import { PROJECT } from '../fixtures/tmp-jurisdiction.ts';
import { axeViolations, launch } from '../../scripts/support/browser.ts';
import { crawl, sitemapPaths } from './crawl.ts';
import { IMG_PAYLOAD, payloadContent, SCRIPT_PAYLOAD } from './payload.ts';
import { E2E_DIST, E2E_TODAY } from './site.ts';
import { serve } from '../../scripts/support/static-server.ts';

const VNU = join(PROJECT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

describe('quality gates over the built site', () => {
  it('Nu Html Checker finds no error in any built page', { timeout: 600_000 }, () => {
    if (!existsSync(VNU)) throw new Error(`缺少 Nu Html Checker(${relative(PROJECT, VNU)}):请运行 npm install,package.json 的 devDependencies 已列出 vnu-jar`);
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0) throw new Error('Nu Html Checker 需要 Java(11 或更高):请安装,例如 apt-get install -y openjdk-17-jre-headless');
    const pages = filesWithExt(E2E_DIST, ['.html']).length;
    const t0 = performance.now();
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', E2E_DIST], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url ? relative(E2E_DIST, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}  ${m.message}  ${(m.extract ?? '').replace(/\s+/g, ' ').slice(0, 120)}`);
    console.log(`vnu:${pages} 个页面,${errors.length} 个错误,${seconds(t0)} s`);
    expect(pages).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  // About 0.3 s a page on two idle cores (axe is CPU-bound); the timeout leaves room for a busy machine and a growing site.
  it('axe-core finds no WCAG 2.2 AA violation on any page in the sitemap, and no page breaks its CSP, calls another host or throws', { timeout: 900_000 }, async () => {
    const paths = [...sitemapPaths(E2E_DIST), '/404.html'];
    const server = await serve(E2E_DIST);
    const browser = await launch();
    const t0 = performance.now();
    try {
      const visits = await crawl(browser, server.url, paths, (page) => axeViolations(page), Math.max(2, availableParallelism()));
      console.log(`axe:${visits.length} 个页面,${seconds(t0)} s`);
      expect(visits).toHaveLength(paths.length);
      expect(visits.flatMap((v) => v.result.map((x) => `${v.path}  ${x}`))).toEqual([]);
      expect(visits.flatMap((v) => v.csp.map((x) => `${v.path}  CSP 拦截:${x}`))).toEqual([]);
      expect(visits.flatMap((v) => v.thirdParty.map((x) => `${v.path}  第三方请求:${x}`))).toEqual([]);
      expect(visits.flatMap((v) => v.errors.map((x) => `${v.path}  脚本错误:${x}`))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('every internal link and anchor resolves', () => {
    const issues = runChecks(E2E_DIST, PROJECT, ['links']);
    expect(formatIssues(issues)).toBe('');
  });

  it('no page publishes personal data, loads from another host, or runs inline code outside its CSP', () => {
    const issues = runChecks(E2E_DIST, PROJECT, ['privacy', 'third-party', 'csp']);
    expect(formatIssues(issues)).toBe('');
  });

  it('every RSS feed parses and every item links to a page of the site', async () => {
    const feeds = filesWithExt(E2E_DIST, ['.xml']).filter((f) => f.startsWith('feeds/'));
    expect(feeds.length).toBeGreaterThan(0);
    const parser = new Parser();
    for (const file of feeds) {
      const feed = await parser.parseString(readFileSync(join(E2E_DIST, file), 'utf8')).catch((err: Error) => {
        throw new Error(`${file} 无法解析:${err.message}`);
      });
      expect(feed.title, file).toBeTruthy();
      for (const item of feed.items) expect(item.link, `${file}: ${item.title}`).toMatch(/^https?:\/\//);
    }
  });

  it('every calendar is well-formed iCalendar: CRLF lines of at most 75 octets, balanced BEGIN/END, NAME:value lines', () => {
    const calendars = filesWithExt(E2E_DIST, ['.ics']);
    for (const file of calendars) {
      const text = readFileSync(join(E2E_DIST, file), 'utf8');
      expect(text.replace(/\r\n/g, ''), `${file}: 换行必须是 CRLF`).not.toMatch(/[\r\n]/);
      const raw = text.split('\r\n').slice(0, -1);
      for (const line of raw) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
      const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
      const open: string[] = [];
      for (const line of lines) {
        expect(line, file).toMatch(/^[A-Za-z0-9-]+(;[^:]*)?:/);
        if (line.startsWith('BEGIN:')) open.push(line.slice(6));
        if (line.startsWith('END:')) expect(open.pop(), `${file}: ${line}`).toBe(line.slice(4));
      }
      expect(open, file).toEqual([]);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
    }
  });

  it('every JSON file parses', () => {
    for (const file of filesWithExt(E2E_DIST, ['.json'])) expect(() => JSON.parse(readFileSync(join(E2E_DIST, file), 'utf8')), file).not.toThrow();
  });
});

describe('script payloads in every free-text field of one round', () => {
  let built: { root: string; round: string; injected: number; dist: string } | undefined;

  beforeAll(() => {
    // payloadContent's temp root is a jurisdiction of its own: build it with this project's code.
    const content = payloadContent(join(PROJECT, 'content'), E2E_TODAY);
    execFileSync(process.execPath, [join(PROJECT, 'scripts/build.ts'), '--root', content.root, '--out', 'dist'], {
      env: { ...process.env, GONGSHI_TODAY: E2E_TODAY },
      stdio: 'pipe',
    });
    built = { root: content.root, round: content.round, injected: content.injections.length, dist: join(content.root, 'dist') };
  }, 600_000);
  afterAll(() => {
    if (built) rmSync(built.root, { recursive: true, force: true });
  });

  it('put payloads into the round and its records', () => {
    expect(built!.injected).toBeGreaterThanOrEqual(10);
  });

  it('runs none of them on any page, and shows them as text on the round page', { timeout: 600_000 }, async () => {
    const { dist, round } = built!;
    const roundPage = `/rounds/${round}/`;
    const search = '/search/?q=pwned';
    const paths = [...sitemapPaths(dist), search];
    expect(paths).toContain(roundPage);
    const server = await serve(dist);
    const browser = await launch();
    try {
      const visits = await crawl(browser, server.url, paths, async (page, path) => {
        // Search results render Pagefind's excerpts of the payload text: wait for them.
        if (path === search) await page.waitForSelector('[data-search-list] li', { timeout: 15_000 }).catch(() => undefined);
        return page.evaluate(() => ({
          results: document.querySelectorAll('[data-search-list] li').length,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          // Markup the payload would create if it were not escaped, whether or not the CSP then stopped it.
          injectedMarkup: document.querySelectorAll('img[src="x"], img[onerror]').length + [...document.scripts].filter((s) => s.text.includes('__pwned')).length,
          text: document.body.innerText,
        }));
      });
      expect(visits.filter((v) => v.result.pwned !== undefined).map((v) => v.path)).toEqual([]);
      expect(visits.filter((v) => v.result.injectedMarkup > 0).map((v) => v.path)).toEqual([]);
      expect(visits.flatMap((v) => v.errors.map((e) => `${v.path}  ${e}`))).toEqual([]);
      expect(visits.find((v) => v.path === search)!.result.results, '搜索“pwned”应当找到带载荷的记录').toBeGreaterThan(0);
      const roundText = visits.find((v) => v.path === roundPage)!.result.text;
      expect(roundText).toContain(SCRIPT_PAYLOAD);
      expect(roundText).toContain(IMG_PAYLOAD);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('keeps them as text in the feeds, where readers render HTML', async () => {
    const parser = new Parser();
    for (const file of filesWithExt(built!.dist, ['.xml']).filter((f) => f.startsWith('feeds/'))) {
      const feed = await parser.parseString(readFileSync(join(built!.dist, file), 'utf8'));
      for (const item of feed.items) {
        const html = `${item.content ?? ''}${(item as { 'content:encoded'?: string })['content:encoded'] ?? ''}`;
        expect(html, `${file}: ${item.title}`).not.toMatch(/<script|<img[^>]*onerror/i);
      }
    }
  });
});

