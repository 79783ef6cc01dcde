/**
 * Decision meeting (讨论决定, seed 一(三)3, 二(三)): attendance, the procedure record for each
 * candidate, the report, and each candidate's tally in a secret ballot (票决).
 */
import { z } from 'zod';
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

export const DECISION_RESULTS = { passed: '通过', rejected: '未通过', deferred: '缓议' } as const;

export const DecisionSchema = z.strictObject({
  ...roundNoticeBase,
  body: ref('bodies'),
  meeting: z.strictObject({
    date: isoDate,
    /** Session label, e.g. 市委第十五届第 42 次常委会. */
    session: text(100),
  }),
  /** Members who signed in (签到). */
  present: z.array(ref('people')).min(1, { error: '须列出出席成员' }),
  /** Members absent, with the reason. */
  absent: z.array(z.strictObject({ person: ref('people'), reason: text(200) })).default([]),
  /** Who reported how the candidates were produced (组织部负责人汇报, seed 一(三)3(2)). */
  reportedBy: ref('people'),
  /** 人选产生程序情况表 per candidate, signed by the responsible person (seed 一(三)3(1)). */
  procedureRecords: z
    .array(
      z.strictObject({
        person: ref('people'),
        /** Date the form was completed. */
        completed: isoDate,
        /** Responsible person who signed it. */
        signedBy: ref('people'),
      }),
    )
    .default([]),
  /** Ballots issued and returned. */
  ballots: z
    .strictObject({ issued: count, returned: count })
    .refine((b) => b.returned <= b.issued, { error: '收回票数不能多于发出票数', path: ['returned'] }),
  items: z
    .array(
      z.strictObject({
        person: ref('people'),
        position: ref('position'),
        /** 同意 */
        yes: count,
        /** 不同意 */
        no: count,
        /** 弃权或缓议 */
        abstain: count,
        result: z.enum(Object.keys(DECISION_RESULTS) as [keyof typeof DECISION_RESULTS], {
          error: 'result 应为 passed(通过)、rejected(未通过)或 deferred(缓议)',
        }),
        /** Reasons stated for dissent, where published (seed 一(二)4). */
        dissent: text(1000).optional(),
      }),
    )
    .min(1, { error: '至少一项表决' }),
});
export type Decision = z.output<typeof DecisionSchema>;
