/** A validated record with where it came from. */
import type { Kind } from '../schemas/common.ts';
import type { RecordOf } from '../schemas/index.ts';

/** One record of kind K: its ID (file name), its file, and its parsed data. */
export type Entry<K extends Kind = Kind> = { [P in K]: { kind: P; id: string; file: string; data: RecordOf<P> } }[K];

/** The key of an entry across kinds, e.g. publicities/2026-jt-gs. */
export function entryKey(e: { kind: Kind; id: string }): string {
  return `${e.kind}/${e.id}`;
}
