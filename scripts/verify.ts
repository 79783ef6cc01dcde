/**
 * `npm run verify -- <built site folder or URL>`: check a published site's ledger from its static
 * files alone, with the same code as the site's /verify/ page. The signer's and witnesses' public
 * keys are pinned from configuration — content/site.yaml of this project by default, or --config
 * another site.yaml, or --key — never from the checkpoint being checked. Reads the whole log from
 * the entry bundles, recomputes every tile and the root, checks the signature and cosignatures,
 * every record's inclusion proof (from tiles) and that its published JSON is its latest sealed
 * version, and the consistency of every archived checkpoint (and --since files) with today's.
 *
 * Usage: node scripts/verify.ts <dist/ or https://…> [--config site.yaml] [--key vkey] [--since saved-checkpoint]… [--record kind/id]… [--quiet]
 * Exit status: 0 all checks pass, 1 a check failed, 2 the site could not be read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ledgerConfigOf, type LedgerConfig } from '../src/ledger/config.ts';
import { parseVkey } from '../src/ledger/note.ts';
import { verifyFullLog } from '../src/ledger/verify-history.ts';
import { sealedKeys, verifyExtends, verifyLog, verifyRecord, type Check, type Fetcher } from '../src/ledger/verify-site.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', default: 'content/site.yaml' },
    key: { type: 'string' },
    since: { type: 'string', multiple: true },
    record: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
  },
});

/** Reads published files from a folder or over HTTP(S). */
function fetcherFor(target: string): Fetcher {
  if (/^https?:\/\//.test(target)) {
    const base = target.endsWith('/') ? target : `${target}/`;
    return async (path) => {
      const res = await fetch(new URL(path, base));
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`${new URL(path, base).href}:HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    };
  }
  const dir = resolve(target);
  return async (path) => {
    try {
      return new Uint8Array(await readFile(join(dir, path)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw err;
    }
  };
}

/** The pinned configuration: site.yaml's url and keys, with --key overriding the log key. */
function configOf(): LedgerConfig | string {
  const file = resolve(values.config!);
  if (!existsSync(file)) return cliUi.verify.noConfig(values.config!);
  const config = ledgerConfigOf(parse(readFileSync(file, 'utf8')));
  if (!config) return cliUi.verify.noUrl(values.config!);
  if (values.key) {
    const key = parseVkey(values.key);
    if (!key) return cliUi.verify.badKey;
    return { ...config, key, keyText: values.key };
  }
  return config;
}

async function main(): Promise<number> {
  const target = positionals[0];
  if (!target) {
    console.error(cliUi.verify.usage);
    return 2;
  }
  const config = configOf();
  if (typeof config === 'string') {
    console.error(`✗ ${config}`);
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
  console.log(cliUi.verify.header(config.origin, config.keyText, config.witnesses.map((w) => w.name)));

  const log = await verifyLog(fetcher, config);
  print(cliUi.verify.logSection, log.checks);
  if (!log.ok || !log.leaves || !log.checkpoint) return finish(failed);
  print(cliUi.verify.fullLogSection, (await verifyFullLog(fetcher, log.leaves)).checks);

  const keys = values.record ?? sealedKeys(log.leaves);
  const known = { checkpoint: log.checkpoint, leaves: log.leaves };
  let recordsOk = 0;
  for (const key of keys) {
    const r = await verifyRecord(fetcher, config, key, undefined, known);
    if (r.ok) recordsOk++;
    if (values.record || !r.ok) print(cliUi.verify.recordSection(key), r.checks);
  }
  if (!values.record) print(cliUi.verify.recordsSection, [{ ok: recordsOk === keys.length, message: cliUi.verify.records(recordsOk, keys.length) }]);

  // Every checkpoint the site archived, and every one the reader saved, must be a prefix of today's.
  const saved: [string, string][] = [];
  const archive = /^https?:\/\//.test(target) ? undefined : join(resolve(target), 'ledger/checkpoints');
  if (archive && existsSync(archive))
    for (const n of readdirSync(archive).filter((f) => /^\d+$/.test(f)).sort((a, b) => Number(a) - Number(b))) saved.push([`ledger/checkpoints/${n}`, readFileSync(join(archive, n), 'utf8')]);
  for (const f of values.since ?? []) saved.push([f, await readFile(f, 'utf8')]);
  let consistent = 0;
  for (const [name, text] of saved) {
    const r = await verifyExtends(fetcher, config, text, log.checkpoint);
    if (r.ok) consistent++;
    if (!r.ok || (values.since ?? []).includes(name)) print(cliUi.verify.compareSection(name), r.checks);
  }
  if (saved.length) print(cliUi.verify.savedSection, [{ ok: consistent === saved.length, message: cliUi.verify.saved(consistent, saved.length) }]);
  return finish(failed);
}

function finish(failed: Check[]): number {
  console.log(failed.length ? `\n✗ ${cliUi.verify.failed(failed.length)}` : `\n✓ ${cliUi.verify.passed}`);
  return failed.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`✗ ${cliUi.verify.unreadable(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 2;
}
