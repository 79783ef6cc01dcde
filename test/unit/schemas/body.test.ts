import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('body schema', () => {
  it('rejects a membership that ends before it starts', () => {
    const b = example('bodies') as { members: Record<string, unknown>[] };
    b.members[0]!.to = '2020-01-01';
    expect(issues('bodies', b)).toContain('members[0].to: 离任日期不能早于任职日期');
  });
  it('requires at least one member', () => {
    expect(issues('bodies', { ...example('bodies'), members: [] })).toContain('members: 至少列出一名成员');
  });
});
