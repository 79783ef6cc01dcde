import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('recommendation schema', () => {
  it('requires meeting figures for a meeting recommendation', () => {
    const r = example('recommendations');
    r.method = 'meeting';
    expect(issues('recommendations', r).join()).toContain('会议推荐须填写meeting');
  });
  it('rejects more valid ballots than ballots issued', () => {
    const r = example('recommendations');
    r.method = 'meeting';
    r.meeting = { participants: 50, ballotsIssued: 40, ballotsValid: 41 };
    expect(issues('recommendations', r).join()).toContain('有效票不能多于发出票');
  });
  it('has no field for a recommender phone number', () => {
    const r = example('recommendations') as { candidates: { recommenders: Record<string, unknown>[] }[] };
    r.candidates[0]!.recommenders[0]!.phone = '13800000000';
    expect(issues('recommendations', r).length).toBe(1);
  });
});
