/**
 * zod's own messages in plain Chinese. zod 4's zh-CN locale is the base; where it leaves English
 * type names ("期望 object，实际接收 string"), the common cases are worded for a clerk instead.
 * A message written in a schema still wins over both.
 */
import { z } from 'zod';

const TYPE: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否（true 或 false）',
  array: '列表（每项一行，以“- ”开头）',
  object: '“字段: 值”形式的一组字段',
  null: '空值',
  undefined: '未填写',
  date: '日期',
};

/** What a clerk wrote, named: 文字“abc”, 数字 12, 列表, 空值 … */
function written(input: unknown): string {
  if (input === null || input === undefined) return '空值';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'string') return `文字“${input.length > 20 ? `${input.slice(0, 20)}…` : input}”`;
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return `是或否（${String(input)}）`;
  if (typeof input === 'object') return '一组字段';
  return '其他内容';
}

/** The Chinese message of `issue`, or undefined to leave it to the locale. */
export function chineseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const i = issue as unknown as { code: string; expected?: string; input?: unknown; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; values?: unknown[] };
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? `应为${TYPE[i.expected ?? ''] ?? '正确的内容'}` : `应为${TYPE[i.expected ?? ''] ?? '正确的内容'}，这里写的是${written(i.input)}`;
    case 'too_small':
      if (i.origin === 'string') return `太短：至少要写 ${i.minimum} 个字`;
      if (i.origin === 'array') return `太少：至少要有 ${i.minimum} 项`;
      if (i.origin === 'number') return i.inclusive ? `不能小于 ${i.minimum}` : `应大于 ${i.minimum}`;
      return undefined;
    case 'too_big':
      if (i.origin === 'string') return `太长：最多 ${i.maximum} 个字`;
      if (i.origin === 'array') return `太多：最多 ${i.maximum} 项`;
      if (i.origin === 'number') return i.inclusive ? `不能大于 ${i.maximum}` : `应小于 ${i.maximum}`;
      return undefined;
    case 'invalid_value':
      return i.values?.length ? `应为以下之一：${i.values.map(String).join('、')}` : undefined;
    default:
      return undefined;
  }
}

/** Install zod's Chinese messages: the zh-CN locale with the common cases reworded. */
export function useChineseZod(): void {
  z.config(z.locales.zhCN());
  z.config({ customError: (issue) => chineseMessage(issue) });
}
