/**
 * Verifying a published site from its files: an honest site passes every check; an edited leaf, an
 * edited data file, a forged proof, a bad signature or a rewritten history each fail.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCheckpoint, formatLogLine, parseCheckpoint } from '../../../src/ledger/log.ts';
import { recordHash } from '../../../src/ledger/node-hash.ts';
import { makeCheckpoint } from '../../../src/ledger/seal.ts';
import { readLedger } from '../../../src/ledger/store.ts';
import { verifyExtends, verifyFullLog } from '../../../src/ledger/verify-history.ts';
import { checkpointSignatureValid, verifyLog, verifyRecord, type Fetcher } from '../../../src/ledger/verify-site.ts';
import { publish } from '../../fixtures/published.ts';
import { cleanUp, editRecord, seal, sealedExample, writeRecord } from '../../fixtures/sealed.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(cleanUp));
function site(): { root: string; dir: string; fetcher: Fetcher } {
  const root = sealedExample();
  roots.push(root);
  const dir = publish(root);
  return { root, dir, fetcher: folder(dir) };
}
const folder =
  (dir: string): Fetcher =>
  async (path) => {
    try {
      return await readFile(join(dir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
const edit = (dir: string, path: string, fn: (s: string) => string) => writeFileSync(join(dir, path), fn(readFileSync(join(dir, path), 'utf8')));
const failures = (r: { checks: { ok: boolean; message: string }[] }) => r.checks.filter((c) => !c.ok).map((c) => c.message);

describe('verifying the log', () => {
  it('passes for an honest site and recomputes the published root', async () => {
    const { root, fetcher } = site();
    const r = await verifyLog(fetcher);
    expect(failures(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checkpoint?.root).toBe(readLedger(root).checkpoint?.root);
    expect(r.checks.map((c) => c.message).join('\n')).toContain('与检查点一致');
  });

  it('fails when a leaf was edited', async () => {
    const { dir, fetcher } = site();
    edit(dir, 'ledger/leaves.jsonl', (s) => s.replace(/"sealed":"2026-06-30"/, '"sealed":"2026-06-29"'));
    const r = await verifyLog(fetcher);
    expect(r.ok).toBe(false);
    expect(failures(r).join('\n')).toMatch(/默克尔根 [0-9a-f]{64} 与检查点的 [0-9a-f]{64} 不一致/);
  });

  it('fails when a leaf was removed', async () => {
    const { dir, fetcher } = site();
    edit(dir, 'ledger/leaves.jsonl', (s) => s.split('\n').slice(1).join('\n'));
    expect((await verifyLog(fetcher)).ok).toBe(false);
  });

  it('checks every version’s data in the full log and finds an edited one', async () => {
    const { dir, fetcher } = site();
    const { leaves } = await verifyLog(fetcher);
    expect(failures(await verifyFullLog(fetcher, leaves!))).toEqual([]);
    edit(dir, 'ledger/log.jsonl', (s) => s.replace('"拟任市交通运输局副局长"', '"拟任市交通运输局局长"'));
    expect(failures(await verifyFullLog(fetcher, leaves!)).join('\n')).toContain('的数据与其哈希不符');
  });
});

describe('verifying a record', () => {
  it('passes for every sealed record of an honest site', async () => {
    const { root, fetcher } = site();
    for (const key of new Set(readLedger(root).entries.map((e) => e.key))) expect(failures(await verifyRecord(fetcher, key)), key).toEqual([]);
  });

  it('fails when the published data differs from the sealed version', async () => {
    const { dir, fetcher } = site();
    edit(dir, 'data/publicities/gs-1.json', (s) => s.replace('拟任市交通运输局副局长', '拟任市交通运输局局长'));
    expect(failures(await verifyRecord(fetcher, 'publicities/gs-1'))).toEqual([expect.stringContaining('与最新封存版本的')]);
  });

  it('fails when an inclusion proof is forged', async () => {
    const { dir, fetcher } = site();
    edit(dir, 'ledger/proofs/publicities/gs-1.json', (s) => s.replace(/"proof":\["([0-9a-f])/, (m, c: string) => m.slice(0, -1) + (c === '0' ? '1' : '0')));
    expect(failures(await verifyRecord(fetcher, 'publicities/gs-1'))).toEqual([expect.stringContaining('包含证明无效')]);
  });

  it('fails when the proof claims a different version of the record', async () => {
    const { dir, fetcher } = site();
    edit(dir, 'ledger/proofs/publicities/gs-1.json', (s) => s.replace('"version":1', '"version":2'));
    expect(failures(await verifyRecord(fetcher, 'publicities/gs-1'))).toEqual([expect.stringContaining('包含证明无效')]);
  });

  it('says so for a record that was never sealed', async () => {
    const { fetcher } = site();
    expect(failures(await verifyRecord(fetcher, 'publicities/no-such'))).toEqual([expect.stringContaining('没有封存记录')]);
  });
});

describe('verifying against an older checkpoint', () => {
  it('passes when the log only grew, by a correction, since the older checkpoint', async () => {
    const { root } = site();
    const old = readFileSync(join(root, 'ledger/checkpoint.json'), 'utf8');
    editRecord(root, 'publicities/gs-1.yaml', (d) => void (d.title = '更正后的标题'));
    writeRecord(root, 'corrections/gz-2.yaml', { title: '更正', published: '2026-07-02', corrects: 'publicities/gs-1', reason: '标题有误', changes: [{ field: '标题', from: '任前公示', to: '更正后的标题' }] });
    seal(root, '2026-07-02');
    const r = await verifyExtends(folder(publish(root)), old);
    expect(failures(r)).toEqual([]);
    expect(r.checks.at(-1)!.message).toContain('一致性证明有效');
  });

  it('fails when history was rewritten and a fresh checkpoint issued', async () => {
    const { root } = site();
    const old = readFileSync(join(root, 'ledger/checkpoint.json'), 'utf8');
    // Rewrite a sealed record's data with a matching hash, then issue a new checkpoint over the
    // rewritten log, as a dishonest publisher could.
    const forged = readLedger(root).entries.map((e) => (e.key === 'rounds/r1' ? { ...e, data: { ...(e.data as object), standards: ['放宽后的标准'] } } : e));
    for (const e of forged) e.hash = recordHash(e.data);
    writeFileSync(join(root, 'ledger/log.jsonl'), forged.map((e) => `${formatLogLine(e)}\n`).join(''));
    writeFileSync(join(root, 'ledger/checkpoint.json'), formatCheckpoint(makeCheckpoint(forged, '2026-07-01')));
    const r = await verifyExtends(folder(publish(root)), old);
    expect(r.ok).toBe(false);
    expect(failures(r).join('\n')).toContain('不是现在日志的前缀');
  });

  it('rejects pasted text that is not a checkpoint', async () => {
    const { fetcher } = site();
    expect(failures(await verifyExtends(fetcher, 'hello'))).toEqual([expect.stringContaining('不是检查点')]);
  });
});

describe('checkpoint signatures', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  it('verify with WebCrypto for a checkpoint signed with Ed25519', async () => {
    const { root } = site();
    const cp = makeCheckpoint(readLedger(root).entries, '2026-06-30', privateKey);
    expect(cp.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(await checkpointSignatureValid(cp)).toBe(true);
  });

  it('fail once the signed checkpoint is changed', async () => {
    const { root } = site();
    const cp = makeCheckpoint(readLedger(root).entries, '2026-06-30', privateKey);
    expect(await checkpointSignatureValid({ ...cp, date: '2026-07-01' })).toBe(false);
    expect(await checkpointSignatureValid({ ...cp, size: cp.size - 1 })).toBe(false);
  });

  it('are reported by the log check', async () => {
    const { root, dir, fetcher } = site();
    const cp = makeCheckpoint(readLedger(root).entries, '2026-06-30', privateKey);
    writeFileSync(join(dir, 'ledger/checkpoint.json'), formatCheckpoint({ ...cp, date: '2026-07-01' }));
    expect(parseCheckpoint(readFileSync(join(dir, 'ledger/checkpoint.json'), 'utf8')).checkpoint?.signature).toBe(cp.signature);
    expect(failures(await verifyLog(fetcher))).toEqual([expect.stringContaining('签名无效')]);
  });
});
