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

const { values } = parseArgs({ options: { log: { type: 'boolean', default: false }, witness: { type: 'string' }, root: { type: 'string', default: '.' }, out: { type: 'string' } } });

function main(): number {
  const root = resolve(values.root!);
  if (!values.out) return fail('请用 --out 指定私钥文件的位置（放在项目文件夹之外，例如 ~/gongshi-keys/log.key）');
  const out = resolve(values.out);
  if (!relative(root, out).startsWith('..')) return fail(`私钥不能放在项目文件夹 ${root} 之内：请换一个位置`);
  if (existsSync(out)) return fail(`${out} 已存在，不会覆盖`);
  let name: string;
  let type: number;
  if (values.log) {
    const site = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { url?: string };
    if (!site?.url) return fail('content/site.yaml 没有 url：日志的名称由网站地址确定');
    name = originOf(site.url);
    type = ED25519;
  } else if (values.witness) {
    name = values.witness;
    type = COSIGNATURE_V1;
  } else return fail('用法：npm run ledger:keygen -- --log --out 私钥文件，或 --witness 见证方名称 --out 私钥文件');
  const { key, secret } = generateKey(name, type);
  writeFileSync(out, `${secret}\n`, { mode: 0o600 });
  console.log(`✓ 私钥已写入 ${out}（只有你能读；不要提交到版本库）`);
  console.log(`公钥（写入 content/site.yaml 的 ${values.log ? 'ledger.key' : 'ledger.witnesses[].key'}）：`);
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
