/**
 * Supervision reports (seed 三.5–6): the pre-announcement of an annual inspection of selection work,
 * its findings, and feedback reports to the public (反馈通报).
 */
import { z } from 'zod';
import { noticeBase, period, ref, text } from './common.ts';

export const SUPERVISION_TYPES = { announcement: '检查预告', findings: '检查结果', feedback: '反馈通报' } as const;

export const SupervisionReportSchema = z.strictObject({
  ...noticeBase,
  year: z.number().int().min(2000).max(2100),
  type: z.enum(Object.keys(SUPERVISION_TYPES) as [keyof typeof SUPERVISION_TYPES], {
    error: 'type 应为 announcement(检查预告)、findings(检查结果)或 feedback(反馈通报)',
  }),
  /** Units inspected. */
  units: z.array(ref('units')).default([]),
  /** Inspection period. */
  period: period.optional(),
  /** For findings: the pre-announcement they follow. */
  announcement: ref('supervision-reports').optional(),
  findings: z
    .array(
      z.strictObject({
        unit: ref('units'),
        finding: text(2000),
        action: text(1000),
        /** An appointment revoked as a result: its round and person. */
        revokes: z.strictObject({ round: ref('rounds'), person: ref('people') }).optional(),
      }),
    )
    .default([]),
});
export type SupervisionReport = z.output<typeof SupervisionReportSchema>;
