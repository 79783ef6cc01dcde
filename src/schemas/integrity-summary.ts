/**
 * Integrity summary (廉政情况) for one candidate: statuses and conclusions only (seed 二(四)).
 * No amounts, no asset lists: the strict schema has nowhere to put them.
 */
import { z } from 'zod';
import { say } from './messages.ts';
import { isoDate, ref, roundNoticeBase, text } from './common.ts';

/** The audit kind of a summary whose candidate needs no economic responsibility audit. */
export const NO_AUDIT = '不适用';

/** The kinds of economic responsibility audit, written in the records as they are. */
export const AUDIT_KINDS = ['任中审计', '离任审计', NO_AUDIT] as const;

export const IntegritySummarySchema = z
  .strictObject({
    ...roundNoticeBase,
    person: ref('people').meta({ title: '人员', description: '廉政情况所涉人员的编号' }),
    /** 两圈 (social and private life) report reviewed by the inspection team (C1). */
    twoCircles: z
      .strictObject({
        reviewed: z.boolean().meta({ title: '已审核', description: '考察组是否已审核“两圈”情况报告（true 或 false）' }),
        date: isoDate.meta({ title: '审核日期', description: '审核的日期' }).optional(),
        conclusion: text(500).meta({ title: '结论', description: '审核结论，例如 未发现问题' }),
      })
      .meta({ title: '“两圈”情况', description: '社交圈、生活圈情况报告的审核' }),
    /** Personal and family asset declaration submitted (C2) — status only. */
    assetDeclaration: z
      .strictObject({
        submitted: z.boolean().meta({ title: '已申报', description: '是否已报告个人和家庭财产（true 或 false）；不写金额' }),
        date: isoDate.meta({ title: '申报日期', description: '报告的日期' }).optional(),
      })
      .meta({ title: '财产申报', description: '个人和家庭财产报告情况，只写是否申报，不写任何金额' }),
    /** Debts at or above the threshold (C3) — yes/no and whether a repayment plan was reported. */
    debts: z
      .strictObject({
        atOrAboveThreshold: z.boolean().meta({ title: '达到报告标准', description: '债务是否达到 site.yaml 中 debtThreshold 规定的数额（true 或 false）；不写金额' }),
        repaymentPlanReported: z.boolean().meta({ title: '已报告还款计划', description: '达到标准的，是否已报告还款计划（true 或 false）' }).optional(),
      })
      .meta({ title: '债务情况', description: '只写是否达到报告标准、是否报告还款计划，不写金额' }),
    /** Economic responsibility audit (C4, D8). */
    audit: z
      .strictObject({
        kind: z.enum(AUDIT_KINDS, { error: say('auditKind', { values: AUDIT_KINDS }) }).meta({ title: '审计类型', description: '任中审计、离任审计或不适用' }),
        date: isoDate.meta({ title: '审计日期', description: '审计结论作出的日期' }).optional(),
        conclusion: z
          .enum(['no-violation', 'violation', 'not-applicable'], {
            error: say('auditConclusion'),
          })
          .meta({ title: '审计结论', description: 'no-violation（未发现违纪违规）、violation（有违纪违规）或 not-applicable（不适用）' }),
        summary: text(1000).meta({ title: '审计情况', description: '审计结论的文字概要' }).optional(),
      })
      .meta({ title: '经济责任审计', description: '经济责任审计情况' }),
  })
  .meta({ title: '廉政情况', description: '一名人选的廉政情况：只写状态和结论，不写金额、不列财产。' });
export type IntegritySummary = z.output<typeof IntegritySummarySchema>;
