/**
 * The Astro content loader: each collection is filled from one validateContent run (the same
 * reader, YAML rules, problems and ledger check as `npm run validate`), never from a glob of its
 * own. A record held back as scheduled is not stored, so no page, feed, search entry or data file
 * is made for it. Any problem stops the build with validate's own lines.
 */
import type { Loader } from 'astro/loaders';
import { referenceDate } from '../domain/dates.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';
import { entryKey } from '../domain/entry.ts';
import { formatProblems } from '../domain/problem.ts';
import type { Kind } from '../schemas/common.ts';
import { validateContent, type Validated } from './validate.ts';
import { snapshotHanded } from './validated-snapshot.ts';

/** What the loader stores per record: the validated data and the data as written (the ledger's view). */
export interface StoredRecord {
  [key: string]: unknown;
  record: unknown;
  written: unknown;
}

let last: { root: string; today: string; result: Validated } | undefined;

/** The validation of `root` as of today, run once for all collections of a build. */
export function validatedOnce(root: string): Validated {
  const today = referenceDate();
  if (last?.root !== root || last.today !== today) last = { root, today, result: validateContent(root, today) };
  return last.result;
}

/** The first line of a stopped build; the problems follow, one a line, exactly as validate prints them. */
export const STOPPED = validationMessages.pipeline.stopped;

/** The loader of collection `kind` for the jurisdiction at `root`. */
export function recordsLoader(kind: Kind, root: string): Loader {
  return {
    name: 'gongshi-records',
    load: async ({ store }) => {
      // npm run build has validated already and hands its records to the pages directly (src/pipeline/astro-dataset.ts),
      // which refuse a snapshot of another root or date.
      if (snapshotHanded()) {
        store.clear();
        return;
      }
      const v = validatedOnce(root);
      if (v.problems.length) throw new Error(`${STOPPED}\n${formatProblems(v.problems)}`);
      const written = new Map(v.sources.map((r) => [r.key, r.data]));
      store.clear();
      for (const e of v.entries) {
        if (e.kind !== kind) continue;
        store.set<StoredRecord>({ id: e.id, filePath: e.file, data: { record: e.data, written: written.get(entryKey(e)) } });
      }
    },
  };
}
