/** Turning zod issues into problems a clerk can act on: Chinese text, field path, line and column. */
import { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';
import { locate, type YamlSource } from './yaml-source.ts';
import { inputMessages } from '../i18n/zh-cn-input.ts';
import { useChineseZod } from './zod-chinese.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';

useChineseZod();

/** The problems `error` describes in `source`; with the `schema` that raised it, a misspelt key gets the likely field. */
export function issuesToProblems(source: YamlSource, error: z.ZodError, schema?: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const present = readAt(source.data, issue.path);
        const near = schema && closest(key, objectKeysAt(schema, issue.path).filter((k) => !(present && typeof present === 'object' && k in present)));
        problems.push({
          file: source.file,
          path: formatPath(path),
          message: validationMessages.fields.unknown(key, near ? inputMessages.didYouMean(near) : ''),
          ...locate(source, path),
        });
      }
      continue;
    }
    const missing = issue.code !== 'custom' && issue.path.length > 0 && readAt(source.data, issue.path) === undefined;
    problems.push({
      file: source.file,
      path: formatPath(issue.path),
      message: missing ? validationMessages.fields.missing(String(issue.path.at(-1) ?? ''), issue.message) : issue.message,
      ...locate(source, issue.path),
    });
  }
  return problems;
}

function readAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** The keys the object schema at `path` under `schema` accepts; none when the path leads elsewhere. */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cur: unknown = schema;
  for (let i = 0; i <= path.length; i++) {
    // Look through wrappers (optional, default, pipe, lazy) to the schema that holds the fields.
    for (let guard = 0; guard < 20; guard++) {
      const def = (cur as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return [];
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault' || def.type === 'readonly' || def.type === 'catch')
        cur = def.innerType;
      else if (def.type === 'pipe') cur = def.in;
      else if (def.type === 'lazy') cur = (def.getter as () => unknown)();
      else break;
    }
    const def = (cur as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (i === path.length) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    const key = path[i];
    if (def.type === 'object' && typeof key === 'string') cur = (def.shape as Record<string, unknown>)[key];
    else if (def.type === 'array' && typeof key === 'number') cur = def.element;
    else return [];
    if (!cur) return [];
  }
  return [];
}

/** The candidate within a small edit distance of `word` (a slip, not another word), if one is clearly closest. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.min(word.length, best.length) / 3)) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
