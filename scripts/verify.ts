/**
 * `npm run verify -- <built site folder or URL>`: check a published site's ledger from its files
 * alone, with the same code as the site's /verify/ page. Recomputes the Merkle root from the
 * published leaves and compares it with the checkpoint (and its signature), checks every version's
 * data against its hash, checks every record's inclusion proof and that its published JSON is its
 * latest sealed version, and, given an older checkpoint, that the log only grew since.
 *
 * Usage: node scripts/verify.ts <dist/ or https://…> [--since old-checkpoint.json] [--record kind/id]… [--quiet]
 * Exit status: 0 all checks pass, 1 a check failed, 2 the site could not be read.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyExtends, verifyFullLog } from '../src/ledger/verify-history.ts';
import { sealedKeys, verifyLog, verifyRecord, type Check, type Fetcher } from '../src/ledger/verify-site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { since: { type: 'string' }, record: { type: 'string', multiple: true }, quiet: { type: 'boolean', default: false } },
});

/** Reads published files from a folder or over HTTP(S). */
function fetcherFor(target: string): Fetcher {
  if (/^https?:\/\//.test(target)) {
    const base = target.endsWith('/') ? target : `${target}/`;
    return async (path) => {
      const res = await fetch(new URL(path, base));
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`${new URL(path, base).href}:HTTP ${res.status}`);
      return res.text();
    };
  }
  const dir = resolve(target);
  return async (path) => {
    try {
      return await readFile(join(dir, path), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  };
}

async function main(): Promise<number> {
  const target = positionals[0];
  if (!target) {
    console.error('用法:npm run verify -- <已生成的网站文件夹或网址> [--since 旧检查点.json] [--record 类别/编号]');
    return 2;
  }
  const fetcher = fetcherFor(target);
  const failed: Check[] = [];
  const print = (title: string, checks: Check[]) => {
    failed.push(...checks.filter((c) => !c.ok));
    const shown = values.quiet ? checks.filter((c) => !c.ok) : checks;
    if (shown.length) console.log(`\n${title}`);
    for (const c of shown) console.log(`  ${c.ok ? '✓' : '✗'} ${c.message}`);
  };

  const log = await verifyLog(fetcher);
  print('日志与检查点', log.checks);
  if (!log.ok || !log.leaves || !log.checkpoint) return finish(failed);
  print('完整日志', (await verifyFullLog(fetcher, log.leaves)).checks);

  const keys = values.record ?? sealedKeys(log.leaves);
  let recordsOk = 0;
  for (const key of keys) {
    const r = await verifyRecord(fetcher, key, log.checkpoint);
    if (r.ok) recordsOk++;
    if (values.record || !r.ok) print(`记录 ${key}`, r.checks);
  }
  if (!values.record) print('记录', [{ ok: recordsOk === keys.length, message: `${recordsOk}/${keys.length} 条已封存记录的包含证明有效、公开数据与最新封存版本一致` }]);

  const catalog = await fetcher('data/catalog.json');
  if (catalog !== undefined && !values.record) {
    const records = (JSON.parse(catalog) as { records: { key: string; ledger: { version: number | null; current: boolean } }[] }).records;
    const unsealed = records.filter((r) => r.ledger.version === null);
    const pending = records.filter((r) => r.ledger.version !== null && !r.ledger.current);
    if (unsealed.length || pending.length)
      console.log(`\n注意:${unsealed.length} 条记录尚未封存,${pending.length} 条记录在封存后有未封存的修改(${[...unsealed, ...pending].slice(0, 5).map((r) => r.key).join('、')}${unsealed.length + pending.length > 5 ? ' 等' : ''})`);
  }

  if (values.since) print(`与旧检查点 ${values.since} 比较`, (await verifyExtends(fetcher, await readFile(values.since, 'utf8'))).checks);
  return finish(failed);
}

function finish(failed: Check[]): number {
  console.log(failed.length ? `\n✗ 核验未通过:${failed.length} 项不符` : '\n✓ 核验通过');
  return failed.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`✗ 无法读取网站:${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
