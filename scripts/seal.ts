/**
 * `npm run seal`: validate, then append every new record and every corrected version to
 * ledger/log.jsonl, write the tlog tiles that changed and a new tlog-checkpoint note
 * (ledger/checkpoint and ledger/checkpoints/<size>). GONGSHI_SIGNING_KEY holds the operator's
 * private key (the key line, or the path of a file holding it); it must match the public key in
 * content/site.yaml. Nothing secret is written.
 *
 * Usage: node scripts/seal.ts [--root DIR] [--dry-run]
 *        node scripts/seal.ts --rewrite-tiles         (rewrite every tile from the log)
 *        node scripts/seal.ts --restore kind/id     (rewrite a deleted record from its latest sealed version)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { versionsByKey } from '../src/ledger/check.ts';
import { fileOfKey } from '../src/ledger/records.ts';
import { ledgerConfigOf } from '../src/ledger/config.ts';
import { makeCheckpoint, planSeal, rewriteTiles, signingKeyFor } from '../src/ledger/seal.ts';
import { appendLedger, readLedger } from '../src/ledger/store.ts';
import { formatProblems } from '../src/domain/problem.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, 'dry-run': { type: 'boolean', default: false }, restore: { type: 'string' }, 'rewrite-tiles': { type: 'boolean', default: false } },
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
  const config = ledgerConfigOf(records.find((r) => r.key === 'site/site')?.data);
  if (!config) {
    console.error('✗ 未封存：content/site.yaml 没有可用的 url，日志的来源（origin）由它确定');
    return 1;
  }
  const key = signingKeyFor(config);
  if (typeof key === 'string') {
    console.error(`✗ 未封存：${key}`);
    return 1;
  }
  if (values['rewrite-tiles']) {
    const stats = rewriteTiles(root, ledger.entries.slice(0, ledger.checkpoint?.size ?? 0));
    console.log(`✓ 已按日志重写瓦片 ${stats.files} 个（${stats.bytes} 字节）`);
    return 0;
  }
  const plan = planSeal(ledger.entries, records, today);
  const all = [...ledger.entries, ...plan.lines];
  const signedNow = key && ledger.checkpoint?.note.signatures.some((s) => s.name === key.name && s.id === key.id);
  if (plan.lines.length === 0 && ledger.checkpoint && ledger.checkpoint.origin === config.origin && (!key || signedNow)) {
    console.log(`✓ 无需封存：${records.length} 条记录都与日志一致（日志 ${all.length} 条，根 ${ledger.checkpoint.root}）`);
    return 0;
  }
  const note = makeCheckpoint(all, config.origin, key);
  // Every revision is listed; new records only up to a screenful (a first seal may add thousands).
  const SHOW = 50;
  for (const k of plan.added.slice(0, SHOW)) console.log(`  新封存  ${k}`);
  if (plan.added.length > SHOW) console.log(`  ……另有 ${plan.added.length - SHOW} 条新记录(完整清单见 ledger/log.jsonl)`);
  for (const r of plan.revised) console.log(`  新版本  ${r.key} 第 ${r.version} 版${r.correction ? `(依据 ${r.correction})` : ''}`);
  for (const c of plan.unusedCorrections) console.warn(`  注意:更正 ${c} 封存时它所更正的记录没有改动,它以后也不能再为任何改动作依据`);
  if (!key) console.warn('  注意：没有提供 GONGSHI_SIGNING_KEY，site.yaml 也没有公布公钥，检查点不签名');
  if (values['dry-run']) {
    console.log(`（试运行，未写入）将追加 ${plan.lines.length} 条，日志共 ${all.length} 条`);
    return 0;
  }
  const stats = appendLedger(root, ledger.entries, plan.lines, note);
  const ms = Math.round(performance.now() - started);
  console.log(
    `✓ 已封存：新记录 ${plan.added.length} 条，新版本 ${plan.revised.length} 个；日志共 ${all.length} 条，${key ? `已由 ${key.name} 签名` : '未签名'}；写入 ${stats.files} 个文件 ${stats.bytes} 字节，移除被取代的部分瓦片 ${stats.removed} 个（用时 ${ms} ms）`,
  );
  console.log('  下一步：提交 ledger/，部署后请见证方运行 npm run witness');
  return 0;
}

try {
  process.exitCode = values.restore ? restore(values.restore) : seal();
} catch (err) {
  console.error(`✗ 封存程序出错:${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
