/**
 * Before the browser tests: build the sample site once into .e2e-dist/ with the reference date
 * fixed, so "open" and "closed" windows are the same on every run. GONGSHI_E2E_REUSE=1 reuses an
 * existing .e2e-dist/ while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { E2E_DIST, E2E_TODAY } from './site.ts';

/** Build the site for the browser tests. */
export default function setup(): void {
  if (process.env.GONGSHI_E2E_REUSE && existsSync(E2E_DIST)) return;
  execFileSync(process.execPath, ['scripts/build.ts', '--out', '.e2e-dist'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, GONGSHI_TODAY: E2E_TODAY },
    stdio: 'inherit',
  });
}
