/**
 * `npm run witness`: the discipline commission cosigns the organisation department's newest
 * checkpoint. It reads the checkpoint and tiles from a project (or built site) folder, checks the
 * operator's signature against the operator key it pinned, checks consistency with the last
 * checkpoint it cosigned (its own state file), then adds a tlog-cosignature with the time to
 * ledger/checkpoint and ledger/checkpoints/<size>, and saves the new checkpoint as its state.
 *
 * Usage: GONGSHI_WITNESS_KEY=~/jw-keys/witness.key node scripts/witness.ts --state ~/jw-keys/last-checkpoint [--root DIR] [--config site.yaml] [--dry-run]
 * GONGSHI_WITNESS_KEY: the witness's private key line, or the path of a file holding it.
 * Exit status: 0 cosigned, 1 refused (the reasons are printed), 2 could not run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ledgerConfigOf } from '../src/ledger/config.ts';
import { keyFromEnv } from '../src/ledger/keys.ts';
import { CHECKPOINT_FILE } from '../src/ledger/log.ts';
import { writeCheckpoint } from '../src/ledger/store.ts';
import { cosign, folderFetcher } from '../src/ledger/witness.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, config: { type: 'string' }, state: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });

async function main(): Promise<number> {
  const root = resolve(values.root!);
  if (!values.state) return fail('请用 --state 指定见证方保存“上次见证的检查点”的文件（放在项目文件夹之外；第一次见证时它还不存在）', 2);
  const key = keyFromEnv('GONGSHI_WITNESS_KEY');
  if (!key) return fail('请把 GONGSHI_WITNESS_KEY 设为见证方私钥（私钥本身或私钥文件的路径）', 2);
  const configFile = resolve(values.config ?? join(root, 'content/site.yaml'));
  const config = ledgerConfigOf(parse(readFileSync(configFile, 'utf8')));
  if (!config) return fail(`${configFile} 没有可用的 url`, 2);
  const current = join(root, CHECKPOINT_FILE);
  if (!existsSync(current)) return fail(`找不到 ${CHECKPOINT_FILE}：运营方尚未封存`, 2);
  const state = resolve(values.state);
  const last = existsSync(state) ? readFileSync(state, 'utf8') : undefined;
  const r = await cosign(folderFetcher(root), config, key, readFileSync(current, 'utf8'), last, Math.floor(Date.now() / 1000));
  for (const c of r.checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.message}`);
  if (!r.ok || !r.note || !r.checkpoint) return fail('未见证', 1);
  if (values['dry-run']) {
    console.log('（试运行，未写入）');
    return 0;
  }
  writeCheckpoint(root, r.checkpoint.size, r.note, true);
  writeFileSync(state, r.note);
  console.log(`✓ 已见证 ${r.checkpoint.size} 条；见证签名已写入 ${CHECKPOINT_FILE} 和 ledger/checkpoints/${r.checkpoint.size}，状态已存入 ${state}`);
  console.log('  请运营方提交 ledger/ 并重新部署，网站随即公布这条见证签名');
  return 0;
}

function fail(message: string, code: number): number {
  console.error(`✗ ${message}`);
  return code;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`✗ 见证程序出错：${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
