import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chineseMessage, useChineseZod } from '../../../src/domain/zod-chinese.ts';
import { coded, say } from '../../../src/schemas/messages.ts';
import { schemeOf, text } from '../../../src/schemas/common.ts';
import { schemaMessages } from '../../../src/i18n/zh-cn-schema-messages.ts';

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

describe('the messages the schemas name by code', () => {
  it("words a check's coded error, with its values", () => {
    expect(message(z.string().max(3, { error: say('textTooLong', { max: 3 }) }), 'abcd')).toBe(schemaMessages.textTooLong({ max: 3 }));
    expect(message(z.string().max(3, { error: say('textTooLong', { max: 3 }) }), 'abcd')).toBe('不能超过3个字符');
  });

  it('words a coded error whose values depend on what was written', () => {
    const url = z.string().regex(/^https?:\/\//, { error: say('urlScheme', (input) => ({ example: 'https://a.example', slip: schemeOf(String(input)) })) });
    expect(message(url, 'javascript:alert(1)')).toBe('网址只能以http://或https://开头，不能用“javascript:”：请写完整的网址，例如https://a.example');
    expect(message(url, 'HTTPS://a.example')).toContain('（请把协议名写成小写https://）');
  });

  it("words an added issue's coded params", () => {
    const s = z.object({ from: z.string(), to: z.string() }).refine((p) => p.from <= p.to, { params: coded('periodOrder'), path: ['to'] });
    expect(message(s, { from: '2026-02-01', to: '2026-01-01' })).toBe('结束日期（to）不能早于开始日期（from）');
    const r = s.safeParse({ from: '2026-02-01', to: '2026-01-01' });
    expect(r.success ? undefined : (r.error.issues[0] as z.core.$ZodIssueCustom).params).toEqual({ gongshi: 'periodOrder' });
  });

  it("prefers the check's own code to the type's", () => {
    const score = z.number({ error: say('scoreType') }).max(100, { error: say('scoreTooHigh', { max: 100 }) });
    expect(message(score, 'x')).toBe('分数应为数字');
    expect(message(score, 101)).toBe('分数不能超过100');
  });

  it('names a refused character in Chinese, where it is', () => {
    const t = text(40);
    expect(message(t, '林\u202e晓川')).toMatch(/^第2个字符是看不见的从右到左覆盖符（U\+202E），不能公开发布/);
    expect(message(t, '林\u2062晓川')).toMatch(/^第2个字符是看不见的不可见运算符（U\+2062）/);
  });
});
