import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, searchLanes } from '../../../src/build/search-index.ts';

const site = mkdtempSync(join(tmpdir(), 'gongshi-index-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = (path: string, body: string, searchable: boolean) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><nav>导航</nav><main${searchable ? ' data-pagefind-body' : ''}>${body}</main></body></html>`,
  );
};
page('people/lin-xc', '<h1>林晓川</h1><p>望川市交通运输局综合规划科科长</p><span data-pagefind-filter="kind:人员"></span>', true);
page('units/jtj', '<h1>望川市交通运输局</h1>', true);
page('people', '<h1>人员</h1><p>列表页不进索引</p>', false);

describe('the search index step', () => {
  it('indexes only the pages marked searchable and writes one Chinese index', { timeout: 30_000 }, async () => {
    const report = await indexSite(site);
    expect(report.pages).toBe(3);
    // One fragment per indexed page: the list page without data-pagefind-body is read but left out.
    expect(report.fragments).toBe(2);
    const files = readdirSync(join(site, 'pagefind'));
    expect(files.some((f) => /^pagefind\.zh-cn_.+\.pf_meta$/.test(f))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(report.bytes).toBeGreaterThan(0);
  });

  it('leaves out the ready-made search interfaces the site does not use', () => {
    expect(readdirSync(join(site, 'pagefind')).filter((f) => /-ui\.|highlight/.test(f))).toEqual([]);
  });
});

describe('the search index in bundles', () => {
  it('indexes each bundle on its own into pagefind/{id}/, with the pages it names and the site’s URLs', { timeout: 60_000 }, async () => {
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    const report = await indexSite(
      site,
      [
        { id: '2026', pages: ['/people/lin-xc/'] },
        { id: '2025', pages: ['/units/jtj/', '/gone/'] },
      ],
      1,
    );
    expect(report.bundles.map((b) => [b.id, b.pages])).toEqual([
      ['2026', 1],
      ['2025', 1],
    ]);
    for (const id of ['2026', '2025']) expect(existsSync(join(site, 'pagefind', id, 'pagefind.js'))).toBe(true);
    // Each bundle's own Pagefind process is costed: CPU time from this process's children counters (Linux).
    // Counted in clock ticks (10 ms), so a one-page process may be charged none: seen once in CI (2026-12-03).
    if (process.platform === 'linux') {
      for (const b of report.bundles) expect(b.cpuMs, b.id).toBeGreaterThanOrEqual(0);
      expect(report.cpuMs).toBeGreaterThanOrEqual(report.bundles.reduce((n, b) => n + b.cpuMs!, 0));
    }
    expect(readdirSync(join(site, 'pagefind', '2026', 'fragment'))).toHaveLength(1);
    // The staging folders are gone, so the checks and the published site never see them.
    expect(readdirSync(site).filter((n) => n.startsWith('.search-stage-'))).toEqual([]);
  });

  it('writes the same bundles two at a time as one at a time, with the CPU time of all of them', { timeout: 60_000 }, async () => {
    const plan = [
      { id: 'a', pages: ['/people/lin-xc/', '/units/jtj/'] },
      { id: 'b', pages: ['/units/jtj/'] },
      { id: 'c', pages: ['/people/lin-xc/'] },
    ];
    const files = () => Object.fromEntries(readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort().filter((f) => statSync(join(site, 'pagefind', f)).isFile()).map((f) => [f, readFileSync(join(site, 'pagefind', f)).toString('base64')]));
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    const one = await indexSite(site, plan, 1);
    const serial = files();
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    const two = await indexSite(site, plan, 2);
    expect(Object.keys(serial).length).toBeGreaterThan(10);
    expect(files()).toEqual(serial);
    // Reported in the plan's order whichever finished first.
    expect(two.bundles.map((b) => [b.id, b.pages])).toEqual(one.bundles.map((b) => [b.id, b.pages]));
    if (process.platform === 'linux') expect(two.cpuMs).toBeGreaterThan(0);
  });

  it('stops taking bundles when one fails, and throws its error', async () => {
    await expect(indexSite(site, [{ id: 'ok', pages: ['/units/jtj/'] }, { id: 'x', pages: ['/nothing/'] }, { id: 'y', pages: ['/nothing/'] }], 2)).rejects.toThrow('搜索分卷x没有可索引的网页');
    expect(readdirSync(site).filter((n) => n.startsWith('.search-stage-'))).toEqual([]);
  });

  it('runs two Pagefind processes at a time on two cores, or as many as GONGSHI_SEARCH_LANES says, never more than the cores', () => {
    const cores = process.env.GONGSHI_WORKERS === '0' ? 1 : availableParallelism();
    expect(searchLanes({})).toBe(Math.min(2, cores));
    expect(searchLanes({ GONGSHI_SEARCH_LANES: 'two' })).toBe(Math.min(2, cores));
    expect(searchLanes({ GONGSHI_SEARCH_LANES: '1' })).toBe(1);
    expect(searchLanes({ GONGSHI_SEARCH_LANES: '64' })).toBe(cores);
  });

  it('refuses a bundle with no page to index', async () => {
    await expect(indexSite(site, [{ id: 'x', pages: ['/nothing/'] }])).rejects.toThrow('搜索分卷x没有可索引的网页');
  });
});
