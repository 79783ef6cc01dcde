import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('examination schema', () => {
  it('requires one score per examiner', () => {
    const e = example('examinations') as { candidates: { scores: number[] }[] };
    e.candidates[0]!.scores = [80, 85];
    expect(issues('examinations', e).join()).toContain('有3名考官，但这里列了2个分数');
  });
  it('requires the written score when weights are declared', () => {
    const e = example('examinations') as { aggregation: Record<string, unknown> };
    e.aggregation.weights = { written: 40, interview: 60 };
    expect(issues('examinations', e).join()).toContain('candidates[0].written: 声明了笔试权重');
  });
  it('requires weights that add up to 100', () => {
    const e = example('examinations') as { aggregation: Record<string, unknown>; candidates: Record<string, unknown>[] };
    e.aggregation.weights = { written: 40, interview: 50 };
    e.candidates[0]!.written = 80;
    expect(issues('examinations', e).join()).toContain('权重之和应为100');
  });
  it('rejects a score above 100', () => {
    const e = example('examinations') as { candidates: { scores: number[] }[] };
    e.candidates[0]!.scores = [80, 85, 101];
    expect(issues('examinations', e).join()).toContain('不能超过100');
  });
  it('needs at least three examiners', () => {
    const e = example('examinations') as { examiners: unknown[] };
    e.examiners = e.examiners.slice(0, 2);
    expect(issues('examinations', e).join()).toContain('考官不少于3名');
  });
});
