/**
 * The incremental build publishes exactly what a clean build would. A synthetic jurisdiction of a
 * few hundred records is sealed and built; then a clerk's day of edits — a new notice, a new
 * correction of a published notice, a person's name corrected, and the reference date moved on by
 * 0–2 days — is sealed and built again on top of the kept Astro cache. A copy of the edited
 * jurisdiction is then built from nothing, and every file a citizen receives must be byte-identical.
 *
 * The edits are drawn from a seed: fixed in CI, GONGSHI_PROPERTY_SEED=random (or a number) locally.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTH_TODAY } from '../../../bench/synth/generate.ts';
import { createRng } from '../../../bench/synth/prng.ts';
import { writeJurisdiction } from '../../../bench/synth/write.ts';
import { editPerson, holdBack } from '../../../bench/synth/edits.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { propertySeed } from '../../fixtures/property.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
const SEED = String(propertySeed());

const work = mkdtempSync(join(tmpdir(), 'gongshi-incremental-'));
// Four built sites: removing them under load can take longer than the default hook limit.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

// The incremental builds run the post-build pass on two threads whatever the site's size
// (src/build/checks/lanes.ts); the clean build below, at this size, runs it on one.
const LANES = { GONGSHI_LANES_FROM: '0' };

function run(script: string, root: string, today: string): void {
  execFileSync(process.execPath, [script, '--root', root], { cwd: PROJECT, env: { ...process.env, GONGSHI_TODAY: today, GONGSHI_SIGNING_KEY: '', ...LANES }, stdio: 'pipe' });
}
const sealAndBuild = (root: string, today: string) => {
  run('scripts/seal.ts', root, today);
  run('scripts/build.ts', root, today);
};

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const problemsOf = (root: string, today: string) => validateContent(root, today).problems;

describe(`incremental build (seed ${SEED})`, () => {
  it('after a new notice, a correction and an edited person, publishes the same bytes as a clean build, rendering only what changed', { timeout: 600_000 }, () => {
    const rng = createRng(`incremental-${SEED}`);
    const root = join(work, 'incremental');
    writeJurisdiction(root, join(PROJECT, 'content', 'calendar'), { records: 300, seed: SEED, today: SYNTH_TODAY });
    const content = join(root, 'content');
    const held = holdBack(root, SYNTH_TODAY, rng, join(work, 'aside'));
    const { notice, correction } = held;
    expect(problemsOf(root, SYNTH_TODAY)).toEqual([]);
    sealAndBuild(root, SYNTH_TODAY);
    const firstManifest = JSON.parse(readFileSync(join(root, '.astro-cache', 'incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, unknown> }> };
    const keyed = Object.values(firstManifest.routes).reduce((n, r) => n + Object.keys(r.paths).length, 0);
    expect(keyed).toBeGreaterThan(300);

    // The day's edits.
    held.publishNotice();
    held.publishCorrection();
    const personFile = editPerson(root, rng);
    const today = addDays(SYNTH_TODAY, rng.int(0, 2));
    expect(problemsOf(root, today)).toEqual([]);

    const cacheFiles = join(root, '.astro-cache', 'dist');
    const before = Date.now();
    sealAndBuild(root, today);
    const rendered = files(cacheFiles).filter((f) => statSync(join(cacheFiles, f)).mtimeMs >= before - 1);

    // The same content and ledger, built from nothing.
    const clean = join(work, 'clean');
    cpSync(content, join(clean, 'content'), { recursive: true });
    cpSync(join(root, 'ledger'), join(clean, 'ledger'), { recursive: true });
    const cold = execFileSync(process.execPath, ['scripts/build.ts', '--root', clean], { cwd: PROJECT, env: { ...process.env, GONGSHI_TODAY: today, GONGSHI_SIGNING_KEY: '' }, encoding: 'utf8', stdio: 'pipe' });
    // A build with no cache says why it rendered every page.
    expect(cold).toMatch(/没有上次构建留下的缓存记录，全部\d+个页面重新生成/);

    const a = files(join(root, 'dist'));
    const b = files(join(clean, 'dist'));
    expect(a).toEqual(b);
    // Each record's data file and the ledger's files (written aside while Astro renders, then moved in).
    const keys = validateContent(root, today).sources.map((r) => r.key);
    expect(keys.length).toBeGreaterThan(290);
    expect(a.filter((f) => f.startsWith('data/') && f.endsWith('.json') && keys.includes(f.slice(5, -5))).length).toBe(keys.length);
    expect(a).toContain(`data/${notice.replace(/\.yaml$/, '.json')}`);
    expect(a).toContain('ledger/checkpoint');
    const differ = a.filter((f) => !readFileSync(join(root, 'dist', f)).equals(readFileSync(join(clean, 'dist', f))));
    expect(differ).toEqual([]);
    // No published file shares its inode with Astro's cache, which Astro writes in place when it renders a page again.
    const cached = new Set(files(cacheFiles).map((f) => statSync(join(cacheFiles, f)).ino));
    expect(a.filter((f) => cached.has(statSync(join(root, 'dist', f)).ino))).toEqual([]);
    // Built again with nothing changed, every file is the published one again: none is checked,
    // none had to be copied away from the cache (a feed checked but not rewritten used to be, each build).
    const again = execFileSync(process.execPath, ['scripts/build.ts', '--root', root], { cwd: PROJECT, env: { ...process.env, GONGSHI_TODAY: today, GONGSHI_SIGNING_KEY: '', GONGSHI_BUILD_ALWAYS: '1', ...LANES }, encoding: 'utf8', stdio: 'pipe' });
    expect(again).toMatch(/检查0个文件/);
    expect(again).not.toMatch(/仍与缓存共用/);
    // Nor did Astro render a whole route again: its config, lockfile and code hashes held.
    expect(again).not.toMatch(/重新生成/);

    // And it was incremental: most keyed pages came from the cache, the changed ones were rendered.
    const personPage = personFile.replace(/\.yaml$/, '/index.html');
    expect(rendered).toContain(personPage);
    expect(rendered).toContain(`${notice.replace(/\.yaml$/, '')}/index.html`);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(keyed / 2);
    console.log(`seed ${SEED}: ${rendered.length} of ${keyed} keyed pages rendered again (${today}; +${notice}, +${correction}, person ${personPage})`);
  });
});
