/**
 * The post-build pass on two threads (src/build/checks/lanes.ts) gives what the one-thread pass
 * gives: the same issues in the same order, the same bytes written, the same record for the next
 * build and the same counts, whatever the part size and whichever thread does the parts; a worker
 * that fails after doing a part costs time, never an answer.
 */
import { cpSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../../src/build/checks/built-site.ts';
import { passContext, runChecks } from '../../../../src/build/checks/index.ts';
import { runChecksOnLanes, type LaneOptions } from '../../../../src/build/checks/lanes.ts';
import type { ReuseOptions } from '../../../../src/build/checks/pass.ts';
import { cspWriter } from '../../../../src/build/csp.ts';
import type { PublishedFiles } from '../../../../src/build/published-files.ts';
import { page, tmpSite } from './tmp-site.ts';

/** A site of `n` pages with an issue of every check here and there, links forward and back, anchors and feeds. */
function site(n: number, variant = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    const body = [
      `<h2 id="p${i}">第${i}页${variant}</h2>`,
      `<a href="/p/${next}/#p${next}">下一页</a>`,
      `<a href="/p/${(i + n - 1) % n}/">上一页</a>`,
      i % 7 === 3 ? '<a href="/gone/">旧链接</a>' : '',
      i % 9 === 4 ? `<a href="/p/${next}/#nowhere">错锚点</a>` : '',
      i % 11 === 5 ? '<p>联系电话13912345678</p>' : '<p>jubao@wangchuan.example</p>',
      i % 13 === 6 ? '<script src="https://cdn.example/a.js"></script>' : '',
      i % 5 === 1 ? '<script>go()</script><p style="color:red">注</p>' : '',
    ].join('');
    out[`p/${i}/index.html`] = page(body);
  }
  out['index.html'] = page('<a href="/p/0/">首页</a><a href="/p/1/#p1">一</a>');
  out['feeds/all.xml'] = `<rss><channel><link>https://gongshi.wangchuan.example/p/2/</link><link>https://gongshi.wangchuan.example/nope/</link><title>\u0001</title></channel></rss>`;
  return out;
}

/** Every file of `dir` by path → text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The record without what differs between two folders of the same bytes (the new files' inodes and mtimes). */
function portable(record: PublishedFiles | undefined, dist: string, published?: string) {
  if (!record) return record;
  return {
    context: record.context,
    files: Object.fromEntries(
      Object.entries(record.files).map(([f, e]) => {
        const linked = published !== undefined && statSync(join(published, f), { throwIfNoEntry: false })?.ino === e.i;
        expect(statSync(join(dist, f)).ino).toBe(e.i);
        return [f, { h: e.h, s: e.s, k: e.k, a: e.a !== undefined, linked }];
      }),
    ),
  };
}

/** The one-thread pass and the two-thread pass over two copies of `files`, with reuse of `published` when given. */
function both(files: Record<string, string>, options: Omit<LaneOptions, 'reuse'>, published?: { dist: string; record: PublishedFiles; root: string }) {
  const { root, dir: one } = tmpSite(files);
  // In a folder of its own: a test worker leaves a mark beside the site it checks.
  const two = join(mkdtempSync(join(tmpdir(), 'gongshi-lanes-')), 'site');
  cpSync(one, two, { recursive: true });
  const ctxRoot = published?.root ?? root;
  const reuse = (): ReuseOptions | undefined => published && { site: published.dist, before: published.record, context: passContext(ctxRoot) };
  const r1 = reuse();
  const serial = runChecks(one, ctxRoot, undefined, { rewriteHtml: options.csp ? cspWriter().rewrite : undefined, reuse: r1 });
  const r2 = reuse();
  const lanes = runChecksOnLanes(two, ctxRoot, { ...options, reuse: r2, from: 0 });
  return { root, one, two, serial, lanes, r1, r2 };
}

describe('the post-build pass on two threads', () => {
  it('reports the issues a one-thread pass reports, in its order, and writes the same bytes, whatever the part size and share', () => {
    for (const part of [1, 3, 64]) {
      for (const workerOnly of [false, true]) {
        for (const csp of [false, true]) {
          const { one, two, serial, lanes } = both(site(40), { part, workerOnly, csp });
          expect(serial.length).toBeGreaterThan(15);
          expect(new Set(serial.map((i) => i.check))).toEqual(new Set(csp ? ['links', 'privacy', 'third-party', 'xml-chars'] : ['links', 'privacy', 'third-party', 'csp', 'xml-chars']));
          expect(lanes).toEqual(serial);
          expect(contents(two)).toEqual(contents(one));
        }
      }
    }
  });

  it('reuses and records the files the one-thread pass reuses and records, with the same memos', () => {
    const first = tmpSite(site(30));
    const reuse: ReuseOptions = { site: join(first.root, 'nothing-yet'), context: passContext(first.root) };
    runChecks(first.dir, first.root, undefined, { rewriteHtml: cspWriter().rewrite, reuse });
    const published = { dist: first.dir, record: reuse.after!, root: first.root };
    // Every page changes its heading text but a few; some pages lose their anchor target.
    const next = site(30);
    for (const p of [2, 5, 17]) next[`p/${p}/index.html`] = page(`<h2>改过的第${p}页</h2><a href="/p/0/">首页</a>`);
    for (const part of [2, 7]) {
      for (const workerOnly of [false, true]) {
        const { one, two, serial, lanes, r1, r2 } = both(next, { part, workerOnly, csp: true }, published);
        expect(r1!.counts!.reused).toBeGreaterThan(20);
        expect(r1!.counts!.checked).toBe(3);
        expect(r2!.counts).toEqual(r1!.counts);
        expect(lanes).toEqual(serial);
        expect(serial.some((i) => i.message.includes('#p2'))).toBe(true);
        expect(contents(two)).toEqual(contents(one));
        expect(portable(r2!.after, two, first.dir)).toEqual(portable(r1!.after, one, first.dir));
      }
    }
  });

  it('does again on this thread a part the worker did but never answered, to the same result, with and without reuse', () => {
    const failing = new URL('./workers/fails-midway.ts', import.meta.url);
    for (const workerOnly of [false, true]) {
      const { one, two, serial, lanes } = both(site(25), { part: 4, workerOnly, csp: true, worker: failing });
      // When this thread takes parts too it may finish them all before the worker has started.
      if (workerOnly) expect(existsSync(join(two, '..', 'lane-started'))).toBe(true);
      expect(lanes).toEqual(serial);
      expect(contents(two)).toEqual(contents(one));
    }
    // A part the worker linked to the published files before failing is recognised as linked.
    const first = tmpSite(site(20));
    const reuse: ReuseOptions = { site: join(first.root, 'nothing-yet'), context: passContext(first.root) };
    runChecks(first.dir, first.root, undefined, { rewriteHtml: cspWriter().rewrite, reuse });
    const next = site(20);
    next['p/4/index.html'] = page('<h2>改过</h2><a href="/p/0/">首页</a>');
    const { one, two, serial, lanes, r1, r2 } = both(next, { part: 3, workerOnly: true, csp: true, worker: failing }, { dist: first.dir, record: reuse.after!, root: first.root });
    expect(lanes).toEqual(serial);
    expect(r2!.counts).toEqual(r1!.counts);
    expect(contents(two)).toEqual(contents(one));
    expect(portable(r2!.after, two, first.dir)).toEqual(portable(r1!.after, one, first.dir));
  });

  it('starts no worker below its threshold or with GONGSHI_WORKERS=0, and one at or above it', () => {
    const marker = new URL('./workers/fails-midway.ts', import.meta.url);
    const { root, dir } = tmpSite(site(12));
    const mark = join(root, 'lane-started');
    const serial = runChecks(dir, root);
    expect(runChecksOnLanes(dir, root, { worker: marker, workerOnly: true })).toEqual(serial);
    expect(existsSync(mark)).toBe(false);
    process.env.GONGSHI_WORKERS = '0';
    try {
      expect(runChecksOnLanes(dir, root, { from: 0, worker: marker, workerOnly: true })).toEqual(serial);
      expect(existsSync(mark)).toBe(false);
    } finally {
      delete process.env.GONGSHI_WORKERS;
    }
    process.env.GONGSHI_LANES_FROM = '10';
    try {
      expect(runChecksOnLanes(dir, root, { worker: marker, workerOnly: true })).toEqual(serial);
      expect(existsSync(mark)).toBe(true);
    } finally {
      delete process.env.GONGSHI_LANES_FROM;
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('never writes through a file that has other names', () => {
    const { root, dir } = tmpSite(site(8));
    const outside = mkdtempSync(join(tmpdir(), 'gongshi-lanes-cache-'));
    linkSync(join(dir, 'p/3/index.html'), join(outside, 'cached.html'));
    const before = readFileSync(join(outside, 'cached.html'), 'utf8');
    runChecksOnLanes(dir, root, { csp: true, from: 0, part: 2, workerOnly: true });
    expect(readFileSync(join(outside, 'cached.html'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'p/3/index.html'), 'utf8')).toContain('Content-Security-Policy');
    expect(statSync(join(dir, 'p/3/index.html')).ino).not.toBe(statSync(join(outside, 'cached.html')).ino);
  });
});
