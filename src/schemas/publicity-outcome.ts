/** How the reports received during a publicity window were handled (seed 一(三)2). */
import { z } from 'zod';
import { coded } from './messages.ts';
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

export const PublicityOutcomeSchema = z
  .strictObject({
    ...roundNoticeBase,
    publicity: ref('publicities').meta({ title: '任前公示', description: '这份结果所对应的任前公示编号' }),
    items: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '公示对象', description: '公示对象的人员编号' }),
            /** Reports (反映件) received about this candidate. */
            received: count.meta({ title: '收到件数', description: '公示期间收到的反映这名公示对象的件数' }),
            substantiated: count.meta({ title: '查实', description: '经核查属实的件数' }),
            partlySubstantiated: count.meta({ title: '部分属实', description: '经核查部分属实的件数' }),
            unsubstantiated: count.meta({ title: '不属实', description: '经核查不属实的件数' }),
            /** Still being checked; the appointment waits for them. */
            pending: count.meta({ title: '在查', description: '仍在核查的件数；核查完之前不能任职' }),
            /** Conclusion as published. */
            conclusion: text(2000).meta({ title: '核查结论', description: '公开的核查结论' }),
            /** Date the reporters were told the result (向反映人反馈). */
            feedbackToReporters: isoDate.meta({ title: '反馈日期', description: '向反映人反馈核查结果的日期' }).optional(),
            /** Date the pending checks were completed, if they were. */
            resolved: isoDate.meta({ title: '核查完成日期', description: '在查件全部核查完毕的日期' }).optional(),
          })
          .refine((i) => i.substantiated + i.partlySubstantiated + i.unsubstantiated + i.pending === i.received, {
            params: coded('outcomeSum'),
            path: ['received'],
          })
          .meta({ title: '公示对象', description: '一名公示对象收到的反映及核查情况' }),
      )
      .min(1)
      .meta({ title: '反映及核查情况', description: '每名公示对象一项：收到件数和核查结果' }),
  })
  .meta({ title: '公示结果', description: '任前公示期间收到的反映如何核查处理。' });
export type PublicityOutcome = z.output<typeof PublicityOutcomeSchema>;
