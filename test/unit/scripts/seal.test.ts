/**
 * The seal CLI over a copy of the sample jurisdiction (content/, which passes every rule): it seals everything once, then nothing
 * more until something changes; it refuses invalid content; it signs with an Ed25519 key from the
 * environment and writes only the public key; it restores a deleted record from the log.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCheckpoint } from '../../../src/ledger/log.ts';
import { cleanUp, ledgerProblems, writeRecord } from '../../fixtures/sealed.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(cleanUp));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-seal-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  roots.push(root);
  return root;
}

/** Number of record files in the sample, each sealed once. */
const RECORDS = walk(join(ROOT, 'content')).filter((f) => /\.ya?ml$/.test(f)).length;

function seal(root: string, args: string[] = [], env: Record<string, string> = {}): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/seal.ts'), '--root', root, ...args], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

const checkpoint = (root: string) => parseCheckpoint(readFileSync(join(root, 'ledger/checkpoint.json'), 'utf8')).checkpoint!;

describe('npm run seal', { timeout: 30_000 }, () => {
  it('seals every published record of a new jurisdiction and writes a checkpoint', () => {
    // One sample record (published 2026-11-26) is scheduled on 2026-11-20: it is sealed on its day.
    const root = project();
    const { code, out } = seal(root);
    expect(out).toContain('定时发布  appointments/2026-hbj-fjz-bzrr（2026-11-26 发布后再封存）');
    expect(out).toContain(`✓ 已封存:新记录 ${RECORDS - 1} 条,新版本 0 个;日志共 ${RECORDS - 1} 行`);
    expect(code).toBe(0);
    expect(checkpoint(root)).toMatchObject({ size: RECORDS - 1, date: '2026-11-20' });
    expect(checkpoint(root).signature).toBeUndefined();
    expect(ledgerProblems(root)).toEqual([]);
  });

  it('changes nothing when run again without changes', () => {
    const root = project();
    seal(root);
    const before = readFileSync(join(root, 'ledger/log.jsonl'), 'utf8');
    const { code, out } = seal(root);
    expect(out).toContain('✓ 无需封存');
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'ledger/log.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses to seal content that fails validation, and writes nothing', () => {
    const root = project();
    writeRecord(root, 'corrections/gz-2.yaml', { title: '更正', published: '2026-07-02', corrects: 'publicities/missing', reason: '理由', changes: [{ field: 'a', from: 'b', to: 'c' }] });
    const { code, out } = seal(root);
    expect(code).toBe(1);
    expect(out).toContain('✗ 未封存');
    expect(existsSync(join(root, 'ledger'))).toBe(false);
  });

  it('signs the checkpoint with GONGSHI_SIGNING_KEY and publishes only the public key', () => {
    const root = project();
    const keyDir = mkdtempSync(join(tmpdir(), 'gongshi-key-'));
    roots.push(keyDir);
    const keyFile = join(keyDir, 'signing.pem');
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const { code, out } = seal(root, [], { GONGSHI_SIGNING_KEY: keyFile });
    expect(out).toContain(',已签名');
    expect(code).toBe(0);
    const cp = checkpoint(root);
    expect(cp.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cp.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(ledgerProblems(root)).toEqual([]);
    const files = walk(root).filter((f) => readFileSync(f, 'utf8').includes('PRIVATE KEY'));
    expect(files).toEqual([]);
  });

  it('refuses a signing key that is not Ed25519', () => {
    const root = project();
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const { code, out } = seal(root, [], { GONGSHI_SIGNING_KEY: pem });
    expect(code).toBe(2);
    expect(out).toContain('应为 Ed25519 私钥');
  });

  it('restores a deleted record from its latest sealed version', () => {
    const root = project();
    seal(root);
    const id = readdirSync(join(root, 'content/appointments')).sort()[0]!.replace(/\.yaml$/, '');
    const file = join(root, `content/appointments/${id}.yaml`);
    const before = readFileSync(file, 'utf8');
    unlinkSync(file);
    expect(ledgerProblems(root)).toHaveLength(1);
    const { code, out } = seal(root, ['--restore', `appointments/${id}`]);
    expect(out).toContain('✓ 已按第 1 版');
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/public\/schemas\/appointments\.json\n/);
    expect(ledgerProblems(root)).toEqual([]);
    expect(before).not.toBe(readFileSync(file, 'utf8')); // comments are lost, the data is not
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
