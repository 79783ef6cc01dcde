/**
 * `npm run ledger:replay -- --sample`: rebuild ledger/ from content/ as the history it tells —
 * every record sealed on the day it was published, in that order; each corrected record's first
 * version (test/fixtures/ledger-replay/first-versions.json) sealed before its correction; the
 * witness cosigning every Monday at 10:00 from its start date. Deterministic and fast: run it
 * again after editing sample content and commit the result.
 *
 * Usage: node scripts/ledger-replay.ts --sample                    (the fictional sample: keys from the published seed phrases)
 *        GONGSHI_SIGNING_KEY=… GONGSHI_WITNESS_KEY=… node scripts/ledger-replay.ts --first-versions FILE [--witness-from YYYY-MM-DD]
 * Seal dates in a replayed ledger are the operator's claim; a real ledger is sealed on the day, by npm run seal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { referenceDate } from '../src/domain/dates.ts';
import { formatProblems } from '../src/domain/problem.ts';
import { ledgerConfigOf } from '../src/ledger/config.ts';
import { keyFromEnv } from '../src/ledger/keys.ts';
import { formatVkey } from '../src/ledger/note.ts';
import { replay, type FirstVersion } from '../src/ledger/replay.ts';
import { sampleOperatorKey, sampleWitnessKey } from '../src/ledger/sample-keys.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

/** The sample's witness started cosigning when the joint supervision arrangement began. */
export const SAMPLE_WITNESS_FROM = '2025-06-02';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    sample: { type: 'boolean', default: false },
    'first-versions': { type: 'string' },
    'witness-from': { type: 'string' },
  },
});

async function main(): Promise<number> {
  const started = performance.now();
  const root = resolve(values.root!);
  // The records as written, read by the one reader; the old ledger's problems do not matter here, it is rebuilt.
  const records = validateContent(root, referenceDate()).sources;
  const config = ledgerConfigOf(records.find((r) => r.key === 'site/site')?.data);
  if (!config?.key) return fail(cliUi.replay.noConfig);
  const operator = values.sample ? sampleOperatorKey() : keyFromEnv('GONGSHI_SIGNING_KEY');
  const witnessKey = values.sample ? sampleWitnessKey() : keyFromEnv('GONGSHI_WITNESS_KEY');
  if (!operator) return fail(cliUi.replay.noKey);
  if (formatVkey(operator.vkey) !== config.keyText) return fail(values.sample ? cliUi.replay.notSampleKey : cliUi.replay.keyMismatch);
  const witness = witnessKey && config.witnesses.find((w) => formatVkey(witnessKey.vkey) === w.text);
  if (witnessKey && !witness) return fail(cliUi.replay.witnessMismatch);
  const firstsFile = resolve(values['first-versions'] ?? join(root, 'test/fixtures/ledger-replay/first-versions.json'));
  const firsts = existsSync(firstsFile) ? ((JSON.parse(readFileSync(firstsFile, 'utf8')) as { records: FirstVersion[] }).records ?? []) : [];
  const today = referenceDate();
  const stats = await replay(root, records, firsts, config, operator, witnessKey ? { key: witnessKey, schedule: { from: values['witness-from'] ?? SAMPLE_WITNESS_FROM, weekday: 1, hour: 10 } } : undefined, today);
  const { problems } = validateContent(root, today);
  const ms = Math.round(performance.now() - started);
  console.log(`✓ ${cliUi.replay.replayed(stats, witness?.name, today, ms)}`);
  if (problems.length) {
    console.error(formatProblems(problems));
    return fail(cliUi.replay.problems(problems.length));
  }
  console.log(cliUi.replay.passed);
  return 0;
}

function fail(message: string): number {
  console.error(`✗ ${message}`);
  return 1;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`✗ ${cliUi.replay.crashed(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 2;
}
