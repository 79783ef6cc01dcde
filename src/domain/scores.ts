/**
 * Score aggregation for examinations (X2): the declared method applied to the examiners' published
 * scores, so anyone can recompute the interview and final score. Pages show the same numbers.
 */
import type { Examination } from '../schemas/examination.ts';

/** Arithmetic mean; NaN for no scores. */
export function mean(scores: readonly number[]): number {
  if (scores.length === 0) return Number.NaN;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Mean after dropping one highest and one lowest score (needs at least 3 scores, else NaN). */
export function trimmedMean(scores: readonly number[]): number {
  if (scores.length < 3) return Number.NaN;
  const sorted = [...scores].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/**
 * `x` rounded half-up to `decimals` places. Trimming `x * 10^d` to 12 significant digits first
 * keeps 1.005 → 1.01 (in binary, 1.005 * 100 is 100.49999…).
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  return Math.round(Number((x * f).toPrecision(12))) / f;
}

/** Weighted combination of written and interview scores, weights in percent (40/60). */
export function weighted(written: number, interview: number, weights: { written: number; interview: number }): number {
  return (written * weights.written + interview * weights.interview) / 100;
}

/** The interview score of `scores` under `method`, unrounded. */
export function interviewScore(scores: readonly number[], method: Examination['aggregation']['method']): number {
  return method === 'trimmed-mean' ? trimmedMean(scores) : mean(scores);
}

/** Recomputed scores of one candidate. */
export interface Recomputed {
  /** Interview score from the examiners' scores, rounded to the declared decimals. */
  interview: number;
  /** Final score from the *published* interview score (and written score, when weighted), rounded. */
  final: number;
  /** Final score from the recomputed interview score, rounded: what the final should be end to end. */
  finalFromRecomputed: number;
}

/** Recompute a candidate's interview and final score under the examination's declared aggregation. */
export function recompute(aggregation: Examination['aggregation'], candidate: Pick<Examination['candidates'][number], 'scores' | 'written' | 'interview'>): Recomputed {
  const d = aggregation.decimals;
  const interview = roundTo(interviewScore(candidate.scores, aggregation.method), d);
  const combine = (iv: number) => (aggregation.weights ? roundTo(weighted(candidate.written ?? 0, iv, aggregation.weights), d) : iv);
  return { interview, final: combine(candidate.interview), finalFromRecomputed: combine(interview) };
}

/** Whether two scores agree within `tolerance` (guarding against binary noise at the boundary). */
export function agrees(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** A score with exactly `decimals` decimal places, as in evidence and messages: 85.00. */
export function formatScore(x: number, decimals: number): string {
  return Number.isFinite(x) ? roundTo(x, decimals).toFixed(decimals) : '—';
}
