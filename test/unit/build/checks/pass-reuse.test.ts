/**
 * The pass over a rebuilt site reuses the files that are byte for byte those of the published site
 * (src/build/published-files.ts), and still judges every link against this build's files: a page
 * left unchanged that links to a page now gone, or to an id its target lost, is reported.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passContext, runChecks } from '../../../../src/build/checks/index.ts';
import type { ReuseOptions } from '../../../../src/build/checks/pass.ts';
import { cspWriter } from '../../../../src/build/csp.ts';
import type { PublishedFiles } from '../../../../src/build/published-files.ts';
import { page, tmpSite } from './tmp-site.ts';

const SITE = {
  'index.html': page('<a href="/b/">乙</a><a href="/c/#part">丙</a><p>jubao@wangchuan.example</p><script>go()</script>'),
  'b/index.html': page('<a href="/">首页</a>'),
  'c/index.html': page('<h2 id="part">部分</h2><a href="/b/">乙</a>'),
  'feed.xml': '<rss><channel><link>https://gongshi.wangchuan.example/b/</link></channel></rss>',
};

/** Build `files` as Astro output into a fresh folder beside the published one, and run the pass with reuse. */
function rebuild(root: string, published: string, record: PublishedFiles | undefined, files: Record<string, string | null>) {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-rebuild-'));
  for (const [path, text] of Object.entries({ ...SITE, ...files })) {
    if (text === null) continue;
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const reuse: ReuseOptions = { site: published, before: record, context: passContext(root) };
  const issues = runChecks(dir, root, undefined, { rewriteHtml: cspWriter().rewrite, reuse });
  return { dir, issues, reuse };
}

/** A published site of SITE (root/dist, after the pass) and its record. */
function published() {
  const { root, dir } = tmpSite(SITE);
  const reuse: ReuseOptions = { site: join(root, 'nothing-yet'), context: passContext(root) };
  expect(runChecks(dir, root, undefined, { rewriteHtml: cspWriter().rewrite, reuse })).toEqual([]);
  expect(reuse.counts).toEqual({ reused: 0, checked: 4 });
  return { root, dist: dir, record: reuse.after! };
}

describe('the post-build pass on a rebuilt site', () => {
  it('reuses unchanged files as links to the published ones, with the bytes a full pass writes', () => {
    const { root, dist, record } = published();
    const { dir, issues, reuse } = rebuild(root, dist, record, { 'b/index.html': page('<a href="/">回首页</a>') });
    expect(issues).toEqual([]);
    expect(reuse.counts).toEqual({ reused: 3, checked: 1 });
    expect(statSync(join(dir, 'index.html')).ino).toBe(statSync(join(dist, 'index.html')).ino);
    expect(statSync(join(dir, 'b/index.html')).ino).not.toBe(statSync(join(dist, 'b/index.html')).ino);
    // The same page run through the whole pass from nothing.
    const { dir: fresh } = rebuild(root, dist, undefined, { 'b/index.html': page('<a href="/">回首页</a>') });
    for (const f of ['index.html', 'b/index.html', 'c/index.html', 'feed.xml']) expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(fresh, f), 'utf8'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
    // The published file was not written through the link.
    expect(readFileSync(join(dist, 'b/index.html'), 'utf8')).toContain('首页');
    expect(readFileSync(join(dist, 'b/index.html'), 'utf8')).not.toContain('回首页');
    rmSync(root, { recursive: true, force: true });
  });

  it('reports a link from an unchanged page (and feed) to a page that is gone', () => {
    const { root, dist, record } = published();
    const { issues, reuse } = rebuild(root, dist, record, { 'b/index.html': null, 'c/index.html': page('<h2 id="part">部分</h2>') });
    expect(reuse.counts).toEqual({ reused: 2, checked: 1 });
    expect(issues.map((i) => [i.check, i.file, i.message])).toEqual([
      ['links', 'feed.xml', '<link> “https://gongshi.wangchuan.example/b/”指向的/b/不存在'],
      ['links', 'index.html', '<a href> “/b/”指向的/b/不存在'],
    ]);
    rmSync(root, { recursive: true, force: true });
  });

  it('reports an anchor of an unchanged page whose target page lost the id', () => {
    const { root, dist, record } = published();
    const { issues } = rebuild(root, dist, record, { 'c/index.html': page('<h2 id="other">部分</h2><a href="/b/">乙</a>') });
    expect(issues.map((i) => [i.file, i.message])).toEqual([['index.html', '<a href> “/c/#part”的锚点 #part在c/index.html中没有对应的id']]);
    rmSync(root, { recursive: true, force: true });
  });

  it('checks every file again when the context changed (here: a channel no longer declared)', () => {
    const { root, dist, record } = published();
    const yaml = join(root, 'content', 'site.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^  email: .*\n/m, ''));
    const { issues, reuse } = rebuild(root, dist, record, {});
    expect(reuse.counts).toEqual({ reused: 0, checked: 4 });
    expect(issues.map((i) => [i.check, i.file])).toEqual([['privacy', 'index.html']]);
    rmSync(root, { recursive: true, force: true });
  });

  it('takes a file as new when the published copy was edited by hand', () => {
    const { root, dist, record } = published();
    writeFileSync(join(dist, 'c/index.html'), readFileSync(join(dist, 'c/index.html'), 'utf8').replace('部分', '改过'));
    const { dir, reuse } = rebuild(root, dist, record, {});
    expect(reuse.counts).toEqual({ reused: 3, checked: 1 });
    expect(readFileSync(join(dir, 'c/index.html'), 'utf8')).toContain('部分');
    rmSync(root, { recursive: true, force: true });
  });
});
