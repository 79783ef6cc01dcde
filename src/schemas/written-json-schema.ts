/**
 * A kind's schema as JSON Schema, on the side a clerk writes (zod's input side), with each
 * reference field marked by what it points at. One conversion for every reader of the schemas'
 * shape: the published JSON Schemas (src/build/json-schema.ts), the scaffold of `npm run new`
 * (src/domain/scaffold.ts) and the editor's generated form (src/admin/editor-config.ts).
 */
import { z } from 'zod';
import { refRegistry, type RefMeta } from './common.ts';

/** The part of zod's JSON Schema output the readers use, with the reference mark. */
export interface WrittenSchema {
  $schema?: string;
  type?: string | string[];
  properties?: Record<string, WrittenSchema>;
  required?: string[];
  items?: WrittenSchema;
  title?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  anyOf?: WrittenSchema[];
  allOf?: WrittenSchema[];
  /** What a reference field names (a kind, `position` or `any`); not part of JSON Schema. */
  'x-ref'?: RefMeta['ref'];
}

/** The JSON Schema of `schema` as written, reference fields marked with `x-ref`. */
export function writtenJsonSchema(schema: z.ZodType): WrittenSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const ref = refRegistry.get(ctx.zodSchema as unknown as z.ZodType);
      if (ref) (ctx.jsonSchema as WrittenSchema)['x-ref'] = ref.ref;
    },
  }) as WrittenSchema;
}

/** The schema inside an optional or nullable wrapper, keeping the outer label, help, reference and default. */
export function unwrapOptional(s: WrittenSchema): WrittenSchema {
  const inner = s.anyOf?.find((x) => x.type !== 'null') ?? s.allOf?.[0];
  return inner ? { ...inner, title: s.title ?? inner.title, description: s.description ?? inner.description, 'x-ref': s['x-ref'] ?? inner['x-ref'], default: s.default ?? inner.default } : s;
}
