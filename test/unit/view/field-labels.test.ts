import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyName, parsePath, pathLabel, valueText } from '../../../src/view/field-labels.ts';
import type { Kind } from '../../../src/schemas/common.ts';

const SCHEMAS = join(import.meta.dirname, '../../../public/schemas');

describe('field paths in words', () => {
  it('reads a path written the way the diff and the validator write it', () => {
    expect(parsePath('results[0].reason')).toEqual(['results', 0, 'reason']);
    expect(parsePath('window.to')).toEqual(['window', 'to']);
    expect(parsePath('说明')).toBeUndefined();
  });

  it('names a list item by the person it is about', () => {
    const data = { results: [{ person: 'yao', reason: 'x' }] };
    expect(pathLabel('appointments', ['results', 0, 'reason'], data, (id) => (id === 'yao' ? '姚振邦' : undefined))).toBe('任用结果（姚振邦） · 理由');
    expect(pathLabel('appointments', ['results', 0, 'reason'], data)).toBe('任用结果（第1项） · 理由');
  });

  it('never shows a key it does not know', () => {
    expect(pathLabel('publicities', ['noSuchKey'])).toBe('其他内容');
  });

  it('writes enum values, booleans and objects in words', () => {
    expect(valueText('appointments', 'status', 'deferred')).toBe('暂缓任用');
    expect(valueText('decisions', 'result', 'deferred')).toBe('缓议');
    expect(valueText('bodies', 'type', 'standing-committee')).toBe('常委会');
    expect(valueText('examinations', 'method', 'trimmed-mean')).toBe('去掉一个最高分和一个最低分后平均');
    expect(valueText('integrity-summaries', 'reviewed', true)).toBe('是');
    expect(valueText('publicities', 'window', { from: '2026-09-28', to: '2026-10-09' })).toBe('起：2026-09-28，止：2026-10-09');
  });

  it('has a Chinese name for every field of every published JSON Schema', () => {
    const missing: string[] = [];
    for (const f of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'catalog.json' && f !== 'compiled-round.json')) {
      const kind = f.replace(/\.json$/, '') as Kind;
      const walk = (s: unknown): void => {
        if (!s || typeof s !== 'object') return;
        const o = s as Record<string, unknown>;
        if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) if (!keyName(kind, k)) missing.push(`${kind}.${k}`);
        for (const v of Object.values(o)) walk(v);
      };
      walk(JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')));
    }
    expect(missing).toEqual([]);
  });
});
