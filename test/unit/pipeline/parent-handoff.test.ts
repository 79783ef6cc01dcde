import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileAppears, LINKED_ENV, parentStep } from '../../../src/pipeline/parent-handoff.ts';
import { SNAPSHOT_ENV } from '../../../src/pipeline/validated-snapshot.ts';

const module = join(import.meta.dirname, '../../../src/pipeline/parent-handoff.ts');

/** A child that waits for each step as the Astro child does, and prints when each one passed. */
const childCode = `
import { parentStep } from ${JSON.stringify(module)};
await parentStep('snapshot');
console.log('snapshot ' + Date.now());
await parentStep('linked');
console.log('linked ' + Date.now());
`;

function runChild(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', childCode], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, [SNAPSHOT_ENV]: '', [LINKED_ENV]: '', ...env } });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const passed = () =>
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => ({ step: l.split(' ')[0], at: Number(l.split(' ')[1]) }));
  return { child, exited, passed };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('parent handoff', () => {
  it('waits for nothing where the build hands over no step', async () => {
    const saved = [process.env[SNAPSHOT_ENV], process.env[LINKED_ENV]];
    delete process.env[SNAPSHOT_ENV];
    delete process.env[LINKED_ENV];
    try {
      await expect(parentStep('snapshot')).resolves.toBeUndefined();
      await expect(parentStep('linked')).resolves.toBeUndefined();
    } finally {
      if (saved[0] !== undefined) process.env[SNAPSHOT_ENV] = saved[0];
      if (saved[1] !== undefined) process.env[LINKED_ENV] = saved[1];
    }
  });

  it('holds the child at each step until its file appears, in order, then lets it exit', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongshi-handoff-'));
    const files = { snapshot: join(dir, 'out.validated-1'), linked: join(dir, 'out.linked-1') };
    const run = runChild({ [SNAPSHOT_ENV]: files.snapshot, [LINKED_ENV]: files.linked });
    await sleep(800);
    // Neither file yet: the child is still waiting, kept alive by its own timer.
    expect(run.passed()).toEqual([]);
    expect(run.child.exitCode).toBeNull();
    // The links are made before the snapshot is there: the child still waits for the snapshot first.
    const linkedAt = Date.now();
    writeFileSync(files.linked, '');
    await sleep(300);
    expect(run.passed()).toEqual([]);
    const snapshotAt = Date.now();
    writeFileSync(files.snapshot, 'x');
    expect(await run.exited).toBe(0);
    const passed = run.passed();
    expect(passed.map((p) => p.step)).toEqual(['snapshot', 'linked']);
    expect(passed[0]!.at).toBeGreaterThanOrEqual(snapshotAt);
    expect(passed[1]!.at).toBeGreaterThanOrEqual(linkedAt);
  });

  it('passes at once a step completed before the child asked', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongshi-handoff-'));
    const file = join(dir, 'done');
    writeFileSync(file, '');
    const t0 = performance.now();
    await fileAppears(file, 10_000);
    // With a 10 s interval, only the immediate check can have passed it.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
