/**
 * Decision meeting (讨论决定, seed 一(三)3, 二(三)): attendance, the procedure record for each
 * candidate, the report, and each candidate's tally in a secret ballot (票决).
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

/** The results of a vote, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const DECISION_RESULT_KEYS = ['passed', 'rejected', 'deferred'] as const;
export type DecisionResult = (typeof DECISION_RESULT_KEYS)[number];

export const DecisionSchema = z
  .strictObject({
    ...roundNoticeBase,
    body: ref('bodies').meta({ title: '决策机构', description: '作出决定的机构（常委会、全委会等）' }),
    meeting: z
      .strictObject({
        date: isoDate.meta({ title: '会议日期', description: '召开会议的日期' }),
        /** Session label, e.g. 市委第十五届第 42 次常委会. */
        session: text(100).meta({ title: '会议名称', description: '会议届次，例如 市委第十五届第 42 次常委会' }),
      })
      .meta({ title: '会议', description: '讨论决定的会议：日期和届次' }),
    /** Members who signed in (签到). */
    present: z
      .array(ref('people').meta({ title: '出席成员', description: '签到出席的成员的人员编号' }))
      .min(1, { error: say('presentRequired') })
      .meta({ title: '出席成员', description: '签到出席的全部成员，用于核对到会人数' }),
    /** Members absent, with the reason. */
    absent: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '缺席成员', description: '缺席成员的人员编号' }),
            reason: text(200).meta({ title: '缺席原因', description: '缺席的原因，例如 因公出差' }),
          })
          .meta({ title: '缺席成员', description: '一名缺席成员及原因' }),
      )
      .default([])
      .meta({ title: '缺席成员', description: '缺席的成员及原因；没有就不写' }),
    /** Who reported how the candidates were produced (组织部负责人汇报, seed 一(三)3(2)). */
    reportedBy: ref('people').meta({ title: '汇报人', description: '在会上汇报人选产生情况的组织部门负责人' }),
    /** 人选产生程序情况表 per candidate, signed by the responsible person (seed 一(三)3(1)). */
    procedureRecords: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '人选', description: '该情况表所记的人选' }),
            /** Date the form was completed. */
            completed: isoDate.meta({ title: '填写日期', description: '人选产生程序情况表填写完成的日期' }),
            /** Responsible person who signed it. */
            signedBy: ref('people').meta({ title: '签字人', description: '在情况表上签字负责的人' }),
          })
          .meta({ title: '程序情况表', description: '一名人选的人选产生程序情况表' }),
      )
      .default([])
      .meta({ title: '人选产生程序情况表', description: '每名人选一份，由负责人签字' }),
    /** Ballots issued and returned. */
    ballots: z
      .strictObject({
        issued: count.meta({ title: '发出票数', description: '发出的表决票数' }),
        returned: count.meta({ title: '收回票数', description: '收回的表决票数，不能多于发出票数' }),
      })
      .refine((b) => b.returned <= b.issued, { params: coded('ballotsReturned'), path: ['returned'] })
      .meta({ title: '表决票', description: '发出和收回的表决票数' }),
    items: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '人选', description: '表决的人选' }),
            position: ref('position').meta({ title: '职位', description: '拟任职位的编号，例如 p1' }),
            /** 同意 */
            yes: count.meta({ title: '同意', description: '同意票数' }),
            /** 不同意 */
            no: count.meta({ title: '不同意', description: '不同意票数' }),
            /** 弃权或缓议 */
            abstain: count.meta({ title: '弃权', description: '弃权或缓议票数' }),
            result: z
              .enum(DECISION_RESULT_KEYS, {
                error: say('decisionResult'),
              })
              .meta({ title: '表决结果', description: 'passed（通过）、rejected（未通过）或 deferred（缓议）' }),
            /** Reasons stated for dissent, where published (seed 一(二)4). */
            dissent: text(1000).meta({ title: '不同意见', description: '公开的不同意见及理由；没有就不写' }).optional(),
          })
          .meta({ title: '表决项', description: '一名人选的表决结果' }),
      )
      .min(1, { error: say('votesRequired') })
      .meta({ title: '表决', description: '每名人选一项：票数和结果' }),
  })
  .meta({ title: '讨论决定', description: '讨论决定（票决）：出席情况、人选产生程序情况表、汇报人和每名人选的表决票数。' });
export type Decision = z.output<typeof DecisionSchema>;
