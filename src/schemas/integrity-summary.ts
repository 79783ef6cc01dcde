/**
 * Integrity summary (廉政情况) for one candidate: statuses and conclusions only (seed 二(四)).
 * No amounts, no asset lists: the strict schema has nowhere to put them.
 */
import { z } from 'zod';
import { isoDate, ref, roundNoticeBase, text } from './common.ts';

export const IntegritySummarySchema = z.strictObject({
  ...roundNoticeBase,
  person: ref('people'),
  /** 两圈 (social and private life) report reviewed by the inspection team (C1). */
  twoCircles: z.strictObject({ reviewed: z.boolean(), date: isoDate.optional(), conclusion: text(500) }),
  /** Personal and family asset declaration submitted (C2) — status only. */
  assetDeclaration: z.strictObject({ submitted: z.boolean(), date: isoDate.optional() }),
  /** Debts at or above the threshold (C3) — yes/no and whether a repayment plan was reported. */
  debts: z.strictObject({ atOrAboveThreshold: z.boolean(), repaymentPlanReported: z.boolean().optional() }),
  /** Economic responsibility audit (C4, D8). */
  audit: z.strictObject({
    kind: z.enum(['任中审计', '离任审计', '不适用'], { error: '审计类型应为 任中审计、离任审计 或 不适用' }),
    date: isoDate.optional(),
    conclusion: z.enum(['no-violation', 'violation', 'not-applicable'], {
      error: 'conclusion 应为 no-violation(未发现违纪)、violation(有违纪)或 not-applicable',
    }),
    summary: text(1000).optional(),
  }),
});
export type IntegritySummary = z.output<typeof IntegritySummarySchema>;
