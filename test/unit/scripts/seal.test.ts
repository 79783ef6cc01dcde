/**
 * The seal CLI over a copy of the sample jurisdiction (content/, which passes every rule): it seals everything once, then nothing
 * more until something changes; it refuses invalid content; it signs with an Ed25519 key from the
 * environment and writes only the public key; it restores a deleted record from the log.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCheckpointNote } from '../../../src/ledger/checkpoint.ts';
import { generateKey } from '../../../src/ledger/keys.ts';
import { COSIGNATURE_V1, ED25519, parseVkey, signaturesBy } from '../../../src/ledger/note.ts';
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

const checkpoint = (root: string) => parseCheckpointNote(readFileSync(join(root, 'ledger/checkpoint'), 'utf8')).checkpoint!;
/** The fictional sample's operator key (derived from its published seed phrase). */
const KEY = { GONGSHI_SIGNING_KEY: join(ROOT, 'test/fixtures/keys/wangchuan-operator.key') };
const VKEY = parseVkey(String((readFileSync(join(ROOT, 'content/site.yaml'), 'utf8').match(/^  key: (.+)$/m) ?? [])[1]))!;

describe('npm run seal', { timeout: 30_000 }, () => {
  it('seals every published record of a new jurisdiction and writes a signed tlog checkpoint whose origin is the site', () => {
    // One sample record (published 2026-11-26) is scheduled on 2026-11-20: it is sealed on its day.
    const root = project();
    const { code, out } = seal(root, [], KEY);
    expect(out).toContain('定时发布appointments/2026-hbj-fjz-bzrr（2026-11-26发布后再封存）');
    expect(out).toContain(`✓ 已封存：新记录${RECORDS - 1}条，新版本0个；日志共${RECORDS - 1}条，已由gongshi.wangchuan.example/ledger签名`);
    expect(code).toBe(0);
    expect(checkpoint(root)).toMatchObject({ size: RECORDS - 1, origin: 'gongshi.wangchuan.example/ledger' });
    expect(signaturesBy(checkpoint(root).note, VKEY)).toHaveLength(1);
    expect(existsSync(join(root, `ledger/checkpoints/${RECORDS - 1}`))).toBe(true);
    expect(existsSync(join(root, `ledger/tile/0/000.p/${RECORDS - 1}`))).toBe(true);
    expect(existsSync(join(root, `ledger/tile/entries/000.p/${RECORDS - 1}`))).toBe(true);
    expect(ledgerProblems(root)).toEqual([]);
  });

  it('changes nothing when run again without changes', () => {
    const root = project();
    seal(root, [], KEY);
    const before = readFileSync(join(root, 'ledger/log.jsonl'), 'utf8');
    const { code, out } = seal(root, [], KEY);
    expect(out).toContain('✓ 无需封存');
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'ledger/log.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses to seal content that fails validation, and writes nothing', () => {
    const root = project();
    writeRecord(root, 'corrections/gz-2.yaml', { title: '更正', published: '2026-07-02', corrects: 'publicities/missing', reason: '理由', changes: [{ field: 'a', from: 'b', to: 'c' }] });
    const { code, out } = seal(root, [], KEY);
    expect(code).toBe(1);
    expect(out).toContain('✗ 未封存');
    expect(existsSync(join(root, 'ledger'))).toBe(false);
  });

  it('refuses to seal without the private key of the public key site.yaml publishes, or with another', () => {
    const root = project();
    expect(seal(root)).toMatchObject({ code: 1, out: expect.stringContaining('请把GONGSHI_SIGNING_KEY设为对应私钥') });
    const keyDir = mkdtempSync(join(tmpdir(), 'gongshi-key-'));
    roots.push(keyDir);
    const other = join(keyDir, 'other.key');
    writeFileSync(other, generateKey('gongshi.wangchuan.example/ledger', ED25519).secret);
    expect(seal(root, [], { GONGSHI_SIGNING_KEY: other })).toMatchObject({ code: 1, out: expect.stringContaining('不是一对') });
    const witness = join(keyDir, 'witness.key');
    writeFileSync(witness, generateKey('jw.example/witness', COSIGNATURE_V1).secret);
    expect(seal(root, [], { GONGSHI_SIGNING_KEY: witness })).toMatchObject({ code: 1, out: expect.stringContaining('见证方的密钥') });
    expect(seal(root, [], { GONGSHI_SIGNING_KEY: 'not a key' })).toMatchObject({ code: 1, out: expect.stringContaining('既不是私钥，也不是存在的文件路径') });
    expect(existsSync(join(root, 'ledger'))).toBe(false);
  });

  it('writes no private key into the project', () => {
    const root = project();
    seal(root, [], KEY);
    expect(walk(root).filter((f) => readFileSync(f, 'latin1').includes('PRIVATE+KEY'))).toEqual([]);
  });

  it('restores a deleted record from its latest sealed version', () => {
    const root = project();
    seal(root, [], KEY);
    const id = readdirSync(join(root, 'content/appointments')).sort()[0]!.replace(/\.yaml$/, '');
    const file = join(root, `content/appointments/${id}.yaml`);
    const before = readFileSync(file, 'utf8');
    unlinkSync(file);
    expect(ledgerProblems(root)).toHaveLength(1);
    const { code, out } = seal(root, ['--restore', `appointments/${id}`]);
    expect(out).toContain('✓ 已按第1版');
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
