/**
 * Finding every reference in a record by walking its schema alongside its data. References are
 * declared once, in the schema (`ref('people')`), so resolution cannot drift from the data model.
 */
import type { z } from 'zod';
import { refRegistry, type RefMeta } from '../schemas/common.ts';

/** A reference found in a record: where it is, what it points to, and the ID it names. */
export interface FoundRef {
  path: (string | number)[];
  target: RefMeta['ref'];
  id: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

/** Every reference in `data`, which must already have passed `schema`. */
export function findRefs(schema: z.ZodType, data: unknown): FoundRef[] {
  const out: FoundRef[] = [];
  walk(schema, data, [], out);
  return out;
}

function walk(schema: z.ZodType, data: unknown, path: (string | number)[], out: FoundRef[]): void {
  if (data === undefined || data === null) return;
  const meta = refRegistry.get(schema);
  if (meta && typeof data === 'string') {
    out.push({ path, target: meta.ref, id: data });
    return;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {}))
        walk(child, (data as Record<string, unknown>)[key], [...path, key], out);
      return;
    case 'array':
      if (Array.isArray(data)) data.forEach((item, i) => walk(def.element!, item, [...path, i], out));
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      walk(def.innerType!, data, path, out);
      return;
    case 'pipe':
      // Preprocessed fields (dates) hold their meaning in the output side.
      walk(def.out!, data, path, out);
      return;
    default:
      return;
  }
}
