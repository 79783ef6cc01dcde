import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('inspection notice schema', () => {
  it('requires the pre-review to involve the discipline department too', () => {
    const n = example('inspection-notices') as { preReview: Record<string, unknown> };
    n.preReview.departments = ['市委组织部'];
    expect(issues('inspection-notices', n).join()).toContain('会同纪检监察机关');
  });
  it('rejects an inspection period that ends before it starts', () => {
    const n = example('inspection-notices');
    n.period = { from: '2026-04-15', to: '2026-04-08' };
    expect(issues('inspection-notices', n)).toContain('period.to: 结束日期（to）不能早于开始日期（from）');
  });
});
