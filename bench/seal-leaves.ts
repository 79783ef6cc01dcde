/**
 * `node bench/seal-leaves.ts [N]`: what a one-line seal of a log of N lines (default 100,000) spends
 * on the new root and tiles, hashing every leaf again (before) or taking the checkpointed leaves
 * from the stored level-0 tiles (src/ledger/seal.ts sealLeaves). Synthetic lines, tiles written to a
 * temporary folder; prints one JSON line per run with wall and CPU milliseconds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LogEntry } from '../src/ledger/log.ts';
import { toHex } from '../src/ledger/merkle.ts';
import { sealLeaves } from '../src/ledger/seal.ts';
import { rootHex, tileFiles } from '../src/ledger/store.ts';

const n = Number(process.argv[2] ?? 100_000);
const entry = (seq: number): LogEntry => ({ seq, key: `publicities/2026-s-${String(seq).padStart(6, '0')}-gs`, version: 1, hash: toHex(new Uint8Array(32).fill(seq % 251)), sealed: '2026-06-30', data: {} });
const log = Array.from({ length: n }, (_, i) => entry(i));
const all = [...log, entry(n)];
const root = mkdtempSync(join(tmpdir(), 'gongshi-seal-leaves-'));
for (const [path, bytes] of tileFiles(log, 0)) {
  const file = join(root, 'ledger', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}
const checkpoint = { size: n, root: rootHex(log) };
const time = (run: string, fn: () => void) => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ run, lines: n + 1, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((used.user + used.system) / 1000) }));
};
for (let i = 0; i < 2; i++) {
  time('hash every leaf', () => {
    rootHex(all);
    tileFiles(all, n);
  });
  time('stored leaves', () => {
    const leaves = sealLeaves(root, all, checkpoint);
    rootHex(all, leaves);
    tileFiles(all, n, leaves);
  });
}
rmSync(root, { recursive: true, force: true });
