/**
 * A build killed while Astro runs (a clerk's terminal closed, the machine's OOM killer): Astro's
 * child stops with it instead of writing on into its folder, and the next build, finding that
 * folder left behind, removes it and voids Astro's cache, so the build after renders every page afresh (Astro's cache is voided, src/build/astro-cache-links.ts)
 * and publishes a site equal to a clean build's. And a build whose linking of the cache fails (the
 * child already started, src/pipeline/parent-handoff.ts) stops the child before it writes a page.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_MANIFEST } from '../../../src/build/astro-cache-links.ts';
import { PROJECT, tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

const root = tmpJurisdiction();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { ...process.env, GONGSHI_TODAY: '2026-11-20' };

/** Pids of Astro children building `root`, from /proc. */
function astroChildren(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmd.includes('--astro-only') && cmd.includes(root)) pids.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

const until = async (what: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
};

describe('a build killed while Astro runs', () => {
  it('takes Astro’s child with it, and the next build starts afresh and publishes', { timeout: 300_000 }, async () => {
    const build = (always = '') => execFileSync(process.execPath, ['scripts/build.ts', '--root', root, '--out', 'out'], { cwd: PROJECT, env: { ...env, GONGSHI_BUILD_ALWAYS: always }, encoding: 'utf8', stdio: 'pipe' });
    build();
    expect(existsSync(join(root, '.astro-cache', ASTRO_MANIFEST))).toBe(true);

    const parent = spawn(process.execPath, ['scripts/build.ts', '--root', root, '--out', 'out'], { cwd: PROJECT, env: { ...env, GONGSHI_BUILD_ALWAYS: '1' }, stdio: 'ignore' });
    expect(await until(() => astroChildren().length > 0 && existsSync(join(root, 'out.astro-out')), 120_000)).toBe(true);
    const manifest = join(root, '.astro-cache', ASTRO_MANIFEST);
    const before = statSync(manifest).mtimeMs;
    parent.kill('SIGKILL');
    expect(await until(() => astroChildren().length === 0, 60_000)).toBe(true);
    // It stopped, not finished: a child that ran on would have written its manifest at the end.
    expect(statSync(manifest).mtimeMs).toBe(before);
    expect(existsSync(join(root, 'out.astro-out'))).toBe(true);

    const published = readFileSync(join(root, 'out', 'index.html'), 'utf8');
    // Nothing changed since the published build, so the next build stops early; it still clears
    // Astro's folder and voids the cache that folder's links could have written into.
    expect(build()).toContain('无需重新构建');
    expect(existsSync(join(root, 'out.astro-out'))).toBe(false);
    expect(existsSync(join(root, '.astro-cache', ASTRO_MANIFEST))).toBe(false);
    const again = build('1');
    expect(again).toContain('已生成out/');
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe(published);
    // The cache was voided, so nothing was linked from it, and a fresh manifest was written.
    expect(again).toContain('Astro缓存：0个页面文件已链接到构建目录');
    expect(existsSync(join(root, '.astro-cache', ASTRO_MANIFEST))).toBe(true);
  });

  it('stops Astro’s child when linking its cache in fails, before it writes a page; publishes nothing; voids the cache so the next build renders afresh', { timeout: 300_000 }, async () => {
    const build = () => execFileSync(process.execPath, ['scripts/build.ts', '--root', root, '--out', 'out'], { cwd: PROJECT, env: { ...env, GONGSHI_BUILD_ALWAYS: '1' }, encoding: 'utf8', stdio: 'pipe' });
    build();
    const manifestFile = join(root, '.astro-cache', ASTRO_MANIFEST);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
    // A page's output named again as a folder: linking one of the two must fail (not a missing file, which is skipped).
    const route = Object.values(manifest.routes).find((r) => Object.keys(r.paths).length > 0)!;
    const [path, entry] = Object.entries(route.paths)[0]!;
    route.paths[`${path}sub/`] = { ...entry, outputFile: entry.outputFile.replace(/index\.html$/, 'index.html/sub/index.html') };
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const published = readFileSync(join(root, 'out', 'index.html'), 'utf8');

    let failure = '';
    try {
      build();
    } catch (err) {
      failure = String((err as { stderr?: string }).stderr);
    }
    expect(failure).toMatch(/构建失败，dist\/保持不变：.*(ENOTDIR|EEXIST)/);
    // The child, started before the links, was waiting for them and is gone without a trace.
    expect(await until(() => astroChildren().length === 0, 30_000)).toBe(true);
    expect(readdirSync(root).filter((n) => /^out\.(astro-out|tmp-|validated-|linked-|outputs-|records-)/.test(n))).toEqual([]);
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe(published);
    expect(existsSync(manifestFile)).toBe(false);

    const again = build();
    expect(again).toContain('Astro缓存：0个页面文件已链接到构建目录');
    expect(again).toMatch(/没有上次构建留下的缓存记录，全部\d+个页面重新生成/);
    expect(readFileSync(join(root, 'out', 'index.html'), 'utf8')).toBe(published);
  });
});
