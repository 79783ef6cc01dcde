/**
 * What changed between two versions of a record, field by field, for readers of a correction and
 * for the validator's messages. Lists are matched by content first, so inserting one item reports
 * one addition rather than every later item as changed.
 */
import { formatPath } from '../domain/problem.ts';
import { canonicalize } from './jcs.ts';

/** One changed field: its path (e.g. candidates[0].proposedPost) and the values on each side. */
export interface Change {
  path: string;
  type: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Field-by-field differences from `before` to `after` (JSON values). */
export function diffValues(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, [], out);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || canonicalize(a) === canonicalize(b);
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: Change[]): void {
  if (same(a, b)) return;
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) {
      if (!(k in b)) out.push({ path: formatPath([...path, k]), type: 'removed', before: a[k] });
      else if (!(k in a)) out.push({ path: formatPath([...path, k]), type: 'added', after: b[k] });
      else walk(a[k], b[k], [...path, k], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) return walkArray(a, b, path, out);
  out.push({ path: formatPath(path), type: 'changed', before: a, after: b });
}

/** Align two lists on their longest common subsequence; unmatched items in the same gap pair up as changes. */
function walkArray(a: unknown[], b: unknown[], path: (string | number)[], out: Change[]): void {
  const ka = a.map((v) => canonicalize(v));
  const kb = b.map((v) => canonicalize(v));
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  const removed: number[] = [];
  const added: number[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let p = 0; p < paired; p++) walk(a[removed[p]!], b[added[p]!], [...path, added[p]!], out);
    for (const r of removed.slice(paired)) out.push({ path: formatPath([...path, r]), type: 'removed', before: a[r] });
    for (const d of added.slice(paired)) out.push({ path: formatPath([...path, d]), type: 'added', after: b[d] });
    removed.length = 0;
    added.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(j++);
    else removed.push(i++);
  }
  flush();
}

/** A value as one line of text for a diff table: strings as written, anything else as compact JSON. */
export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
