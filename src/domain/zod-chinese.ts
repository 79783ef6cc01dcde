/**
 * zod's messages in plain Chinese. A message a schema names by code (src/schemas/messages.ts) is
 * worded from src/i18n/zh-cn-schema-messages.ts. Otherwise zod 4's zh-CN locale is the base; where it
 * leaves English type names ("期望 object，实际接收 string"), the common cases are worded for a clerk
 * instead, with the words of src/i18n/zh-cn-validation.ts.
 */
import { z } from 'zod';
import { codedOf, type Coded, type SchemaMessageCode } from '../schemas/messages.ts';
import { schemaMessages } from '../i18n/zh-cn-schema-messages.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';

const t = validationMessages.zod;

/** What a clerk wrote, named: 文字“abc”, 数字12, 列表, 空值 … */
function written(input: unknown): string {
  const w = t.written;
  if (input === null || input === undefined) return w.empty;
  if (Array.isArray(input)) return w.list;
  if (typeof input === 'string') return w.text(input.length > 20 ? `${input.slice(0, 20)}${w.cut}` : input);
  if (typeof input === 'number') return w.number(input);
  if (typeof input === 'boolean') return w.boolean(input);
  if (typeof input === 'object') return w.object;
  return w.other;
}

/** The Chinese words of a coded message. */
export function codedMessage(c: Coded): string {
  return (schemaMessages[c.gongshi] as (p: Coded<SchemaMessageCode>) => string)(c);
}

/** The Chinese message of `issue`, or undefined to leave it to the locale. */
export function chineseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const c = codedOf(issue);
  if (c) return codedMessage(c);
  const i = issue as unknown as { code: string; expected?: string; input?: unknown; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; values?: unknown[] };
  switch (i.code) {
    case 'invalid_type': {
      const type = t.types[i.expected ?? ''] ?? t.anyType;
      return i.input === undefined ? t.expected(type) : t.expectedNot(type, written(i.input));
    }
    case 'too_small':
      if (i.origin === 'string') return t.tooShort(i.minimum!);
      if (i.origin === 'array') return t.tooFew(i.minimum!);
      if (i.origin === 'number') return i.inclusive ? t.notBelow(i.minimum!) : t.above(i.minimum!);
      return undefined;
    case 'too_big':
      if (i.origin === 'string') return t.tooLong(i.maximum!);
      if (i.origin === 'array') return t.tooMany(i.maximum!);
      if (i.origin === 'number') return i.inclusive ? t.notAbove(i.maximum!) : t.below(i.maximum!);
      return undefined;
    case 'invalid_value':
      return i.values?.length ? t.oneOf(i.values.map(String)) : undefined;
    default:
      return undefined;
  }
}

/** Install zod's Chinese messages: the zh-CN locale with the common cases reworded. */
export function useChineseZod(): void {
  z.config(z.locales.zhCN());
  z.config({ customError: (issue) => chineseMessage(issue) });
}
