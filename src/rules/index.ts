/** Every cross-record rule, run in catalog order over a built dataset. */
import type { Dataset } from '../lib/dataset.ts';
import type { Problem } from '../lib/problem.ts';

/** A rule check: pure function from the dataset to its findings. */
export type RuleCheck = (ds: Dataset) => Problem[];

/** The checks in force; each stage file adds its own. */
export const CHECKS: RuleCheck[] = [];

/** Run every rule and collect the findings. */
export function runRules(ds: Dataset): Problem[] {
  return CHECKS.flatMap((check) => check(ds));
}
