/**
 * Recommendation results (推荐情况): every recommendation signed (seed 一(一)1–2) — recommender name,
 * unit and post; the phone number the form asks for is kept by the department and never published.
 */
import { z } from 'zod';
import { count, isoDate, ref, roundNoticeBase, signature, text } from './common.ts';

export const RECOMMENDATION_METHODS = {
  meeting: '会议推荐',
  conversation: '谈话调研推荐',
  signed: '个人署名推荐',
  joint: '联名推荐',
} as const;

export const RecommendationSchema = z
  .strictObject({
    ...roundNoticeBase,
    position: ref('position'),
    method: z.enum(Object.keys(RECOMMENDATION_METHODS) as [keyof typeof RECOMMENDATION_METHODS], {
      error: 'method 应为 meeting、conversation、signed 或 joint',
    }),
    /** Date recommendation took place. */
    date: isoDate,
    /** For a meeting recommendation: who took part and the ballots. */
    meeting: z
      .strictObject({ participants: count, ballotsIssued: count, ballotsValid: count })
      .refine((m) => m.ballotsValid <= m.ballotsIssued && m.ballotsIssued <= m.participants, {
        error: '有效票不能多于发出票,发出票不能多于参加人数',
      })
      .optional(),
    candidates: z
      .array(
        z.strictObject({
          person: ref('people'),
          /** Votes received in a meeting recommendation. */
          votes: count.optional(),
          /** Everyone who signed a recommendation of this candidate. */
          recommenders: z.array(signature.extend({ reason: text(500).optional() })),
        }),
      )
      .min(1, { error: '至少一名被推荐人' }),
  })
  .refine((r) => r.method !== 'meeting' || r.meeting, { error: '会议推荐须填写 meeting(参加人数、发出票、有效票)', path: ['meeting'] });
export type Recommendation = z.output<typeof RecommendationSchema>;
