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
import { makeCheckpoint, planSeal, rewriteTiles, sealLeaves, signingKeyFor } from '../src/ledger/seal.ts';
import { appendLedger, readLedger } from '../src/ledger/store.ts';
import { formatProblems } from '../src/domain/problem.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, 'dry-run': { type: 'boolean', default: false }, restore: { type: 'string' }, 'rewrite-tiles': { type: 'boolean', default: false } },
});
const root = resolve(values.root!);

function restore(key: string): number {
  const versions = versionsByKey(readLedger(root).entries).get(key);
  if (!versions) {
    console.error(`✗ ${cliUi.seal.notInLog(key)}`);
    return 1;
  }
  const file = join(root, fileOfKey(key));
  if (existsSync(file)) {
    console.error(`✗ ${cliUi.seal.exists(fileOfKey(key))}`);
    return 1;
  }
  const last = versions.at(-1)!;
  const kind = key.split('/')[0]!;
  mkdirSync(dirname(file), { recursive: true });
  const modeline = `# yaml-language-server: $schema=${kind === 'site' ? '../' : '../../'}public/schemas/${kind}.json\n`;
  writeFileSync(file, modeline + stringify(last.data));
  console.log(`✓ ${cliUi.seal.restored(last.version, last.sealed, fileOfKey(key))}`);
  return 0;
}

function seal(): number {
  const started = performance.now();
  const today = referenceDate();
  const { problems, sources: records, scheduled, ledger } = validateContent(root, today);
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`\n✗ ${cliUi.seal.invalid(problems.length)}`);
    return 1;
  }
  const last = ledger.entries.at(-1);
  if (last && today < last.sealed) {
    console.error(`✗ ${cliUi.seal.backwards(today, last.sealed)}`);
    return 1;
  }
  // Scheduled records are sealed by the seal on or after their publication date, when they are published.
  for (const s of scheduled) console.log(inputMessages.scheduled.notSealed(s.key, s.published));
  const config = ledgerConfigOf(records.find((r) => r.key === 'site/site')?.data);
  if (!config) {
    console.error(`✗ ${cliUi.seal.noUrl}`);
    return 1;
  }
  const key = signingKeyFor(config);
  if (typeof key === 'string') {
    console.error(`✗ ${cliUi.seal.keyProblem(key)}`);
    return 1;
  }
  if (values['rewrite-tiles']) {
    const stats = rewriteTiles(root, ledger.entries.slice(0, ledger.checkpoint?.size ?? 0));
    console.log(`✓ ${cliUi.seal.rewrote(stats.files, stats.bytes)}`);
    return 0;
  }
  const plan = planSeal(ledger.entries, records, today);
  const all = [...ledger.entries, ...plan.lines];
  const signedNow = key && ledger.checkpoint?.note.signatures.some((s) => s.name === key.name && s.id === key.id);
  if (plan.lines.length === 0 && ledger.checkpoint && ledger.checkpoint.origin === config.origin && (!key || signedNow)) {
    console.log(`✓ ${cliUi.seal.upToDate(records.length, all.length, ledger.checkpoint.root)}`);
    return 0;
  }
  // The sealed part's leaf hashes from the stored tiles, tied to the checkpoint's root (sealLeaves).
  const leaves = sealLeaves(root, all, ledger.checkpoint);
  const note = makeCheckpoint(all, config.origin, key, leaves);
  // Every revision is listed; new records only up to a screenful (a first seal may add thousands).
  const SHOW = 50;
  for (const k of plan.added.slice(0, SHOW)) console.log(`  ${cliUi.seal.added(k)}`);
  if (plan.added.length > SHOW) console.log(`  ${cliUi.seal.moreAdded(plan.added.length - SHOW)}`);
  for (const r of plan.revised) console.log(`  ${cliUi.seal.revised(r.key, r.version, r.correction)}`);
  for (const c of plan.unusedCorrections) console.warn(`  ${cliUi.seal.unusedCorrection(c)}`);
  if (!key) console.warn(`  ${cliUi.seal.unsigned}`);
  if (values['dry-run']) {
    console.log(cliUi.seal.dryRun(plan.lines.length, all.length));
    return 0;
  }
  const stats = appendLedger(root, ledger.entries, plan.lines, note, leaves);
  const ms = Math.round(performance.now() - started);
  console.log(`✓ ${cliUi.seal.sealed({ added: plan.added.length, revised: plan.revised.length, entries: all.length, signer: key?.name, files: stats.files, bytes: stats.bytes, removed: stats.removed, ms })}`);
  console.log(`  ${cliUi.seal.next}`);
  return 0;
}

try {
  process.exitCode = values.restore ? restore(values.restore) : seal();
} catch (err) {
  console.error(`✗ ${cliUi.seal.crashed(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 2;
}
