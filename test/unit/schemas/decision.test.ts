import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('decision schema', () => {
  it('rejects more ballots returned than issued', () => {
    const d = example('decisions');
    d.ballots = { issued: 9, returned: 10 };
    expect(issues('decisions', d)).toContain('ballots.returned: 收回票数不能多于发出票数');
  });
  it('rejects a negative tally', () => {
    const d = example('decisions') as { items: Record<string, unknown>[] };
    d.items[0]!.no = -1;
    expect(issues('decisions', d).join()).toContain('items[0].no: 不能为负数');
  });
  it('names the allowed results', () => {
    const d = example('decisions') as { items: Record<string, unknown>[] };
    d.items[0]!.result = 'ok';
    expect(issues('decisions', d).join()).toContain('passed（通过）');
  });
});
