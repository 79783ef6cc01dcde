/**
 * Examination scores (面试/竞争上岗, seed 一(三)2): examiners' names, every score, and the declared
 * aggregation so anyone can recompute the final score.
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { isoDate, ref, roundNoticeBase, signature, text } from './common.ts';

const score = z.number({ error: say('scoreType') }).min(0, { error: say('scoreNegative') }).max(100, { error: say('scoreTooHigh', { max: 100 }) });

/** The ways of computing an interview score, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const AGGREGATION_KEYS = ['mean', 'trimmed-mean'] as const;
export type Aggregation = (typeof AGGREGATION_KEYS)[number];

export const ExaminationSchema = z
  .strictObject({
    ...roundNoticeBase,
    position: ref('position').meta({ title: '职位', description: '考试对应的职位编号，例如 p1' }),
    date: isoDate.meta({ title: '考试日期', description: '面试（考试）的日期' }),
    /** Examiners in the order of each candidate's `scores`. */
    examiners: z
      .array(
        signature
          .extend({
            /** Examiner declared no conflict with any candidate (回避声明, X4). */
            noConflictDeclared: z.boolean().meta({ title: '已作回避声明', description: '考官是否已声明与所有考生没有须回避的关系（true 或 false）' }),
          })
          .meta({ title: '考官', description: '一名考官：姓名、单位、职务和回避声明' }),
      )
      .min(3, { error: say('examinersMin', { min: 3 }) })
      .meta({ title: '考官', description: '全部考官，顺序与每名考生 scores 中的分数顺序一致；不少于 3 名' }),
    /** How the interview score is computed from the examiners' scores, and how stages combine. */
    aggregation: z
      .strictObject({
        method: z
          .enum(AGGREGATION_KEYS, { error: say('aggregationMethod') })
          .meta({ title: '计分方法', description: 'mean（算术平均）或 trimmed-mean（去掉一个最高分和一个最低分后平均）' }),
        /** Decimal places of published scores. */
        decimals: z.number().int().min(0).max(4).default(2).meta({ title: '小数位数', description: '公布成绩保留的小数位数，默认 2' }),
        /** Weights of the written test and the interview in percent; omit when the interview alone counts. */
        weights: z
          .strictObject({
            written: z.number().min(0).max(100).meta({ title: '笔试权重', description: '笔试成绩所占百分比，例如 40' }),
            interview: z.number().min(0).max(100).meta({ title: '面试权重', description: '面试成绩所占百分比，例如 60；与笔试权重之和为 100' }),
          })
          .meta({ title: '权重', description: '笔试和面试成绩的权重（百分比）；只算面试成绩时不写' })
          .optional(),
      })
      .meta({ title: '计分办法', description: '由考官评分算出面试成绩、再算出总成绩的办法，公开后任何人都能复算' }),
    candidates: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '考生', description: '考生的人员编号' }),
            /** Written test score, when weights are declared. */
            written: score.meta({ title: '笔试成绩', description: '笔试成绩（0—100）；声明了权重时必填' }).optional(),
            /** Each examiner's interview score, in the order of `examiners`. */
            scores: z
              .array(score.meta({ title: '评分', description: '一名考官的评分（0—100）' }))
              .meta({ title: '考官评分', description: '每位考官的面试评分，顺序与 examiners 一致' }),
            /** Published interview score. */
            interview: score.meta({ title: '面试成绩', description: '公布的面试成绩，应与按计分方法复算的结果一致' }),
            /** Published final score. */
            final: score.meta({ title: '总成绩', description: '公布的总成绩' }),
            /** Published rank (1 = first). */
            rank: z.number().int().min(1).meta({ title: '名次', description: '公布的名次，1 为第一名' }),
          })
          .meta({ title: '考生', description: '一名考生的各项成绩' }),
      )
      .min(1)
      .meta({ title: '考生成绩', description: '每名考生一项：考官评分、面试成绩、总成绩和名次' }),
    /** Note on how ties are broken, if any. */
    tieBreak: text(500).meta({ title: '同分处理', description: '总成绩相同时如何确定名次；没有就不写' }).optional(),
  })
  .superRefine((e, ctx) => {
    e.candidates.forEach((c, i) => {
      if (c.scores.length !== e.examiners.length)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'scores'],
          params: coded('scoresCount', { examiners: e.examiners.length, scores: c.scores.length }),
        });
      if (e.aggregation.weights && c.written === undefined)
        ctx.addIssue({ code: 'custom', path: ['candidates', i, 'written'], params: coded('writtenRequired') });
    });
    const w = e.aggregation.weights;
    if (w && Math.abs(w.written + w.interview - 100) > 1e-9)
      ctx.addIssue({ code: 'custom', path: ['aggregation', 'weights'], params: coded('weightsSum', { total: 100 }) });
  })
  .meta({ title: '考试成绩', description: '面试（竞争上岗）成绩：考官姓名、每位考官的评分和计分办法，任何人都能复算总成绩。' });
export type Examination = z.output<typeof ExaminationSchema>;
