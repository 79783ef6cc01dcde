/**
 * `npm run seal`: validate, then append every new record and every corrected version to
 * ledger/log.jsonl and write ledger/checkpoint.json. With GONGSHI_SIGNING_KEY (an Ed25519 private
 * key in PEM, or the path of one) the checkpoint is signed; only the public key is written.
 *
 * Usage: node scripts/seal.ts [--root DIR] [--dry-run]
 *        node scripts/seal.ts --restore kind/id     (rewrite a deleted record from its latest sealed version)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { versionsByKey } from '../src/ledger/check.ts';
import { fileOfKey } from '../src/ledger/records.ts';
import { makeCheckpoint, planSeal, publicKeyPem, signingKey } from '../src/ledger/seal.ts';
import { appendLedger, readLedger } from '../src/ledger/store.ts';
import { formatProblems } from '../src/domain/problem.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, 'dry-run': { type: 'boolean', default: false }, restore: { type: 'string' } },
});
const root = resolve(values.root!);

function restore(key: string): number {
  const versions = versionsByKey(readLedger(root).entries).get(key);
  if (!versions) {
    console.error(`✗ 日志中没有 ${key}:只能恢复已封存的记录`);
    return 1;
  }
  const file = join(root, fileOfKey(key));
  if (existsSync(file)) {
    console.error(`✗ ${fileOfKey(key)} 已存在,不会覆盖`);
    return 1;
  }
  const last = versions.at(-1)!;
  const kind = key.split('/')[0]!;
  mkdirSync(dirname(file), { recursive: true });
  const modeline = `# yaml-language-server: $schema=${kind === 'site' ? '../' : '../../'}public/schemas/${kind}.json\n`;
  writeFileSync(file, modeline + stringify(last.data));
  console.log(`✓ 已按第 ${last.version} 版(${last.sealed} 封存)恢复 ${fileOfKey(key)}`);
  return 0;
}

function seal(): number {
  const started = performance.now();
  const today = referenceDate();
  const { problems, sources: records, scheduled } = validateContent(root, today);
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`\n✗ 未封存:内容有 ${problems.length} 个问题。封存只记录通过校验的内容,请先改正后再运行 npm run seal。`);
    return 1;
  }
  const ledger = readLedger(root);
  const last = ledger.entries.at(-1);
  if (last && today < last.sealed) {
    console.error(`✗ 未封存:今天(${today})早于日志最后一行的封存日期 ${last.sealed};请检查系统日期或 GONGSHI_TODAY`);
    return 1;
  }
  // Scheduled records are sealed by the seal on or after their publication date, when they are published.
  for (const s of scheduled) console.log(inputMessages.scheduled.notSealed(s.key, s.published));
  const plan = planSeal(ledger.entries, records, today);
  const key = signingKey(process.env.GONGSHI_SIGNING_KEY);
  const all = [...ledger.entries, ...plan.lines];
  const resign = key && (!ledger.checkpoint?.signature || ledger.checkpoint.publicKey !== publicKeyPem(key));
  if (plan.lines.length === 0 && ledger.checkpoint && !resign) {
    console.log(`✓ 无需封存:${records.length} 条记录都与日志一致(日志 ${all.length} 行,根 ${ledger.checkpoint.root})`);
    return 0;
  }
  const checkpoint = makeCheckpoint(all, today, key);
  // Every revision is listed; new records only up to a screenful (a first seal may add thousands).
  const SHOW = 50;
  for (const k of plan.added.slice(0, SHOW)) console.log(`  新封存  ${k}`);
  if (plan.added.length > SHOW) console.log(`  ……另有 ${plan.added.length - SHOW} 条新记录(完整清单见 ledger/log.jsonl)`);
  for (const r of plan.revised) console.log(`  新版本  ${r.key} 第 ${r.version} 版${r.correction ? `(依据 ${r.correction})` : ''}`);
  for (const c of plan.unusedCorrections) console.warn(`  注意:更正 ${c} 封存时它所更正的记录没有改动,它以后也不能再为任何改动作依据`);
  if (ledger.checkpoint?.signature && !key) console.warn('  注意:上一个检查点有签名,这次没有提供 GONGSHI_SIGNING_KEY,新检查点不签名');
  if (values['dry-run']) {
    console.log(`(试运行,未写入)将追加 ${plan.lines.length} 行,日志共 ${all.length} 行,根 ${checkpoint.root}`);
    return 0;
  }
  appendLedger(root, plan.lines, checkpoint);
  const ms = Math.round(performance.now() - started);
  console.log(
    `✓ 已封存:新记录 ${plan.added.length} 条,新版本 ${plan.revised.length} 个;日志共 ${all.length} 行,根 ${checkpoint.root}${checkpoint.signature ? ',已签名' : ',未签名'}(用时 ${ms} ms)`,
  );
  return 0;
}

try {
  process.exitCode = values.restore ? restore(values.restore) : seal();
} catch (err) {
  console.error(`✗ 封存程序出错:${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
