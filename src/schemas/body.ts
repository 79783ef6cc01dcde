/** A decision body (常委会, 全委会, 党组会) and its roster over time. */
import { z } from 'zod';
import { isoDate, ref, text } from './common.ts';

export const BODY_TYPES = {
  'standing-committee': '常委会',
  'full-committee': '全委会',
  'party-group': '党组(党委)会',
  'department-meeting': '部务会',
} as const;

export const MembershipSchema = z
  .strictObject({
    person: ref('people'),
    /** Role on the body, e.g. 书记, 副书记, 常委, 委员. */
    role: text(20),
    /** First day of membership. */
    from: isoDate,
    /** Last day of membership; omit while serving. */
    to: isoDate.optional(),
  })
  .refine((m) => !m.to || m.to >= m.from, { error: '离任日期不能早于任职日期', path: ['to'] });

export const BodySchema = z.strictObject({
  /** Name, e.g. 中共青川市委常委会. */
  name: text(60),
  type: z.enum(Object.keys(BODY_TYPES) as [keyof typeof BODY_TYPES], {
    error: `决策机构类型应为:${Object.keys(BODY_TYPES).join('、')}`,
  }),
  /** Unit the body governs. */
  unit: ref('units'),
  /** Members with their terms. */
  members: z.array(MembershipSchema).min(1, { error: '至少列出一名成员' }),
});
export type Body = z.output<typeof BodySchema>;
