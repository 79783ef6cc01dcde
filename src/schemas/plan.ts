/** Annual plan of selection and appointment work (年度选拔任用工作计划, seed 二 and 三.4). */
import { z } from 'zod';
import { count, noticeBase, ref, text } from './common.ts';

export const PlanSchema = z.strictObject({
  ...noticeBase,
  /** Year the plan covers. */
  year: z.number().int().min(2000).max(2100),
  /** Planned selections. */
  items: z
    .array(
      z.strictObject({
        unit: ref('units'),
        /** Post or kind of post to fill, e.g. 副局长. */
        post: text(100),
        /** How many. */
        count: count.min(1),
        /** Intended method, e.g. 个别提拔 / 竞争上岗. */
        method: text(40).optional(),
      }),
    )
    .min(1, { error: '年度计划至少列出一项' }),
});
export type Plan = z.output<typeof PlanSchema>;
