/**
 * `npm run ledger:keygen -- --log` or `-- --witness NAME`: generate an Ed25519 key for the
 * operator's checkpoints or for a witness's cosignatures. Prints the public key (for
 * content/site.yaml) and writes the private key to a file outside the project (mode 600).
 *
 * Usage: node scripts/ledger-keygen.ts --log [--root DIR] --out FILE
 *        node scripts/ledger-keygen.ts --witness jw.example.gov.cn/witness --out FILE
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { originOf } from '../src/ledger/checkpoint.ts';
import { generateKey } from '../src/ledger/keys.ts';
import { COSIGNATURE_V1, ED25519, formatVkey } from '../src/ledger/note.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values } = parseArgs({ options: { log: { type: 'boolean', default: false }, witness: { type: 'string' }, root: { type: 'string', default: '.' }, out: { type: 'string' } } });

function main(): number {
  const root = resolve(values.root!);
  if (!values.out) return fail(cliUi.keygen.noOut);
  const out = resolve(values.out);
  if (!relative(root, out).startsWith('..')) return fail(cliUi.keygen.insideProject(root));
  if (existsSync(out)) return fail(cliUi.keygen.exists(out));
  let name: string;
  let type: number;
  if (values.log) {
    const site = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { url?: string };
    if (!site?.url) return fail(cliUi.keygen.noUrl);
    name = originOf(site.url);
    type = ED25519;
  } else if (values.witness) {
    name = values.witness;
    type = COSIGNATURE_V1;
  } else return fail(cliUi.keygen.usage);
  const { key, secret } = generateKey(name, type);
  writeFileSync(out, `${secret}\n`, { mode: 0o600 });
  console.log(`✓ ${cliUi.keygen.written(out)}`);
  console.log(cliUi.keygen.publicKey(values.log ? 'ledger.key' : 'ledger.witnesses[].key'));
  console.log(formatVkey(key.vkey));
  return 0;
}

function fail(message: string): number {
  console.error(`✗ ${message}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
