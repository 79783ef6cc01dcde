/** A unit (单位): party or government department, township, institution or state enterprise. */
import { z } from 'zod';
import { say } from './messages.ts';
import { ref, text } from './common.ts';

export const UNIT_TYPES = ['党委部门', '政府部门', '人大政协', '群团组织', '乡镇街道', '事业单位', '国有企业', '其他'] as const;

export const UnitSchema = z.strictObject({
  /** Full name, e.g. 青川市交通运输局. */
  name: text(100).meta({ title: '名称', description: '单位全称，例如 望川市交通运输局' }),
  /** Short name for lists and filters. */
  shortName: text(30).optional().meta({ title: '简称', description: '列表和筛选中使用的简称，例如 交通运输局' }),
  /** Other short names people use for the unit (交通局 for 望川市交通运输局), found by search. */
  aliases: z.array(text(30).meta({ title: '又称', description: '人们常用的另一个简称' })).max(10).optional().meta({ title: '其他简称', description: '人们常说的其他简称，例如 交通局、交通运输局；搜索时也能找到本单位' }),
  /** Kind of unit, for filtering. */
  type: z.enum(UNIT_TYPES, { error: say('unitType', { values: UNIT_TYPES }) }).meta({ title: '单位类型', description: '党委部门、政府部门、人大政协、群团组织、乡镇街道、事业单位、国有企业或其他' }),
  /** The unit it belongs to, if any. */
  parent: ref('units').optional().meta({ title: '上级单位', description: '所属上级单位的编号；没有的不填；不能形成循环' }),
});
export type Unit = z.output<typeof UnitSchema>;

// Registered, not chained, so the schema object stays the one declared above.
UnitSchema.register(z.globalRegistry, {
  title: '单位',
  description: '单位：党委部门、政府部门、乡镇街道、事业单位或国有企业等；parent 指向上级单位。',
});
