/**
 * Federation: two jurisdictions built separately (as two provinces would build their own portals),
 * then one search page that loads the first shard's Pagefind and merges the second with
 * `mergeIndex`, as a national portal would. A query in Chromium finds pages of both shards, and
 * the `mergeFilter` value each shard is merged under narrows the results to one jurisdiction.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TODAY } from '../../bench/synth/generate.ts';
import { writeJurisdiction } from '../../bench/synth/write.ts';
import { parse } from 'yaml';
import { launch } from '../../scripts/support/browser.ts';
import { parseCheckpointNote } from '../../src/ledger/checkpoint.ts';
import { ledgerConfigOf } from '../../src/ledger/config.ts';
import { verifyExtends, verifyLog } from '../../src/ledger/verify-site.ts';
import { folderFetcher } from '../../src/ledger/witness.ts';
import { serve } from '../../scripts/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARDS = [
  { path: 'north', city: { name: '云岚', slug: 'yunlan' }, seed: 'north' },
  { path: 'south', city: { name: '青屿', slug: 'qingyu' }, seed: 'south' },
] as const;

/** The national portal's search page: shard one is the primary index, shard two is merged into it. */
const portal = (north: string, south: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>全国干部选拔任用公示联合检索</title></head>
<body><h1>联合检索</h1>
<script type="module">
  const pagefind = await import('/north/pagefind/${north}/pagefind.js');
  await pagefind.options({ baseUrl: '/north/', mergeFilter: { jurisdiction: '云岚市' } });
  await pagefind.mergeIndex('/south/pagefind/${south}/', { baseUrl: '/south/', mergeFilter: { jurisdiction: '青屿市' } });
  window.federated = async (query, filters = {}) => {
    const found = await pagefind.search(query, { filters });
    const data = await Promise.all(found.results.slice(0, 40).map((r) => r.data()));
    return { total: found.results.length, urls: data.map((d) => d.url), titles: data.map((d) => d.meta.title ?? '') };
  };
  document.body.dataset.ready = 'true';
</script></body></html>`;

let portalDir: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  portalDir = mkdtempSync(join(tmpdir(), 'gongshi-portal-'));
  for (const shard of SHARDS) {
    const root = join(portalDir, '.shards', shard.path);
    mkdirSync(root, { recursive: true });
    writeJurisdiction(root, join(ROOT, 'content', 'calendar'), { records: 250, seed: shard.seed, city: shard.city });
    // Each shard seals its own ledger, then is a complete, separate build: validate, Astro, its own Pagefind index.
    execFileSync(process.execPath, ['scripts/seal.ts', '--root', root], { cwd: ROOT, env: { ...process.env, GONGSHI_TODAY: SYNTH_TODAY, GONGSHI_SIGNING_KEY: '' }, stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/build.ts', '--root', root, '--out', join(root, 'dist')], {
      cwd: ROOT,
      env: { ...process.env, GONGSHI_TODAY: SYNTH_TODAY },
      stdio: 'inherit',
    });
    symlinkSync(join(root, 'dist'), join(portalDir, shard.path), 'dir');
  }
  // Each shard's index is one search bundle (a small site has one): /{shard}/pagefind/{bundle}/.
  const bundle = (shard: string) => readdirSync(join(portalDir, '.shards', shard, 'dist', 'pagefind'), { withFileTypes: true }).find((d) => d.isDirectory())!.name;
  writeFileSync(join(portalDir, 'index.html'), portal(bundle('north'), bundle('south')));
  server = await serve(portalDir);
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (portalDir) rmSync(portalDir, { recursive: true, force: true });
});

type Federated = { total: number; urls: string[]; titles: string[] };
const search = (query: string, filters: Record<string, string[]> = {}) =>
  page.evaluate(
    ([q, f]) => (window as unknown as { federated: (q: string, f: object) => Promise<Federated> }).federated(q, f),
    [query, filters] as const,
  );

describe('a national portal merging two separately built jurisdictions', () => {
  it('finds pages of both shards for one query', async () => {
    const found = await search('任前公示');
    expect(found.urls.some((u) => u.startsWith('/north/'))).toBe(true);
    expect(found.urls.some((u) => u.startsWith('/south/'))).toBe(true);
  });

  it('links every result to a page that exists in its shard', async () => {
    const found = await search('任前公示');
    for (const url of found.urls.slice(0, 6)) {
      const res = await page.request.get(`${server.url}${url}`);
      expect(res.status(), url).toBe(200);
    }
  });

  it.each([
    ['云岚市', '/north/'],
    ['青屿市', '/south/'],
  ])('narrows to %s with the filter its shard was merged under', async (jurisdiction, prefix) => {
    const all = await search('任前公示');
    const found = await search('任前公示', { jurisdiction: [jurisdiction] });
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    expect(found.urls.every((u) => u.startsWith(prefix))).toBe(true);
  });
});

describe('the two jurisdictions’ ledgers', () => {
  const shard = (i: number) => join(portalDir, '.shards', SHARDS[i]!.path);
  const config = (i: number) => ledgerConfigOf(parse(readFileSync(join(shard(i), 'content/site.yaml'), 'utf8')))!;
  const note = (i: number) => readFileSync(join(shard(i), 'dist/ledger/checkpoint'), 'utf8');

  it('each publish a checkpoint whose origin is their own site, and each verifies as itself', async () => {
    expect(parseCheckpointNote(note(0)).checkpoint!.origin).toBe('gongshi.yunlan.example/ledger');
    expect(parseCheckpointNote(note(1)).checkpoint!.origin).toBe('gongshi.qingyu.example/ledger');
    for (const i of [0, 1]) expect((await verifyLog(folderFetcher(join(shard(i), 'dist')), config(i))).ok).toBe(true);
  });

  it('are not interchangeable: one’s checkpoint is refused as the other’s, old or current', async () => {
    const north = folderFetcher(join(shard(0), 'dist'));
    const r = await verifyExtends(north, config(0), note(1));
    expect(r.ok).toBe(false);
    expect(r.checks.map((c) => c.message)).toEqual(['旧检查点的来源是gongshi.qingyu.example/ledger，不是本站日志gongshi.yunlan.example/ledger：这是另一个日志的检查点，不能用来核验本站']);
    // South's checkpoint served in place of north's: the north reader's pinned origin rejects it.
    const swapped = async (path: string) => (path === 'ledger/checkpoint' ? new TextEncoder().encode(note(1)) : north(path));
    const log = await verifyLog(swapped, config(0));
    expect(log.ok).toBe(false);
    expect(log.checks.map((c) => c.message).join('\n')).toContain('不是本站日志gongshi.yunlan.example/ledger');
  });
});
