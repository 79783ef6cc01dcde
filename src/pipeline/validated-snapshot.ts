/**
 * What `npm run build` validated, handed to its Astro child: the records it validated, as the
 * loader would store them, so the child neither reads nor validates content/ a second time (at
 * 100,000 records that second validation cost as much as `npm run validate` itself) and publishes
 * exactly what was validated, even if a file changes while the build runs. Written with
 * `v8.serialize` beside the output; the child reads it once. Without a snapshot (astro dev, astro
 * build run directly) the loader validates as before.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Entry } from '../domain/entry.ts';
import type { SourceRecord } from '../ledger/records.ts';
import { KINDS } from '../schemas/common.ts';

/** The environment variable naming the snapshot file. */
export const SNAPSHOT_ENV = 'GONGSHI_VALIDATED';

/** The validated records of `root` as of `today`: entries with their validated data, and the written data the ledger reads. */
export interface ValidatedSnapshot {
  root: string;
  today: string;
  /** Valid records, grouped by kind in KINDS order (the order the collections give them in). */
  entries: Entry[];
  /** Written data of the same records, sorted by key. */
  sources: SourceRecord[];
}

/** Write the snapshot of a validation without problems to `file`, which appears only once complete (the child may be waiting for it). */
export function writeSnapshot(file: string, root: string, today: string, entries: readonly Entry[], sources: readonly SourceRecord[]): void {
  const byKind = new Map<string, Entry[]>(KINDS.map((k) => [k, []]));
  for (const e of entries) byKind.get(e.kind)!.push({ kind: e.kind, id: e.id, file: e.file, data: e.data } as Entry);
  const snapshot: ValidatedSnapshot = {
    root,
    today,
    entries: [...byKind.values()].flat(),
    sources: [...sources].map((s) => ({ key: s.key, kind: s.kind, id: s.id, file: s.file, data: s.data })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  writeFileSync(`${file}.partial`, serialize(snapshot));
  renameSync(`${file}.partial`, file);
}

let read: { file: string; snapshot: ValidatedSnapshot } | undefined;

/**
 * Whether the build hands this process a snapshot (it may still be being written: the pages wait for
 * it, src/pipeline/parent-handoff.ts). The content loader asks only this, so it need not wait.
 */
export function snapshotHanded(): boolean {
  return Boolean(process.env[SNAPSHOT_ENV]);
}

/**
 * The snapshot the build handed over for `root` as of `today`, or undefined when there is none.
 * One for another root or date is refused: it would publish records validated for something else.
 */
export function handedSnapshot(root: string, today: string): ValidatedSnapshot | undefined {
  const file = process.env[SNAPSHOT_ENV];
  if (!file) return undefined;
  if (read?.file !== file) read = { file, snapshot: deserialize(readFileSync(file)) as ValidatedSnapshot };
  const s = read.snapshot;
  if (s.root !== root || s.today !== today) throw new Error(`${SNAPSHOT_ENV}: snapshot of ${s.root} as of ${s.today}, not of ${root} as of ${today}`);
  return s;
}
