/**
 * Verifying a published site from its static files, with the keys pinned by configuration: an
 * honest, witnessed site passes every check; an edited entry, tile or data file, a checkpoint signed
 * by another key, another log's checkpoint, or a rewritten history each fail; the witness refuses
 * to cosign a forked or shrunken log.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCheckpointNote } from '../../../src/ledger/checkpoint.ts';
import { ledgerConfigOf, type LedgerConfig } from '../../../src/ledger/config.ts';
import { generateKey } from '../../../src/ledger/keys.ts';
import { formatLogLine } from '../../../src/ledger/log.ts';
import { ED25519, formatVkey } from '../../../src/ledger/note.ts';
import { recordHash } from '../../../src/ledger/node-hash.ts';
import { sampleOperatorKey, sampleWitnessKey } from '../../../src/ledger/sample-keys.ts';
import { makeCheckpoint } from '../../../src/ledger/seal.ts';
import { readLedger, writeCheckpoint } from '../../../src/ledger/store.ts';
import { verifyFullLog } from '../../../src/ledger/verify-history.ts';
import { verifyExtends, verifyLog, verifyRecord, type Fetcher } from '../../../src/ledger/verify-site.ts';
import { cosign, folderFetcher } from '../../../src/ledger/witness.ts';
import { EXAMPLES } from '../../fixtures/examples.ts';
import { publish } from '../../fixtures/published.ts';
import { cleanUp, editRecord, seal, sealedExample, writeRecord } from '../../fixtures/sealed.ts';

const OPERATOR = sampleOperatorKey();
const WITNESS = sampleWitnessKey();
const SITE = { ...EXAMPLES.site, ledger: { key: formatVkey(OPERATOR.vkey), witnesses: [{ name: '望川市纪委监委', key: formatVkey(WITNESS.vkey) }] } };
const CONFIG: LedgerConfig = ledgerConfigOf(SITE)!;
const T0 = Date.parse('2026-07-01T10:00:00+08:00') / 1000;

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(cleanUp));

/** The example jurisdiction sealed with the sample key; `witnessed`: the witness cosigned it. */
async function site(witnessed = false): Promise<{ root: string; dir: string; fetcher: Fetcher }> {
  const root = sealedExample({ 'site.yaml': SITE }, OPERATOR);
  roots.push(root);
  if (witnessed) await witnessNow(root, undefined, T0);
  const dir = publish(root);
  return { root, dir, fetcher: folderFetcher(dir) };
}

async function witnessNow(root: string, last: string | undefined, time: number) {
  const r = await cosign(folderFetcher(root), CONFIG, WITNESS, readFileSync(join(root, 'ledger/checkpoint'), 'utf8'), last, time);
  if (r.ok) writeCheckpoint(root, r.checkpoint!.size, r.note!, true);
  return r;
}

const edit = (dir: string, path: string, fn: (b: Buffer) => Buffer | string) => writeFileSync(join(dir, path), fn(readFileSync(join(dir, path))));
const failures = (r: { checks: { ok: boolean; message: string }[] }) => r.checks.filter((c) => !c.ok).map((c) => c.message);
const size = (root: string) => readLedger(root).entries.length;

describe('verifying the log', () => {
  it('passes for an honest site: pinned signature, entries, every tile and the root', async () => {
    const { root, fetcher } = await site();
    const r = await verifyLog(fetcher, CONFIG);
    expect(failures(r)).toEqual([]);
    expect(r.checkpoint?.root).toBe(readLedger(root).checkpoint?.root);
    const text = r.checks.map((c) => c.message).join('\n');
    expect(text).toContain('有gongshi.wangchuan.example/ledger的有效Ed25519签名（公钥取自本站配置，不取自检查点）');
    expect(text).toContain('尚未经望川市纪委监委见证');
    expect(text).toMatch(/个默克尔瓦片都与日志条目算出的一致/);
  });

  it('shows the witness and the date once the witness cosigned', async () => {
    const { fetcher } = await site(true);
    const r = await verifyLog(fetcher, CONFIG);
    expect(failures(r)).toEqual([]);
    expect(r.checks.map((c) => c.message)).toContain('当前检查点经望川市纪委监委见证于2026年7月1日');
  });

  it('fails when an entry was edited in its bundle', async () => {
    const { root, dir, fetcher } = await site();
    edit(dir, `ledger/tile/entries/000.p/${size(root)}`, (b) => Buffer.from(b.toString('latin1').replace('"sealed":"2026-06-30"', '"sealed":"2026-06-29"'), 'latin1'));
    expect(failures(await verifyLog(fetcher, CONFIG)).join('\n')).toMatch(/默克尔根[0-9a-f]{64}与检查点的[0-9a-f]{64}不一致/);
  });

  it('fails when a tile was edited, and the inclusion proofs computed from it fail', async () => {
    const { root, dir, fetcher } = await site();
    edit(dir, `ledger/tile/0/000.p/${size(root)}`, (b) => {
      b[33] ^= 1; // the second leaf hash: the sibling in the proof of entry 0
      return b;
    });
    expect(failures(await verifyLog(fetcher, CONFIG)).join('\n')).toContain('与日志条目算出的不一致');
    const first = readLedger(root).entries[0]!;
    expect(failures(await verifyRecord(fetcher, CONFIG, first.key, [0]))).toEqual([expect.stringContaining('包含证明无效')]);
  });

  it('fails when the checkpoint is signed by a key other than the pinned one, even with a consistent log', async () => {
    const { root, dir, fetcher } = await site();
    const impostor = generateKey(CONFIG.origin, ED25519).key;
    writeFileSync(join(dir, 'ledger/checkpoint'), makeCheckpoint(readLedger(root).entries, CONFIG.origin, impostor));
    expect(failures(await verifyLog(fetcher, CONFIG))).toEqual(['当前检查点没有配置所公布公钥gongshi.wangchuan.example/ledger的签名']);
  });

  it('fails when the signed checkpoint was changed after signing', async () => {
    const { dir, fetcher } = await site();
    edit(dir, 'ledger/checkpoint', (b) => b.toString('utf8').replace(/\n(\d+)\n/, (_, n: string) => `\n${Number(n) - 1}\n`));
    expect(failures(await verifyLog(fetcher, CONFIG))).toEqual(['当前检查点的签名无效：它在签名后被改动过']);
  });

  it('checks every version’s data in the full log and finds an edited one', async () => {
    const { dir, fetcher } = await site();
    const { leaves } = await verifyLog(fetcher, CONFIG);
    expect(failures(await verifyFullLog(fetcher, leaves!))).toEqual([]);
    edit(dir, 'ledger/log.jsonl', (b) => b.toString('utf8').replace('"拟任市交通运输局副局长"', '"拟任市交通运输局局长"'));
    expect(failures(await verifyFullLog(fetcher, leaves!)).join('\n')).toContain('的数据与其哈希不符');
  });
});

describe('verifying a record', () => {
  it('passes for every sealed record, at its entries or found by reading the log', async () => {
    const { root, fetcher } = await site();
    const entries = readLedger(root).entries;
    for (const key of new Set(entries.map((e) => e.key))) {
      const at = entries.filter((e) => e.key === key).map((e) => e.seq);
      expect(failures(await verifyRecord(fetcher, CONFIG, key, at)), key).toEqual([]);
    }
    const r = await verifyRecord(fetcher, CONFIG, 'publicities/gs-1');
    expect(failures(r)).toEqual([]);
    expect(r.checks.map((c) => c.message).join('\n')).toMatch(/是日志第\d+号条目；由瓦片算出的包含证明（\d+步）有效/);
  });

  it('fails when the published data differs from the sealed version', async () => {
    const { dir, fetcher } = await site();
    edit(dir, 'data/publicities/gs-1.json', (b) => b.toString('utf8').replace('拟任市交通运输局副局长', '拟任市交通运输局局长'));
    expect(failures(await verifyRecord(fetcher, CONFIG, 'publicities/gs-1'))).toEqual([expect.stringContaining('与最新封存版本的')]);
  });

  it('fails when the entry named is another record’s, or beyond the log', async () => {
    const { root, fetcher } = await site();
    const other = readLedger(root).entries.find((e) => e.key !== 'publicities/gs-1')!;
    expect(failures(await verifyRecord(fetcher, CONFIG, 'publicities/gs-1', [other.seq]))).toEqual([expect.stringContaining(`记录的是${other.key}`)]);
    expect(failures(await verifyRecord(fetcher, CONFIG, 'publicities/gs-1', [9999]))).toEqual([expect.stringContaining('没有第9999号条目')]);
  });

  it('says so for a record that was never sealed', async () => {
    const { fetcher } = await site();
    expect(failures(await verifyRecord(fetcher, CONFIG, 'publicities/no-such'))).toEqual(['publicities/no-such没有封存的条目']);
  });
});

describe('verifying against an older checkpoint', () => {
  async function corrected(root: string) {
    editRecord(root, 'publicities/gs-1.yaml', (d) => void (d.title = '更正后的标题'));
    writeRecord(root, 'corrections/gz-2.yaml', { title: '更正', published: '2026-07-02', corrects: 'publicities/gs-1', reason: '标题有误', changes: [{ field: '标题', from: '任前公示', to: '更正后的标题' }] });
    seal(root, '2026-07-02', OPERATOR);
  }

  it('passes when the log only grew, by a correction, since the older checkpoint; the proof comes from tiles', async () => {
    const { root } = await site();
    const old = readFileSync(join(root, 'ledger/checkpoint'), 'utf8');
    await corrected(root);
    const r = await verifyExtends(folderFetcher(publish(root)), CONFIG, old);
    expect(failures(r)).toEqual([]);
    expect(r.checks.at(-1)!.message).toMatch(/^一致性证明有效（\d+步，由瓦片算出）/);
  });

  it('fails when history was rewritten and a fresh checkpoint signed by the operator', async () => {
    const { root } = await site();
    const old = readFileSync(join(root, 'ledger/checkpoint'), 'utf8');
    const forged = rewriteRound(root);
    writeFileSync(join(root, 'ledger/checkpoint'), makeCheckpoint(forged, CONFIG.origin, OPERATOR));
    writeFileSync(join(root, 'ledger/log.jsonl'), forged.map((e) => `${formatLogLine(e)}\n`).join(''));
    const { rewriteTiles } = await import('../../../src/ledger/seal.ts');
    rewriteTiles(root, forged);
    const r = await verifyExtends(folderFetcher(publish(root)), CONFIG, old);
    expect(failures(r).join('\n')).toContain('不是现在日志的前缀');
  });

  it('refuses a checkpoint of another log, whatever its signature', async () => {
    const { root, fetcher } = await site();
    const other = generateKey('gongshi.other.example/ledger', ED25519).key;
    const foreign = makeCheckpoint(readLedger(root).entries, 'gongshi.other.example/ledger', other);
    expect(failures(await verifyExtends(fetcher, CONFIG, foreign))).toEqual([expect.stringContaining('不是本站日志gongshi.wangchuan.example/ledger')]);
  });

  it('rejects pasted text that is not a checkpoint', async () => {
    const { fetcher } = await site();
    expect(failures(await verifyExtends(fetcher, CONFIG, 'hello'))).toEqual([expect.stringContaining('正文应至少有三行')]);
    expect(failures(await verifyExtends(fetcher, CONFIG, 'a\n\nb\n'))).toEqual([expect.stringContaining('不是签名说明')]);
  });
});

describe('the witness', () => {
  it('cosigns with tlog-cosignature/v1 and then cosigns a grown log after checking consistency', async () => {
    const { root } = await site();
    const first = await witnessNow(root, undefined, T0);
    expect(first.ok).toBe(true);
    expect(first.checks.map((c) => c.message)).toContain('这是见证方第一次见证这个日志：此前的条目自此刻起才得到见证');
    const lines = first.note!.split('\n').filter((l) => l.startsWith('— '));
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['gongshi.wangchuan.example/ledger', 'jw.wangchuan.example/witness']);
    // key ID 4 bytes, timestamp 8 bytes, signature 64 bytes
    expect(Buffer.from(lines[1]!.split(' ')[2]!, 'base64').length).toBe(76);
    editRecord(root, 'people/li-ming.yaml', (d) => void (d.name = '李明明'));
    seal(root, '2026-07-03', OPERATOR);
    const second = await witnessNow(root, first.note, T0 + 3 * 86400);
    expect(second.ok).toBe(true);
    expect(second.checks.map((c) => c.message).join('\n')).toContain('与上次见证的检查点');
  });

  it('refuses a log whose history was rewritten, and a smaller one', async () => {
    const { root } = await site();
    const first = await witnessNow(root, undefined, T0);
    const forged = rewriteRound(root);
    writeFileSync(join(root, 'ledger/log.jsonl'), forged.map((e) => `${formatLogLine(e)}\n`).join(''));
    const { rewriteTiles } = await import('../../../src/ledger/seal.ts');
    rewriteTiles(root, forged);
    writeFileSync(join(root, 'ledger/checkpoint'), makeCheckpoint(forged, CONFIG.origin, OPERATOR));
    const r = await witnessNow(root, first.note, T0 + 86400);
    expect(r.ok).toBe(false);
    expect(failures(r).join('\n')).toContain('拒绝见证');
    writeFileSync(join(root, 'ledger/checkpoint'), makeCheckpoint(forged.slice(0, -1), CONFIG.origin, OPERATOR));
    expect(failures(await witnessNow(root, first.note, T0 + 86400)).join('\n')).toContain('日志被截短，拒绝见证');
  });

  it('refuses a checkpoint not signed by the operator key it pinned', async () => {
    const { root } = await site();
    writeFileSync(join(root, 'ledger/checkpoint'), makeCheckpoint(readLedger(root).entries, CONFIG.origin, generateKey(CONFIG.origin, ED25519).key));
    expect((await witnessNow(root, undefined, T0)).ok).toBe(false);
    expect(parseCheckpointNote(readFileSync(join(root, 'ledger/checkpoint'), 'utf8')).checkpoint!.note.signatures).toHaveLength(1);
  });
});

/** The log with round r1's standards rewritten and every hash recomputed, as a dishonest operator could. */
function rewriteRound(root: string) {
  const forged = readLedger(root).entries.map((e) => (e.key === 'rounds/r1' ? { ...e, data: { ...(e.data as object), standards: ['放宽后的标准'] } } : e));
  for (const e of forged) e.hash = recordHash(e.data);
  return forged;
}

