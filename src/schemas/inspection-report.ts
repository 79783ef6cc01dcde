/**
 * Inspection report and evaluation conclusion for one inspectee (考察评价结论, seed 一(二)2–3, 二(二)4–8):
 * work report, democratic evaluation, interviews, conclusion, every team member's signature, appeals.
 */
import { z } from 'zod';
import { say } from './messages.ts';

/** How a candidate reports on their work (述职), written in the records as it is. */
export const REPORT_FORMS = ['会议述职', '书面述职'] as const;
import { count, isoDate, ref, roundNoticeBase, text } from './common.ts';

export const InspectionReportSchema = z
  .strictObject({
    ...roundNoticeBase,
    inspectionNotice: ref('inspection-notices').meta({ title: '考察预告', description: '这次考察的考察预告编号' }),
    inspectee: ref('people').meta({ title: '考察对象', description: '考察对象的人员编号' }),
    position: ref('position').meta({ title: '职位', description: '考察对象拟任职位的编号，例如 p1' }),
    /** 述职 (seed 二(二)4). */
    workReport: z
      .strictObject({
        date: isoDate.meta({ title: '述职日期', description: '述职的日期' }),
        form: z.enum(REPORT_FORMS, { error: say('reportForm', { values: REPORT_FORMS }) }).meta({ title: '述职形式', description: '会议述职或书面述职' }),
        /** People who heard or read it. */
        audience: count.meta({ title: '听取人数', description: '听取或审阅述职的人数' }).optional(),
      })
      .meta({ title: '述职', description: '考察对象的述职情况' }),
    /** Democratic evaluation (民主测评, seed 二(二)5). */
    evaluation: z
      .strictObject({
        date: isoDate.meta({ title: '测评日期', description: '民主测评的日期' }),
        participants: count.meta({ title: '参加人数', description: '参加民主测评的人数' }),
        ballotsValid: count.meta({ title: '有效票', description: '有效测评票数' }),
        ratings: z
          .strictObject({
            excellent: count.meta({ title: '优秀', description: '评为优秀的票数' }),
            competent: count.meta({ title: '称职', description: '评为称职的票数' }),
            basicallyCompetent: count.meta({ title: '基本称职', description: '评为基本称职的票数' }),
            incompetent: count.meta({ title: '不称职', description: '评为不称职的票数' }),
          })
          .meta({ title: '测评结果', description: '各档次的票数，之和应等于有效票' }),
      })
      .meta({ title: '民主测评', description: '民主测评的日期、人数和结果' }),
    /** People interviewed, by level (找不同层面多少人谈话). */
    interviews: z
      .array(
        z
          .strictObject({
            level: text(40).meta({ title: '谈话层面', description: '谈话对象的层面，例如 单位领导班子成员、中层干部' }),
            count: count.meta({ title: '人数', description: '这一层面谈话的人数' }),
          })
          .meta({ title: '个别谈话', description: '一个层面的谈话人数' }),
      )
      .default([])
      .meta({ title: '个别谈话', description: '按层面列出找了多少人谈话' }),
    /** Main achievements as established by the inspection. */
    achievements: text(4000).meta({ title: '主要表现', description: '考察认定的主要表现和工作实绩' }).optional(),
    /** Health status (身体健康状况). */
    health: text(200).meta({ title: '健康状况', description: '身体健康状况' }).optional(),
    /** Whether the inspectee meets the post's qualifications (任职资格审核). */
    qualificationCheck: text(500).meta({ title: '任职资格审核', description: '是否符合拟任职位的任职条件' }).optional(),
    /** Recommendation votes obtained, as published. */
    recommendationVotes: text(200).meta({ title: '推荐票', description: '民主推荐得票情况，照公布的写法' }).optional(),
    /** Evaluation conclusion (评价结论). */
    conclusion: text(4000).meta({ title: '评价结论', description: '考察评价结论，照原文填写' }),
    /** Signature of every team member (参加考察评价人员签名). */
    signatures: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '签名人', description: '签名的考察组成员' }),
            date: isoDate.meta({ title: '签名日期', description: '签名的日期' }),
          })
          .meta({ title: '签名', description: '一名考察组成员的签名' }),
      )
      .default([])
      .meta({ title: '考察组签名', description: '参加考察评价的每名考察组成员的签名' }),
    /** Date the result was fed back to the inspectee (反馈). */
    feedback: isoDate.meta({ title: '反馈日期', description: '向考察对象反馈考察结果的日期；申诉期从这天起算' }).optional(),
    /** Appeals (申诉, seed 二(二)7). */
    appeals: z
      .array(
        z
          .strictObject({
            filed: isoDate.meta({ title: '申诉日期', description: '提出申诉的日期' }),
            /** Summary of the grounds. */
            grounds: text(1000).meta({ title: '申诉理由', description: '申诉理由的概要' }),
            resolved: isoDate.meta({ title: '处理日期', description: '申诉处理完毕的日期' }).optional(),
            outcome: text(1000).meta({ title: '处理结果', description: '申诉的处理结果' }).optional(),
          })
          .meta({ title: '申诉', description: '一次申诉及其处理' }),
      )
      .default([])
      .meta({ title: '申诉', description: '考察对象的申诉及处理；没有就不写' }),
  })
  .meta({ title: '考察评价结论', description: '一名考察对象的考察情况和评价结论：述职、民主测评、个别谈话、结论、考察组签名和申诉。' });
export type InspectionReport = z.output<typeof InspectionReportSchema>;
