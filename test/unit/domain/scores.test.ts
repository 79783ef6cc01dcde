import { describe, expect, it } from 'vitest';
import { agrees, formatScore, mean, recompute, roundTo, trimmedMean, weighted } from '../../../src/domain/scores.ts';

describe('score aggregation', () => {
  it('averages scores', () => expect(mean([80, 85, 90])).toBe(85));
  it('gives NaN for the mean of no scores', () => expect(mean([])).toBeNaN());
  it('drops one highest and one lowest score: [80,85,90,95,70] → 85.00', () => {
    expect(trimmedMean([80, 85, 90, 95, 70])).toBe(85);
    expect(formatScore(trimmedMean([80, 85, 90, 95, 70]), 2)).toBe('85.00');
  });
  it('drops only one of several equal highest scores', () => expect(trimmedMean([90, 90, 80, 70])).toBe(85));
  it('cannot trim fewer than three scores', () => expect(trimmedMean([80, 90])).toBeNaN());
  it('weighs a written 80 and an interview 90 at 40/60 to 86', () => expect(weighted(80, 90, { written: 40, interview: 60 })).toBe(86));
  it('rounds half up at the declared decimals, despite binary fractions', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(84.125, 2)).toBe(84.13);
    expect(roundTo(84.124, 2)).toBe(84.12);
    expect(roundTo(85.5, 0)).toBe(86);
  });
  it('agrees within the tolerance and not beyond', () => {
    expect(agrees(83, 83.01, 0.01)).toBe(true);
    expect(agrees(83, 83.02, 0.01)).toBe(false);
  });
});

describe('recompute', () => {
  const agg = { method: 'trimmed-mean' as const, decimals: 2, weights: { written: 40, interview: 60 } };

  it('recomputes the interview score and the weighted final', () => {
    expect(recompute(agg, { scores: [80, 85, 90, 95, 70], written: 80, interview: 85 })).toEqual({ interview: 85, final: 83, finalFromRecomputed: 83 });
  });

  it('computes the final from the published interview score, and separately from the recomputed one', () => {
    expect(recompute(agg, { scores: [80, 85, 90, 95, 70], written: 80, interview: 86 })).toEqual({ interview: 85, final: 83.6, finalFromRecomputed: 83 });
  });

  it('takes the interview score as final when no weights are declared', () => {
    expect(recompute({ method: 'mean', decimals: 2 }, { scores: [81, 82, 84], interview: 82.33 })).toEqual({ interview: 82.33, final: 82.33, finalFromRecomputed: 82.33 });
  });
});
