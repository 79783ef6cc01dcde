/**
 * `node bench/canonical-json.ts ROOT`: CPU time of canonical JSON (RFC 8785) over a sealed
 * jurisdiction's log data (keys already in order) and its content records (keys as written), and of
 * sameCanonical between each record and its sealed version. Three runs of each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize, sameCanonical } from '../src/ledger/jcs.ts';
import { readYaml } from '../src/domain/yaml-source.ts';

const root = process.argv[2] ?? '.';
const logged = new Map<string, unknown>();
for (const line of readFileSync(join(root, 'ledger/log.jsonl'), 'utf8').split('\n'))
  if (line) {
    const e = JSON.parse(line) as { key: string; data: unknown };
    logged.set(e.key, e.data);
  }
const records: { key: string; data: unknown }[] = [];
for (const kind of readdirSync(join(root, 'content'), { withFileTypes: true }))
  if (kind.isDirectory())
    for (const f of readdirSync(join(root, 'content', kind.name))) {
      const data = readYaml(f, readFileSync(join(root, 'content', kind.name, f))).source?.data;
      records.push({ key: `${kind.name}/${f.replace(/\.yaml$/, '')}`, data });
    }

function time(label: string, f: () => void): void {
  for (let run = 0; run < 3; run++) {
    const cpu = process.cpuUsage();
    f();
    const used = process.cpuUsage(cpu);
    console.log(`${label}: ${((used.user + used.system) / 1e3).toFixed(0)} ms CPU`);
  }
}
console.log(`${logged.size} log lines, ${records.length} records`);
time('canonicalize, log data', () => {
  for (const d of logged.values()) canonicalize(d);
});
time('canonicalize, records', () => {
  for (const r of records) canonicalize(r.data);
});
let same = 0;
time('sameCanonical, record against its sealed version', () => {
  same = 0;
  for (const r of records) if (sameCanonical(r.data, logged.get(r.key))) same++;
});
console.log(`${same} records as sealed`);
