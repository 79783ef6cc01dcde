/**
 * Inspection pre-announcement (考察预告, seed 二(二)1) with the joint pre-review (会审, seed 二(二)2).
 */
import { z } from 'zod';
import { say } from './messages.ts';

/** The roles inside an inspection team, written in the records as they are. */
export const TEAM_ROLES = ['组长', '副组长', '成员'] as const;
import { isoDate, period, ref, roundNoticeBase, text } from './common.ts';

export const InspectionNoticeSchema = z
  .strictObject({
    ...roundNoticeBase,
    /** Days the inspection team works. */
    period: period.meta({ title: '考察时间', description: '考察组开展考察的起止日期，均含当天' }),
    inspectees: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '考察对象', description: '考察对象的人员编号' }),
            position: ref('position').meta({ title: '职位', description: '考察对象拟任职位的编号，例如 p1' }),
          })
          .meta({ title: '考察对象', description: '一名考察对象及其拟任职位' }),
      )
      .min(1, { error: say('inspecteesRequired') })
      .meta({ title: '考察对象', description: '全部考察对象；差额考察时每个职位至少两名' }),
    team: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '考察组成员', description: '考察组成员的人员编号' }),
            role: z.enum(TEAM_ROLES, { error: say('teamRole', { values: TEAM_ROLES }) }).meta({ title: '组内职务', description: '组长、副组长或成员' }),
          })
          .meta({ title: '考察组成员', description: '一名考察组成员及其组内职务' }),
      )
      .min(1, { error: say('teamRequired') })
      .meta({ title: '考察组', description: '考察组全部成员' }),
    /** Joint pre-review by the organisation and discipline departments before inspection. */
    preReview: z
      .strictObject({
        date: isoDate.meta({ title: '会审日期', description: '联审（会审）的日期，应在考察开始之前' }),
        /** Departments taking part, e.g. 市委组织部、市纪委监委. */
        departments: z
          .array(text(60).meta({ title: '部门', description: '参加会审的一个部门，例如 市纪委监委' }))
          .min(2, { error: say('preReviewDepartments', { min: 2 }) })
          .meta({ title: '会审部门', description: '参加会审的部门，组织部门会同纪检监察机关，至少两个' }),
        /** Summary conclusion. */
        conclusion: text(1000).meta({ title: '会审结论', description: '会审的总体结论' }),
        /** Candidates with a finding, who therefore cannot be inspectees. */
        findings: z
          .array(
            z
              .strictObject({
                person: ref('people').meta({ title: '人员', description: '会审发现问题的人员' }),
                finding: text(500).meta({ title: '发现的问题', description: '会审发现的问题，这名人员因此不能作为考察对象' }),
              })
              .meta({ title: '会审发现', description: '一名人员及发现的问题' }),
          )
          .default([])
          .meta({ title: '会审发现', description: '会审发现问题的人员；没有就不写' }),
      })
      .meta({ title: '会审', description: '考察前组织部门会同纪检监察机关的联审' }),
  })
  .meta({ title: '考察预告', description: '考察预告：考察对象、考察组、考察时间，以及考察前的联审（会审）。' });
export type InspectionNotice = z.output<typeof InspectionNoticeSchema>;
