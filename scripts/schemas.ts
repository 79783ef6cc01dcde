/**
 * `npm run schemas`: write the JSON Schema of every record kind (and of the compiled-round and
 * catalog files) to public/schemas/, where editors find them through each YAML file's
 * `# yaml-language-server: $schema=…` line and the site publishes them at /schemas/.
 *
 * Usage: node scripts/schemas.ts [--check]   (--check: exit 1 if any file is out of date, write nothing)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedSchemas, schemaText } from '../src/build/json-schema.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const dir = join(resolve(values.root!), 'public/schemas');
const schemas = publishedSchemas();
const stale = Object.entries(schemas).filter(([file, s]) => !existsSync(join(dir, file)) || readFileSync(join(dir, file), 'utf8') !== schemaText(s));
const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !(f in schemas)) : [];

if (values.check) {
  if (stale.length || extra.length) {
    console.error(`✗ ${cliUi.schemas.stale([...stale.map(([f]) => f), ...extra.map((f) => cliUi.schemas.extra(f))])}`);
    process.exitCode = 1;
  } else console.log(`✓ ${cliUi.schemas.current(Object.keys(schemas).length)}`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const [file, s] of stale) writeFileSync(join(dir, file), schemaText(s));
  console.log(`✓ ${cliUi.schemas.written(stale.length, Object.keys(schemas).length, extra)}`);
}
