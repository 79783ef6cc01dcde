/**
 * docs/deploy-nginx.md, served for real: the sample configuration is taken from the page itself
 * (its two nginx blocks), changed only where a test must (a local port instead of 443 with TLS, the
 * test build as root, the snippets in a temporary folder), run by Debian's nginx over the test
 * build, and asked for what the page promises: the security headers and the CSP header printed by
 * `check-site --csp-header`, the cache lifetime of each kind of file (search bundles one folder
 * down included), the content types, the site's own 404, 405 for anything but GET and HEAD. Then a
 * notice and a search are opened in Chromium through it, and neither the header nor the page's own
 * policy may refuse anything.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/support/browser.ts';
import { siteHeaderPolicy } from '../../src/build/csp.ts';
import { searchResults } from './search-page.ts';
import { E2E_DIST, E2E_NOW } from './site.ts';

const DOC = resolve(import.meta.dirname, '../../docs/deploy-nginx.md');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

let tmp: string;
let base: string;
let nginx: ChildProcess | undefined;
let policy: string;

/** The page's nginx blocks, in order. */
function nginxBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Replace `from` in `text`, which must be there exactly `times` times: a page that changed shape fails here, not later. */
function replaceExactly(text: string, from: RegExp, to: string, times: number): string {
  const all = new RegExp(from.source, `${from.flags}g`);
  const found = text.match(all)?.length ?? 0;
  if (found !== times) throw new Error(`docs/deploy-nginx.md: expected ${times}× ${from}, found ${found}`);
  return text.replace(all, to);
}

/** The HTTPS server block of the page, made to listen on 127.0.0.1:`port` without TLS, over `root`. */
function testServer(blocks: string[], port: number, root: string, snippets: string): string {
  const servers = blocks.find((b) => b.includes('server {'));
  if (!servers) throw new Error('docs/deploy-nginx.md: no server block');
  // The second server is the HTTPS one; the first only redirects port 80 to it.
  const start = servers.indexOf('server {', servers.indexOf('server {') + 1);
  let server = servers.slice(start);
  server = replaceExactly(server, /^\s*listen .*443 ssl;\n/m, '', 2);
  server = replaceExactly(server, /^\s*(?:http2 on|ssl_\w+ .*);\n/m, '', 4);
  server = server.replace('server {', `server {\n    listen 127.0.0.1:${port};`);
  server = replaceExactly(server, /root \/srv\/gongshi\/current;/, `root ${root};`, 1);
  return replaceExactly(server, /\/etc\/nginx\/snippets\//, `${snippets}/`, 13);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** The first file under `dir` (sorted, depth first) whose path relative to the site matches `re`. */
function firstFile(dir: string, re: RegExp, rel = ''): string | undefined {
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) {
      const inner = firstFile(dir, re, path);
      if (inner) return inner;
    } else if (re.test(`/${path}`)) return `/${path}`;
  }
  return undefined;
}

function fileOf(re: RegExp): string {
  const f = firstFile(E2E_DIST, re);
  if (!f) throw new Error(`the test build has no file matching ${re}`);
  return f;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gongshi-nginx-'));
  const snippets = join(tmp, 'snippets');
  mkdirSync(snippets);
  const blocks = nginxBlocks(readFileSync(DOC, 'utf8'));
  const headers = blocks.find((b) => b.includes('add_header Strict-Transport-Security'));
  if (!headers) throw new Error('docs/deploy-nginx.md: no header snippet');
  writeFileSync(join(snippets, 'gongshi-headers.conf'), headers.replace('/etc/nginx/snippets/', `${snippets}/`));
  // The deploy step of the page, as written there: the policy printed for the folder deployed.
  policy = execFileSync(process.execPath, ['scripts/check-site.ts', E2E_DIST, '--csp-header'], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' }).trim();
  writeFileSync(join(snippets, 'gongshi-csp.conf'), `add_header Content-Security-Policy "${policy}" always;\n`);
  const port = await freePort();
  const conf = [
    // As root nginx hands requests to workers of user nobody, who may not read a folder of root's.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${tmp}/nginx.pid;`,
    `error_log ${tmp}/error.log;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${tmp}/${t};`),
    testServer(blocks, port, E2E_DIST, snippets),
    '}',
  ].join('\n');
  writeFileSync(join(tmp, 'nginx.conf'), conf);
  execFileSync(NGINX, ['-t', '-q', '-p', tmp, '-e', `${tmp}/error.log`, '-c', join(tmp, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(NGINX, ['-p', tmp, '-e', `${tmp}/error.log`, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(base + '/');
      break;
    } catch (err) {
      if (i > 100) throw new Error(`nginx did not answer: ${readFileSync(join(tmp, 'error.log'), 'utf8')}`, { cause: err });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const head = async (path: string, init: RequestInit = {}) => fetch(base + path, { redirect: 'manual', ...init });

describe('the nginx configuration of docs/deploy-nginx.md', () => {
  it('sends every security header, and the CSP of the deployed folder, on a page', async () => {
    const res = await head('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(policy);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('keeps the security headers in every location that sets its own', async () => {
    const paths = ['/', fileOf(/^\/_astro\/.+\.css$/), fileOf(/^\/pagefind\/[^/]+\/fragment\//), fileOf(/^\/pagefind\/[^/]+\/pagefind\.js$/), '/feeds/all.xml', fileOf(/\.ics$/), fileOf(/\.csv$/), fileOf(/^\/data\/.+\.json$/), fileOf(/^\/ledger\/tile\//), '/ledger/checkpoint', '/ledger/log.jsonl', '/sitemap-index.xml', '/no-such-page/'];
    for (const path of paths) {
      const res = await head(path);
      expect([path, res.headers.get('content-security-policy')]).toEqual([path, policy]);
      expect([path, res.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
      expect([path, res.headers.get('strict-transport-security')]).toEqual([path, 'max-age=63072000; includeSubDomains']);
    }
  });

  it('caches each kind of file as the page says: hashed files for a year, what a rebuild changes for minutes, the checkpoint for seconds', async () => {
    const cases: [string, string][] = [
      ['/', 'public, max-age=300, must-revalidate'],
      [fileOf(/^\/inspection-notices\/[^/]+\/index\.html$/).replace(/index\.html$/, ''), 'public, max-age=300, must-revalidate'],
      [fileOf(/^\/_astro\/.+\.js$/), 'public, max-age=31536000, immutable'],
      // The search bundles live one folder down: their hashed chunks never change, their entry and scripts follow each build.
      [fileOf(/^\/pagefind\/[^/]+\/fragment\//), 'public, max-age=31536000, immutable'],
      [fileOf(/^\/pagefind\/[^/]+\/index\//), 'public, max-age=31536000, immutable'],
      [fileOf(/^\/pagefind\/[^/]+\/filter\//), 'public, max-age=31536000, immutable'],
      [fileOf(/^\/pagefind\/[^/]+\/[^/]+\.pf_meta$/), 'public, max-age=31536000, immutable'],
      [fileOf(/^\/pagefind\/[^/]+\/pagefind-entry\.json$/), 'public, max-age=300, must-revalidate'],
      [fileOf(/^\/pagefind\/[^/]+\/pagefind\.js$/), 'public, max-age=300, must-revalidate'],
      [fileOf(/^\/pagefind\/[^/]+\/wasm\.[^/]+\.pagefind$/), 'public, max-age=300, must-revalidate'],
      ['/feeds/all.xml', 'public, max-age=300'],
      [fileOf(/\.ics$/), 'public, max-age=300'],
      [fileOf(/\.csv$/), 'public, max-age=300'],
      [fileOf(/^\/data\/.+\.json$/), 'public, max-age=300'],
      [fileOf(/^\/schemas\/.+\.json$/), 'public, max-age=300'],
      ['/sitemap-index.xml', 'public, max-age=300'],
      [fileOf(/^\/ledger\/tile\//), 'public, max-age=31536000, immutable'],
      ['/ledger/checkpoint', 'public, max-age=5, must-revalidate'],
      [fileOf(/^\/ledger\/checkpoints\/\d+$/), 'public, max-age=5, must-revalidate'],
      ['/ledger/log.jsonl', 'public, max-age=60, must-revalidate'],
      ['/no-such-page/', 'no-store'],
    ];
    for (const [path, cache] of cases) {
      const res = await head(path);
      expect([path, res.headers.get('cache-control')]).toEqual([path, cache]);
    }
  });

  it('serves feeds, calendars, open data and the ledger with their own types, readable from other sites', async () => {
    const cases: [string, string, boolean][] = [
      ['/feeds/all.xml', 'application/rss+xml; charset=utf-8', true],
      [fileOf(/\.ics$/), 'text/calendar; charset=utf-8', true],
      [fileOf(/\.csv$/), 'text/csv; charset=utf-8', true],
      [fileOf(/^\/data\/.+\.json$/), 'application/json; charset=utf-8', true],
      [fileOf(/^\/schemas\/.+\.json$/), 'application/json; charset=utf-8', true],
      [fileOf(/^\/ledger\/tile\//), 'application/octet-stream', true],
      ['/ledger/checkpoint', 'text/plain; charset=utf-8', true],
      [fileOf(/^\/ledger\/checkpoints\/\d+$/), 'text/plain; charset=utf-8', true],
      ['/ledger/log.jsonl', 'application/jsonl; charset=utf-8', true],
      ['/sitemap-index.xml', 'application/xml; charset=utf-8', false],
      [fileOf(/^\/_astro\/.+\.css$/), 'text/css; charset=utf-8', false],
      [fileOf(/^\/_astro\/.+\.js$/), 'application/javascript; charset=utf-8', false],
    ];
    for (const [path, type, open] of cases) {
      const res = await head(path);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, type]);
      expect([path, res.headers.get('access-control-allow-origin')]).toEqual([path, open ? '*' : null]);
      expect([path, res.headers.get('cross-origin-resource-policy')]).toEqual([path, open ? 'cross-origin' : 'same-origin']);
    }
  });

  it('answers a missing page with the site’s own 404 page, a folder without its slash with a redirect, and anything but GET and HEAD with 405', async () => {
    const missing = await head('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(E2E_DIST, '404.html'), 'utf8'));
    const folder = await head('/feeds');
    expect(folder.status).toBe(301);
    expect(new URL(folder.headers.get('location')!, base).pathname).toBe('/feeds/');
    expect((await head('/', { method: 'HEAD' })).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE']) expect([method, (await head('/', { method })).status]).toEqual([method, 405]);
  });

  it('lets a notice and a search run under both policies, the header’s and the page’s own', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.clock.setFixedTime(E2E_NOW);
      const refused: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') refused.push(m.text());
      });
      page.on('pageerror', (e) => refused.push(e.message));
      const notice = fileOf(/^\/publicities\/[^/]+\/index\.html$/).replace(/index\.html$/, '');
      const res = await page.goto(base + notice);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-security-policy']).toBe(policy);
      await page.waitForLoadState('networkidle');
      await page.goto(base + '/search/');
      const results = await searchResults(page, '公示');
      expect(results.length).toBeGreaterThan(0);
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
