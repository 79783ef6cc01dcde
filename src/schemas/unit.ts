/** A unit (单位): party or government department, township, institution or state enterprise. */
import { z } from 'zod';
import { ref, text } from './common.ts';

export const UNIT_TYPES = ['党委部门', '政府部门', '人大政协', '群团组织', '乡镇街道', '事业单位', '国有企业', '其他'] as const;

export const UnitSchema = z.strictObject({
  /** Full name, e.g. 青川市交通运输局. */
  name: text(100),
  /** Short name for lists and filters. */
  shortName: text(30).optional(),
  /** Other short names people use for the unit (交通局 for 望川市交通运输局), found by search. */
  aliases: z.array(text(30)).max(10).optional(),
  /** Kind of unit, for filtering. */
  type: z.enum(UNIT_TYPES, { error: `单位类型应为:${UNIT_TYPES.join('、')}` }),
  /** The unit it belongs to, if any. */
  parent: ref('units').optional(),
});
export type Unit = z.output<typeof UnitSchema>;
