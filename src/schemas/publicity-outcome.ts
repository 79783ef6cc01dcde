/** How the reports received during a publicity window were handled (seed 一(三)2). */
import { z } from 'zod';
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

export const PublicityOutcomeSchema = z.strictObject({
  ...roundNoticeBase,
  publicity: ref('publicities'),
  items: z
    .array(
      z
        .strictObject({
          person: ref('people'),
          /** Reports (反映件) received about this candidate. */
          received: count,
          substantiated: count,
          partlySubstantiated: count,
          unsubstantiated: count,
          /** Still being checked; the appointment waits for them. */
          pending: count,
          /** Conclusion as published. */
          conclusion: text(2000),
          /** Date the reporters were told the result (向反映人反馈). */
          feedbackToReporters: isoDate.optional(),
          /** Date the pending checks were completed, if they were. */
          resolved: isoDate.optional(),
        })
        .refine((i) => i.substantiated + i.partlySubstantiated + i.unsubstantiated + i.pending === i.received, {
          error: '查实、部分属实、不属实与在查件数之和应等于收到件数',
          path: ['received'],
        }),
    )
    .min(1),
});
export type PublicityOutcome = z.output<typeof PublicityOutcomeSchema>;
