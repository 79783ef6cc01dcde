/**
 * `npm run fixtures -- --records N --seed S [--out DIR] [--today YYYY-MM-DD]`: write a synthetic
 * jurisdiction of about N records, deterministic for the seed, as a project-like root DIR (default
 * .fixtures/N-S) with content/ (calendars copied from this project's content/calendar) and
 * fixture.json describing it. Validate or build it with GONGSHI_CONTENT_DIR=DIR/content.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SYNTH_TODAY } from '../bench/synth/generate.ts';
import { writeJurisdiction } from '../bench/synth/write.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const PROJECT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    today: { type: 'string', default: SYNTH_TODAY },
  },
});
const records = Number(values.records);
if (!Number.isInteger(records) || records < 100) {
  console.error(cliUi.fixtures.badRecords);
  process.exit(2);
}
const root = resolve(values.out ?? join(PROJECT, '.fixtures', `${records}-${values.seed}`));
const t0 = performance.now();
// New content: a ledger sealed over earlier content would no longer match it.
rmSync(join(root, 'ledger'), { recursive: true, force: true });
const counts = writeJurisdiction(root, join(PROJECT, 'content', 'calendar'), { records, seed: values.seed!, today: values.today });
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const ms = Math.round(performance.now() - t0);
writeFileSync(join(root, 'fixture.json'), JSON.stringify({ records: total, requested: records, seed: values.seed, today: values.today, counts, ms }, null, 2) + '\n');
console.log(`✓ ${cliUi.fixtures.generated(total, root, values.seed!, values.today!, ms)}`);
console.log(Object.entries(counts).map(([k, n]) => `  ${k.padEnd(22)} ${n}`).join('\n'));
