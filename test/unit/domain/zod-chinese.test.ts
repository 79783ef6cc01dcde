import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chineseMessage, useChineseZod } from '../../../src/domain/zod-chinese.ts';

useChineseZod();
const message = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error.issues[0]!.message;
};

describe("zod's own messages in Chinese", () => {
  it.each([
    [z.number(), 'abc', '应为数字，这里写的是文字“abc”'],
    [z.number().int(), 1.5, '应为整数，这里写的是数字1.5'],
    [z.boolean(), 'yes', '应为是或否（true或false），这里写的是文字“yes”'],
    [z.array(z.string()), 'x', '应为列表（每项一行，以“- ”开头），这里写的是文字“x”'],
    [z.strictObject({ a: z.string() }), [], '应为“字段: 值”形式的一组字段，这里写的是列表'],
    [z.string().min(3), 'a', '太短：至少要写3个字'],
    [z.array(z.string()).min(1), [], '太少：至少要有1项'],
    [z.number().max(3), 9, '不能大于3'],
    [z.number().gt(0), 0, '应大于0'],
    [z.enum(['a', 'b']), 'c', '应为以下之一：a、b'],
  ] as const)('%#: %s', (schema, value, expected) => {
    expect(message(schema as z.ZodType, value)).toBe(expected);
  });

  it('leaves a message written in the schema alone', () => {
    expect(message(z.string({ error: '应为文字' }), 1)).toBe('应为文字');
  });

  it('names no English type anywhere in the common cases', () => {
    for (const [schema, value] of [[z.number(), {}], [z.string(), null], [z.strictObject({}), 'x'], [z.number().min(1), 0]] as const)
      expect(message(schema as z.ZodType, value)).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('leaves rarer issues to the zh-CN locale', () => {
    expect(chineseMessage({ code: 'custom', input: 1, path: [], message: 'x' } as never)).toBeUndefined();
  });
});
