/** The whole validation: shape, references, then rules. Shared by `npm run validate` and the Astro build. */
import { dirname, join } from 'node:path';
import { runRules } from '../rules/index.ts';
import { buildDataset, type Dataset } from '../domain/dataset.ts';
import { checkLedger } from '../ledger/check.ts';
import { sourceRecords } from '../ledger/records.ts';
import { readLedger } from '../ledger/store.ts';
import { loadContent } from '../domain/load.ts';
import type { Problem } from '../domain/problem.ts';
import { locate } from '../domain/yaml-source.ts';

/** Validate the content under `root`/content as of `today`. */
export function validateContent(root: string, today: string, contentDir = join(root, 'content')): { dataset?: Dataset; problems: Problem[]; records: number } {
  const loaded = loadContent(contentDir, root);
  const { dataset, problems } = buildDataset(loaded.entries, {
    today,
    locate: (file, path) => {
      const source = loaded.sources.get(file);
      return source && locate(source, path);
    },
  });
  const all = [...loaded.problems, ...problems];
  // Rules need resolved references; running them over broken ones would only repeat the same errors.
  if (dataset && all.length === 0) {
    for (const p of runRules(dataset)) {
      const source = loaded.sources.get(p.file);
      all.push(p.line || !source ? p : { ...p, ...locate(source, pathKeys(p.path)) });
    }
  }
  // The ledger compares what the clerk wrote with what was sealed, so it runs even over shape errors.
  // It lives next to the content it seals (root/ledger beside root/content).
  const { records, present } = sourceRecords(loaded);
  for (const p of checkLedger(readLedger(dirname(contentDir)), records, present, dirname(contentDir))) {
    const source = loaded.sources.get(p.file);
    all.push(p.line || !source ? p : { ...p, ...locate(source, pathKeys(p.path)) });
  }
  return { dataset, problems: all, records: loaded.entries.length };
}

/** `candidates[0].person` back to ['candidates', 0, 'person']. */
export function pathKeys(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
