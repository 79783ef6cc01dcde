/** Annual plan of selection and appointment work (年度选拔任用工作计划, seed 二 and 三.4). */
import { z } from 'zod';
import { say } from './messages.ts';
import { count, noticeBase, ref, text } from './common.ts';

export const PlanSchema = z
  .strictObject({
    ...noticeBase,
    /** Year the plan covers. */
    year: z.number().int().min(2000).max(2100).meta({ title: '年度', description: '计划所属年份，例如 2026' }),
    /** Planned selections. */
    items: z
      .array(
        z
          .strictObject({
            unit: ref('units').meta({ title: '单位', description: '计划选拔干部的单位' }),
            /** Post or kind of post to fill, e.g. 副局长. */
            post: text(100).meta({ title: '职务', description: '拟选拔的职务或职务类别，例如 副局长' }),
            /** How many. */
            count: count.min(1).meta({ title: '人数', description: '计划选拔的人数，至少 1' }),
            /** Intended method, e.g. 个别提拔 / 竞争上岗. */
            method: text(40).meta({ title: '方式', description: '拟采用的选拔方式，例如 个别提拔、竞争上岗' }).optional(),
          })
          .meta({ title: '计划项', description: '一个单位的一类职务' }),
      )
      .min(1, { error: say('planItems') })
      .meta({ title: '计划项', description: '本年度计划的选拔任用，每个单位每类职务一项' }),
  })
  .meta({ title: '年度计划', description: '年度干部选拔任用工作计划：每次选拔任用工作都应属于当年已发布的计划。' });
export type Plan = z.output<typeof PlanSchema>;
