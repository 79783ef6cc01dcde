import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('publicity outcome schema', () => {
  it('requires the handled reports to add up to those received', () => {
    const o = example('publicity-outcomes') as { items: Record<string, unknown>[] };
    o.items[0]!.received = 3;
    expect(issues('publicity-outcomes', o)).toContain('items[0].received: 查实、部分属实、不属实与在查件数之和应等于收到件数');
  });
});
