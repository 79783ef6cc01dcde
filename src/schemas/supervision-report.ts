/**
 * Supervision reports (seed 三.5–6): the pre-announcement of an annual inspection of selection work,
 * its findings, and feedback reports to the public (反馈通报).
 */
import { z } from 'zod';
import { say } from './messages.ts';
import { noticeBase, period, ref, text } from './common.ts';

/** The kinds of supervision report, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const SUPERVISION_TYPE_KEYS = ['announcement', 'findings', 'feedback'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPE_KEYS)[number];

export const SupervisionReportSchema = z
  .strictObject({
    ...noticeBase,
    year: z.number().int().min(2000).max(2100).meta({ title: '检查年度', description: '检查所针对的年度，例如 2026' }),
    type: z
      .enum(SUPERVISION_TYPE_KEYS, {
        error: say('supervisionType'),
      })
      .meta({ title: '类型', description: 'announcement（检查预告）、findings（检查结果）或 feedback（反馈通报）' }),
    /** Units inspected. */
    units: z
      .array(ref('units').meta({ title: '被检查单位', description: '一个被检查单位' }))
      .default([])
      .meta({ title: '被检查单位', description: '接受检查的单位' }),
    /** Inspection period. */
    period: period.meta({ title: '检查时间', description: '检查的起止日期，均含当天' }).optional(),
    /** For findings: the pre-announcement they follow. */
    announcement: ref('supervision-reports').meta({ title: '检查预告', description: '检查结果所对应的检查预告编号' }).optional(),
    findings: z
      .array(
        z
          .strictObject({
            unit: ref('units').meta({ title: '单位', description: '发现问题的单位' }),
            finding: text(2000).meta({ title: '发现的问题', description: '检查发现的问题' }),
            action: text(1000).meta({ title: '整改措施', description: '整改或处理措施' }),
            /** An appointment revoked as a result: its round and person. */
            revokes: z
              .strictObject({
                round: ref('rounds').meta({ title: '选拔任用工作', description: '被撤销任用所属的选拔任用工作' }),
                person: ref('people').meta({ title: '人员', description: '被撤销任用的人员' }),
              })
              .meta({ title: '撤销任用', description: '因此撤销的任用：所属工作和人员；没有就不写' })
              .optional(),
          })
          .meta({ title: '检查发现', description: '一个单位的问题和整改' }),
      )
      .default([])
      .meta({ title: '检查发现', description: '检查发现的问题及整改；检查结果（findings）填写' }),
  })
  .meta({ title: '监督检查', description: '选拔任用工作监督检查：检查预告、检查结果和反馈通报。' });
export type SupervisionReport = z.output<typeof SupervisionReportSchema>;
