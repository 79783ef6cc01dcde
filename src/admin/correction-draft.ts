/**
 * "发布更正" in the editor: a sealed record is never rewritten alone. What the clerk changed in the
 * form, compared with the last sealed version, becomes a correction record (kind `corrections`)
 * listing each change by the label the record's page shows (rule E5), quoting the sealed text and
 * the new one, written together with the corrected record.
 */
import type { Kind } from '../schemas/common.ts';
import { fieldLabel } from '../i18n/zh-cn-fields.ts';
import { formatPath } from '../domain/problem.ts';
import { adminUi } from '../i18n/zh-cn-admin.ts';

interface Leaf {
  path: (string | number)[];
  text: string;
}

function leaves(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.push({ path, text: String(value) });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

/** One change of a correction. */
export interface Change {
  field: string;
  from: string;
  to: string;
}

/** Every text that differs between the sealed version and the edited one, named by its page label (or its path when the page has none). */
export function changesBetween(kind: Kind, sealed: unknown, edited: unknown): Change[] {
  const before = new Map(leaves(sealed).map((l) => [JSON.stringify(l.path), l]));
  const after = new Map(leaves(edited).map((l) => [JSON.stringify(l.path), l]));
  const out: Change[] = [];
  for (const [k, a] of after) {
    const b = before.get(k);
    if (b?.text === a.text) continue;
    out.push({ field: fieldLabel(kind, a.path) ?? formatPath(a.path), from: b?.text ?? adminUi.change.absent, to: a.text });
  }
  for (const [k, b] of before) if (!after.has(k)) out.push({ field: fieldLabel(kind, b.path) ?? formatPath(b.path), from: b.text, to: adminUi.change.removed });
  return out;
}

/** The correction record of `key` (kind/id): its fields in the schema's order. */
export function correctionRecord(key: string, title: string, published: string, reason: string, changes: Change[]): Record<string, unknown> {
  return { title: adminUi.correctionTitle(title), published, corrects: key, reason, changes };
}

/** A free ID for the correction of `id`: `id-gz`, then `id-gz2`, `id-gz3`… */
export function correctionId(id: string, taken: (candidate: string) => boolean): string {
  let n = 1;
  for (;;) {
    const candidate = `${id}-gz${n === 1 ? '' : n}`;
    if (!taken(candidate)) return candidate;
    n++;
  }
}
