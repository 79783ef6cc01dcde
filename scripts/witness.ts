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
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, config: { type: 'string' }, state: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });

async function main(): Promise<number> {
  const root = resolve(values.root!);
  if (!values.state) return fail(cliUi.witness.noState, 2);
  const key = keyFromEnv('GONGSHI_WITNESS_KEY');
  if (!key) return fail(cliUi.witness.noKey, 2);
  const configFile = resolve(values.config ?? join(root, 'content/site.yaml'));
  const config = ledgerConfigOf(parse(readFileSync(configFile, 'utf8')));
  if (!config) return fail(cliUi.witness.noUrl(configFile), 2);
  const current = join(root, CHECKPOINT_FILE);
  if (!existsSync(current)) return fail(cliUi.witness.notSealed(CHECKPOINT_FILE), 2);
  const state = resolve(values.state);
  const last = existsSync(state) ? readFileSync(state, 'utf8') : undefined;
  const r = await cosign(folderFetcher(root), config, key, readFileSync(current, 'utf8'), last, Math.floor(Date.now() / 1000));
  for (const c of r.checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.message}`);
  if (!r.ok || !r.note || !r.checkpoint) return fail(cliUi.witness.notWitnessed, 1);
  if (values['dry-run']) {
    console.log(cliUi.witness.dryRun);
    return 0;
  }
  writeCheckpoint(root, r.checkpoint.size, r.note, true);
  writeFileSync(state, r.note);
  console.log(`✓ ${cliUi.witness.witnessed(r.checkpoint.size, CHECKPOINT_FILE, state)}`);
  console.log(`  ${cliUi.witness.next}`);
  return 0;
}

function fail(message: string, code: number): number {
  console.error(`✗ ${message}`);
  return code;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`✗ ${cliUi.witness.crashed(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 2;
}
