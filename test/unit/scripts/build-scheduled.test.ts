/**
 * The build over time: a record dated after the reference date leaves no trace in the site (no
 * page, feed item, search entry or data file) until the build on its day publishes it; the new site
 * is swapped in by renames, the replaced one removed after the build returns, and what interrupted
 * builds left beside dist/ is removed. Moved back a day, the build takes the record out again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpJurisdiction, PROJECT } from '../../fixtures/tmp-jurisdiction.ts';

const root = tmpJurisdiction(); // no ledger: nothing is sealed, so the 2026-11-26 record waits for its day
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ID = '2026-hbj-fjz-bzrr';
const TITLE = '姚振邦同志不再任用的说明';

function build(today: string): string {
  return execFileSync(process.execPath, [join(PROJECT, 'scripts/build.ts'), '--root', root, '--out', 'out'], {
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, GONGSHI_TODAY: today },
  });
}

/** Every built file (path relative to out/) whose path or text names the record. */
function traces(): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const d of readdirSync(join(root, 'out', sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory()) walk(rel);
      else if (rel.includes(ID) || (/\.(html|xml|json|jsonl|csv|ics|txt)$/.test(rel) && /2026-hbj-fjz-bzrr|姚振邦同志不再任用的说明/.test(readFileSync(join(root, 'out', rel), 'utf8')))) out.push(rel);
    }
  };
  walk('');
  return out;
}

describe('npm run build and scheduled records', () => {
  it('leaves a scheduled record out, cleans interrupted builds, and publishes the record on its day', { timeout: 600_000 }, async () => {
    mkdirSync(join(root, 'out.tmp-999999999/x'), { recursive: true });
    mkdirSync(join(root, 'out.old-999999998'), { recursive: true });
    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(join(root, 'out/stale.html'), '<!doctype html><title>旧</title>');

    const before = build('2026-11-25');
    expect(before).toContain(`content/appointments/${ID}.yaml（定于2026-11-26发布）`);
    expect(traces()).toEqual([]);
    expect(existsSync(join(root, 'out/appointments/index.html'))).toBe(true);
    expect(existsSync(join(root, 'out/stale.html'))).toBe(false);
    expect(readdirSync(root).filter((n) => /^out\.(tmp|old)-/.test(n))).toEqual([]);

    build('2026-11-26');
    const after = traces();
    expect(after).toContain(`appointments/${ID}/index.html`);
    expect(after.some((f) => f.startsWith('feeds/'))).toBe(true);
    expect(after.some((f) => f.startsWith('data/'))).toBe(true);
    expect(readFileSync(join(root, `out/appointments/${ID}/index.html`), 'utf8')).toContain(TITLE);
    // The replaced site went into the holding folder beside the Astro cache, and a detached process removes it.
    expect(readdirSync(root).filter((n) => /^out\.(tmp|old)-/.test(n))).toEqual([]);
    const holding = join(root, '.astro-cache', 'replaced-sites');
    const end = Date.now() + 60_000;
    while (!(existsSync(holding) && readdirSync(holding).length === 0) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(holding) && readdirSync(holding)).toEqual([]);

    // Back to the day before (the record was never sealed): its page, which Astro's cache still
    // holds and the build links into Astro's folder, is removed with its folder, and so is every trace.
    build('2026-11-25');
    expect(traces()).toEqual([]);
    expect(existsSync(join(root, `out/appointments/${ID}`))).toBe(false);
  });
});
