/**
 * The record files a build writes aside while Astro renders are moved into the built site
 * (scripts/post-build.ts moveInto): folders the site lacks are renamed in whole, shared folders
 * merged, a file replaces the site's, and a file of the site that has other names (Astro's cache
 * linked in) is never written through.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveInto } from '../../../scripts/post-build.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-move-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function contents(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) Object.assign(out, contents(dir, p));
    else out[p] = readFileSync(join(dir, p), 'utf8');
  }
  return out;
}

describe('moving the record files into the built site', () => {
  it('renames in the folders the site lacks, merges the ones it has, and replaces a file of the same name', () => {
    const site = tree({ 'index.html': '首页', 'data/catalog.json': '目录', 'ledger/index.html': '日志页', 'ledger/checkpoint': '旧检查点' });
    const aside = tree({ 'data/publicities/a.json': '{"甲":1}', 'data/people/b.json': '{"乙":2}', 'ledger/checkpoint': '新检查点', 'ledger/tile/0/000': '瓦片' });
    const folder = statSync(join(aside, 'data/publicities')).ino;
    moveInto(aside, site);
    expect(contents(site)).toEqual({
      'index.html': '首页',
      'data/catalog.json': '目录',
      'data/publicities/a.json': '{"甲":1}',
      'data/people/b.json': '{"乙":2}',
      'ledger/index.html': '日志页',
      'ledger/checkpoint': '新检查点',
      'ledger/tile/0/000': '瓦片',
    });
    // Renamed, not copied: the same folder, now in the site.
    expect(statSync(join(site, 'data/publicities')).ino).toBe(folder);
    expect(contents(aside)).toEqual({});
  });

  it('replaces a linked file of the site by its entry, leaving the other name as it was', () => {
    const site = tree({ 'ledger/checkpoint': '缓存中的字节' });
    const cache = tree({});
    linkSync(join(site, 'ledger/checkpoint'), join(cache, 'cached'));
    moveInto(tree({ 'ledger/checkpoint': '新检查点' }), site);
    expect(readFileSync(join(site, 'ledger/checkpoint'), 'utf8')).toBe('新检查点');
    expect(readFileSync(join(cache, 'cached'), 'utf8')).toBe('缓存中的字节');
  });

  it('stops with a Chinese message naming the path where a file meets a folder', () => {
    const site = tree({ 'data/people': '一个文件' });
    expect(() => moveInto(tree({ 'data/people/b.json': '{}' }), site)).toThrow(/记录文件与页面路径冲突：.*data\/people在一处是文件夹、另一处是文件/);
    const other = tree({ 'data/people/x.json': '{}' });
    expect(() => moveInto(tree({ 'data/people': '文件' }), other)).toThrow(/记录文件与页面路径冲突/);
  });
});
