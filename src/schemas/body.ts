/** A decision body (常委会, 全委会, 党组会) and its roster over time. */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { isoDate, ref, text } from './common.ts';

/** The kinds of decision body, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const BODY_TYPE_KEYS = ['standing-committee', 'full-committee', 'party-group', 'department-meeting'] as const;
export type BodyType = (typeof BODY_TYPE_KEYS)[number];

export const MembershipSchema = z
  .strictObject({
    person: ref('people').meta({ title: '成员', description: '成员的人员编号' }),
    /** Role on the body, e.g. 书记, 副书记, 常委, 委员. */
    role: text(20).meta({ title: '身份', description: '在该机构中的身份，例如 书记、副书记、常委、委员' }),
    /** First day of membership. */
    from: isoDate.meta({ title: '任职日期', description: '成为成员的第一天' }),
    /** Last day of membership; omit while serving. */
    to: isoDate.meta({ title: '离任日期', description: '担任成员的最后一天；仍在任的不填' }).optional(),
  })
  .refine((m) => !m.to || m.to >= m.from, { params: coded('membershipOrder'), path: ['to'] });

export const BodySchema = z
  .strictObject({
    /** Name, e.g. 中共青川市委常委会. */
    name: text(60).meta({ title: '名称', description: '决策机构全称，例如 中共望川市委常委会' }),
    type: z
      .enum(BODY_TYPE_KEYS, {
        error: say('bodyType', { values: BODY_TYPE_KEYS }),
      })
      .meta({ title: '类型', description: 'standing-committee（常委会）、full-committee（全委会）、party-group（党组（党委）会）或 department-meeting（部务会）' }),
    /** Unit the body governs. */
    unit: ref('units').meta({ title: '所属单位', description: '该机构所在（所管理）的单位' }),
    /** Members with their terms. */
    members: z
      .array(MembershipSchema.meta({ title: '成员', description: '一名成员及其任期' }))
      .min(1, { error: say('membersRequired') })
      .meta({ title: '成员', description: '全部成员及各自任期，用于核对每次会议的应到人数和出席人员' }),
  })
  .meta({ title: '决策机构', description: '讨论决定干部任用的机构（常委会、全委会、党组会等）及其成员名单。' });
export type Body = z.output<typeof BodySchema>;
