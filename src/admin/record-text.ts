/**
 * The text the editor reads and writes. A record file is what `npm run validate` reads: the schema
 * modeline, then the fields in the order of the schema (the order `npm run new` scaffolds them),
 * blanks the form leaves for optional fields dropped. The editor sees the same data with the
 * record's ID (its file name) added as the first field.
 */
import { parse, stringify } from 'yaml';
import type { Kind } from '../schemas/common.ts';
import { modeline } from '../domain/scaffold.ts';
import { ID_FIELD, writtenSchema } from './editor-config.ts';
import { unwrapOptional, type WrittenSchema } from '../schemas/written-json-schema.ts';

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** Nothing filled in anywhere inside: an optional object the form sends with its fields empty. */
const allBlank = (v: unknown): boolean => isBlank(v) || (typeof v === 'object' && v !== null && Object.values(v).every(allBlank));

/** `value` shaped by `schema`: keys in schema order (unknown keys kept last, for the validator to name), optional blanks removed. */
export function ordered(schema: WrittenSchema, value: unknown): unknown {
  const s = unwrapOptional(schema);
  if (Array.isArray(value)) return value.map((v) => ordered(s.items ?? {}, v)).filter((v) => !isBlank(v) || typeof v === 'string');
  if (!value || typeof value !== 'object') return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : value;
  const input = value as Record<string, unknown>;
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const out: Record<string, unknown> = {};
  for (const key of [...Object.keys(props), ...Object.keys(input).filter((k) => !(k in props))]) {
    if (!(key in input)) continue;
    const v = ordered(props[key] ?? {}, input[key]);
    if (allBlank(v) && !required.has(key)) continue;
    if (v === undefined || v === null) continue;
    out[key] = v;
  }
  return out;
}

/** The file text of a record of `kind` with `data` (the editor's ID field left out). */
export function recordText(kind: Kind, data: Record<string, unknown>): string {
  const { [ID_FIELD]: _id, ...fields } = data;
  const body = ordered(writtenSchema(kind), fields) as Record<string, unknown>;
  return `${modeline(kind)}\n${stringify(body, { lineWidth: 0, indentSeq: true })}`;
}

/** The data the editor's form is filled with: the file's fields after the record's ID. */
export function editorData(fileText: string, id: string): string {
  let data: unknown;
  try {
    data = parse(fileText);
  } catch {
    data = {};
  }
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return stringify({ [ID_FIELD]: id, ...fields }, { lineWidth: 0 });
}

/** The data of a form the editor posts (Decap's YAML), as an object; throws on text that is not a mapping. */
export function formData(raw: string): Record<string, unknown> {
  const data: unknown = parse(raw);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not a mapping');
  return data as Record<string, unknown>;
}
