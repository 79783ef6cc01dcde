/**
 * A new record's starting text, derived from its kind's schema: every required field with a
 * placeholder and the field's description as a comment, so the clerk fills in blanks rather than
 * remembering names.
 */
import { z } from 'zod';
import type { Kind } from '../schemas/common.ts';
import { KIND_LABELS, SCHEMAS } from '../schemas/index.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** YAML text for a new record of `kind`, dated `today`. */
export function scaffold(kind: Kind, today: string): string {
  const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lines = [`# yaml-language-server: $schema=${kind === 'site' ? '' : '../'}../public/schemas/${kind}.json`, `# 新建${KIND_LABELS[kind]}。填写每个字段后运行 npm run validate。`];
  emitObject(schema, 0, lines, today);
  return lines.join('\n') + '\n';
}

function emitObject(schema: JsonSchema, indent: number, lines: string[], today: string): void {
  const pad = ' '.repeat(indent);
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (!required.has(key)) continue;
    const p = unwrap(prop);
    const note = p.description ?? prop.description;
    if (note) lines.push(`${pad}# ${note}`);
    if (p.type === 'object') {
      lines.push(`${pad}${key}:`);
      emitObject(p, indent + 2, lines, today);
    } else if (p.type === 'array') {
      const item = unwrap(p.items ?? {});
      if (item.type === 'object') {
        lines.push(`${pad}${key}:`);
        const sub: string[] = [];
        emitObject(item, indent + 4, sub, today);
        const first = sub.findIndex((l) => !l.trimStart().startsWith('#'));
        if (first >= 0) sub[first] = `${pad}  - ${sub[first]!.trimStart()}`;
        lines.push(...sub);
      } else lines.push(`${pad}${key}:`, `${pad}  - ${placeholder(item, today)}`);
    } else lines.push(`${pad}${key}: ${placeholder(p, today)}`);
  }
}

function unwrap(s: JsonSchema): JsonSchema {
  const inner = s.anyOf?.find((x) => x.type !== 'null') ?? s.allOf?.[0];
  return inner ? { ...inner, description: s.description ?? inner.description } : s;
}

function placeholder(s: JsonSchema, today: string): string {
  if (s.enum) return String(s.enum[0]);
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return today;
  if (s.type === 'number' || s.type === 'integer') return '0';
  if (s.type === 'boolean') return 'false';
  return '""  # 待填写';
}
