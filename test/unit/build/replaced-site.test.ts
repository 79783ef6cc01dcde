import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeLater, resumeRemovals } from '../../../src/build/replaced-site.ts';

const base = mkdtempSync(join(tmpdir(), 'gongshi-replaced-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A folder of `n` small files in a few subfolders, like a published site. */
function site(dir: string, n: number): string {
  for (let i = 0; i < n; i++) {
    mkdirSync(join(dir, `p${i % 7}`), { recursive: true });
    writeFileSync(join(dir, `p${i % 7}`, `${i}.html`), `<p>${i}</p>`);
  }
  return dir;
}

async function until(check: () => boolean, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('removing a replaced site after the build', () => {
  it('moves the folder out of the way at once and a detached process removes it', async () => {
    const holding = join(base, 'a', 'holding');
    const old = site(join(base, 'a', 'out.old-1'), 500);
    expect(removeLater(old, holding)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(await until(() => readdirSync(holding).length === 0)).toBe(true);
  });

  it('removes the folder here and now when it cannot be moved into the holding folder', () => {
    const blocker = join(base, 'b', 'file');
    mkdirSync(join(base, 'b'), { recursive: true });
    writeFileSync(blocker, 'not a folder');
    const old = site(join(base, 'b', 'out.old-2'), 20);
    expect(removeLater(old, join(blocker, 'holding'))).toBe(false);
    expect(existsSync(old)).toBe(false);
  });

  it('finishes removals cut short, when the next build starts', async () => {
    const holding = join(base, 'c', 'holding');
    site(join(holding, 'out.old-3-1'), 50);
    site(join(holding, 'out.old-4-2'), 50);
    expect(resumeRemovals(holding)).toBe(2);
    expect(await until(() => readdirSync(holding).length === 0)).toBe(true);
    expect(resumeRemovals(join(base, 'c', 'none'))).toBe(0);
  });
});
