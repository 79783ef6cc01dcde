/**
 * Records as the ledger sees them: the YAML data exactly as the clerk wrote it (dates as strings,
 * no defaults filled in), keyed kind/id. Hashing the written data rather than the schema's output
 * means adding a defaulted field to a schema later does not change every hash.
 */
import { KINDS, type Kind } from '../schemas/common.ts';
import { NOTICE_KINDS } from '../schemas/index.ts';
import type { Problem } from '../domain/problem.ts';
import type { YamlSource } from '../domain/yaml-source.ts';

/** A record's written data and where it came from. */
export interface SourceRecord {
  key: string;
  kind: Kind;
  id: string;
  file: string;
  data: unknown;
}

/**
 * Kinds whose published content binds: a change needs a correction record (E1). The other kinds
 * (site, calendar, units, bodies, people, qualifications) are reference data that is kept up to
 * date; each change is sealed as a new version and stays visible in its history.
 */
export const BOUND_KINDS: readonly Kind[] = [...NOTICE_KINDS, 'rounds'];

/** Whether changing a sealed record of `kind` needs a correction record. */
export function isBound(kind: Kind): boolean {
  return BOUND_KINDS.includes(kind);
}

/** kind and id of a content file path (…/content/<kind>/<id>.yaml or …/content/site.yaml). */
export function keyOfFile(file: string): { kind: Kind; id: string } | undefined {
  const parts = file.split(/[\\/]/);
  const m = /^(.+)\.ya?ml$/.exec(parts.at(-1) ?? '');
  if (!m) return undefined;
  const folder = parts.at(-2) ?? '';
  if (folder !== 'site' && (KINDS as readonly string[]).includes(folder)) return { kind: folder as Kind, id: m[1]! };
  if (m[1] === 'site') return { kind: 'site', id: 'site' };
  return undefined;
}

/** The content file of `kind/id` relative to the project root. */
export function fileOfKey(key: string): string {
  return key === 'site/site' ? 'content/site.yaml' : `content/${key}.yaml`;
}

/**
 * Every readable record's written data, and the keys of every file present (readable or not), so a
 * file with a syntax error is reported for its syntax, not as a deleted record.
 */
export function sourceRecords(loaded: { sources: Map<string, YamlSource>; problems: readonly Problem[] }): { records: SourceRecord[]; present: Set<string> } {
  const records: SourceRecord[] = [];
  const present = new Set<string>();
  for (const [file, source] of loaded.sources) {
    const k = keyOfFile(file);
    if (!k) continue;
    const key = `${k.kind}/${k.id}`;
    records.push({ key, ...k, file, data: source.data });
    present.add(key);
  }
  for (const p of loaded.problems) {
    const k = keyOfFile(p.file);
    if (k) present.add(`${k.kind}/${k.id}`);
  }
  records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { records, present };
}
