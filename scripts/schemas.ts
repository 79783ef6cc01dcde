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

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const dir = join(resolve(values.root!), 'public/schemas');
const schemas = publishedSchemas();
const stale = Object.entries(schemas).filter(([file, s]) => !existsSync(join(dir, file)) || readFileSync(join(dir, file), 'utf8') !== schemaText(s));
const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !(f in schemas)) : [];

if (values.check) {
  if (stale.length || extra.length) {
    console.error(`✗ public/schemas/ 与 src/schemas/ 不一致:${[...stale.map(([f]) => f), ...extra.map((f) => `${f}(多余)`)].join('、')}。请运行 npm run schemas`);
    process.exitCode = 1;
  } else console.log(`✓ public/schemas/ 中的 ${Object.keys(schemas).length} 个 JSON Schema 都是最新的`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const [file, s] of stale) writeFileSync(join(dir, file), schemaText(s));
  console.log(`✓ 已写入 public/schemas/:${stale.length} 个文件有更新,共 ${Object.keys(schemas).length} 个${extra.length ? `;多余的文件请手动删除:${extra.join('、')}` : ''}`);
}
