/**
 * Inspection report and evaluation conclusion for one inspectee (考察评价结论, seed 一(二)2–3, 二(二)4–8):
 * work report, democratic evaluation, interviews, conclusion, every team member's signature, appeals.
 */
import { z } from 'zod';
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

export const InspectionReportSchema = z.strictObject({
  ...roundNoticeBase,
  inspectionNotice: ref('inspection-notices'),
  inspectee: ref('people'),
  position: ref('position'),
  /** 述职 (seed 二(二)4). */
  workReport: z.strictObject({
    date: isoDate,
    form: z.enum(['会议述职', '书面述职'], { error: '述职形式应为 会议述职 或 书面述职' }),
    /** People who heard or read it. */
    audience: count.optional(),
  }),
  /** Democratic evaluation (民主测评, seed 二(二)5). */
  evaluation: z.strictObject({
    date: isoDate,
    participants: count,
    ballotsValid: count,
    ratings: z.strictObject({ excellent: count, competent: count, basicallyCompetent: count, incompetent: count }),
  }),
  /** People interviewed, by level (找不同层面多少人谈话). */
  interviews: z.array(z.strictObject({ level: text(40), count })).default([]),
  /** Main achievements as established by the inspection. */
  achievements: text(4000).optional(),
  /** Health status (身体健康状况). */
  health: text(200).optional(),
  /** Whether the inspectee meets the post's qualifications (任职资格审核). */
  qualificationCheck: text(500).optional(),
  /** Recommendation votes obtained, as published. */
  recommendationVotes: text(200).optional(),
  /** Evaluation conclusion (评价结论). */
  conclusion: text(4000),
  /** Signature of every team member (参加考察评价人员签名). */
  signatures: z.array(z.strictObject({ person: ref('people'), date: isoDate })).default([]),
  /** Date the result was fed back to the inspectee (反馈). */
  feedback: isoDate.optional(),
  /** Appeals (申诉, seed 二(二)7). */
  appeals: z
    .array(
      z.strictObject({
        filed: isoDate,
        /** Summary of the grounds. */
        grounds: text(1000),
        resolved: isoDate.optional(),
        outcome: text(1000).optional(),
      }),
    )
    .default([]),
});
export type InspectionReport = z.output<typeof InspectionReportSchema>;
