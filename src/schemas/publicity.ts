/** Pre-appointment publicity (任前公示): candidates, proposed posts, the window and where to report. */
import { z } from 'zod';
import { period, ref, roundNoticeBase, text } from './common.ts';

export const PublicitySchema = z.strictObject({
  ...roundNoticeBase,
  decision: ref('decisions'),
  /** Publicity window, both days inclusive. */
  window: period,
  candidates: z
    .array(
      z.strictObject({
        person: ref('people'),
        position: ref('position'),
        /** Proposed post as it will be published, e.g. 拟任市交通运输局党组成员、副局长. */
        proposedPost: text(200),
        /** Exceptional promotion (破格提拔, G5): circumstances and reasons. */
        exceptional: z.strictObject({ circumstances: text(1000), reasons: text(1000) }).optional(),
        /** Political review conclusion (政审). */
        politicalReview: text(200).optional(),
        /** Health check conclusion (体检). */
        healthCheck: text(200).optional(),
      }),
    )
    .min(1, { error: '至少一名公示对象' }),
});
export type Publicity = z.output<typeof PublicitySchema>;
