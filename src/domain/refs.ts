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

/**
 * How to walk one schema node, worked out once per schema: its reference meta, and only the
 * children that can hold a reference, so the walk over 100,000 records skips plain fields.
 */
interface Plan {
  meta?: RefMeta;
  type: 'object' | 'array' | 'inner' | 'leaf';
  /** Object fields that can hold a reference, in shape order. */
  fields: [string, z.ZodType][];
  /** Array element, or the wrapped schema of optional, nullable, default, pipe (output side)… */
  child?: z.ZodType;
}

const plans = new WeakMap<z.ZodType, Plan>();
const holdsRefs = new WeakMap<z.ZodType, boolean>();

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema a wrapper or array leads to, or undefined for other types. */
function childOf(def: Def): z.ZodType | undefined {
  switch (def.type) {
    case 'array':
      return def.element;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType;
    case 'pipe':
      // Preprocessed fields (dates) hold their meaning in the output side.
      return def.out;
    default:
      return undefined;
  }
}

/** Whether a reference can occur anywhere under `schema`; a cycle counts as yes, which only walks more. */
function canHoldRefs(schema: z.ZodType, visiting = new Set<z.ZodType>()): boolean {
  const known = holdsRefs.get(schema);
  if (known !== undefined) return known;
  if (visiting.has(schema)) return true;
  visiting.add(schema);
  const def = defOf(schema);
  const child = childOf(def);
  const result =
    refRegistry.get(schema) !== undefined ||
    (def.type === 'object' ? Object.values(def.shape ?? {}).some((c) => canHoldRefs(c, visiting)) : child !== undefined && canHoldRefs(child, visiting));
  visiting.delete(schema);
  holdsRefs.set(schema, result);
  return result;
}

function planOf(schema: z.ZodType): Plan {
  let plan = plans.get(schema);
  if (plan) return plan;
  const def = defOf(schema);
  const child = childOf(def);
  const meta = refRegistry.get(schema);
  if (def.type === 'object') plan = { meta, type: 'object', fields: Object.entries(def.shape ?? {}).filter(([, c]) => canHoldRefs(c)) };
  else if (child && canHoldRefs(child)) plan = { meta, type: def.type === 'array' ? 'array' : 'inner', fields: [], child };
  else plan = { meta, type: 'leaf', fields: [] };
  plans.set(schema, plan);
  return plan;
}

/** Walks `data` along `schema`; `path` is the current location, extended and restored in place and copied when a reference is found. */
function walk(schema: z.ZodType, data: unknown, path: (string | number)[], out: FoundRef[]): void {
  if (data === undefined || data === null) return;
  const plan = planOf(schema);
  if (plan.meta && typeof data === 'string') {
    out.push({ path: path.slice(), target: plan.meta.ref, id: data });
    return;
  }
  switch (plan.type) {
    case 'object':
      for (const [key, child] of plan.fields) {
        path.push(key);
        walk(child, (data as Record<string, unknown>)[key], path, out);
        path.pop();
      }
      return;
    case 'array':
      if (Array.isArray(data))
        data.forEach((item, i) => {
          path.push(i);
          walk(plan.child!, item, path, out);
          path.pop();
        });
      return;
    case 'inner':
      walk(plan.child!, data, path, out);
      return;
    default:
      return;
  }
}
