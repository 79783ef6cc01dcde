/**
 * Inspection pre-announcement (考察预告, seed 二(二)1) with the joint pre-review (会审, seed 二(二)2).
 */
import { z } from 'zod';
import { isoDate, period, ref, roundNoticeBase, text } from './common.ts';

export const InspectionNoticeSchema = z.strictObject({
  ...roundNoticeBase,
  /** Days the inspection team works. */
  period,
  inspectees: z
    .array(z.strictObject({ person: ref('people'), position: ref('position') }))
    .min(1, { error: '至少一名考察对象' }),
  team: z
    .array(z.strictObject({ person: ref('people'), role: z.enum(['组长', '副组长', '成员'], { error: '角色应为 组长、副组长 或 成员' }) }))
    .min(1, { error: '须列出考察组成员' }),
  /** Joint pre-review by the organisation and discipline departments before inspection. */
  preReview: z.strictObject({
    date: isoDate,
    /** Departments taking part, e.g. 市委组织部、市纪委监委. */
    departments: z.array(text(60)).min(2, { error: '会审须由组织部门会同纪检监察机关进行(至少两个部门)' }),
    /** Summary conclusion. */
    conclusion: text(1000),
    /** Candidates with a finding, who therefore cannot be inspectees. */
    findings: z.array(z.strictObject({ person: ref('people'), finding: text(500) })).default([]),
  }),
});
export type InspectionNotice = z.output<typeof InspectionNoticeSchema>;
