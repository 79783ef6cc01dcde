/**
 * Examination scores (面试/竞争上岗, seed 一(三)2): examiners' names, every score, and the declared
 * aggregation so anyone can recompute the final score.
 */
import { z } from 'zod';
import { isoDate, ref, roundNoticeBase, signature, text } from './common.ts';

const score = z.number({ error: '分数应为数字' }).min(0, { error: '分数不能为负' }).max(100, { error: '分数不能超过 100' });

export const AGGREGATIONS = { mean: '算术平均', 'trimmed-mean': '去掉一个最高分和一个最低分后平均' } as const;

export const ExaminationSchema = z
  .strictObject({
    ...roundNoticeBase,
    position: ref('position'),
    date: isoDate,
    /** Examiners in the order of each candidate's `scores`. */
    examiners: z
      .array(
        signature.extend({
          /** Examiner declared no conflict with any candidate (回避声明, X4). */
          noConflictDeclared: z.boolean(),
        }),
      )
      .min(3, { error: '考官不少于 3 名' }),
    /** How the interview score is computed from the examiners' scores, and how stages combine. */
    aggregation: z.strictObject({
      method: z.enum(Object.keys(AGGREGATIONS) as [keyof typeof AGGREGATIONS], { error: 'method 应为 mean 或 trimmed-mean' }),
      /** Decimal places of published scores. */
      decimals: z.number().int().min(0).max(4).default(2),
      /** Weights of the written test and the interview in percent; omit when the interview alone counts. */
      weights: z.strictObject({ written: z.number().min(0).max(100), interview: z.number().min(0).max(100) }).optional(),
    }),
    candidates: z
      .array(
        z.strictObject({
          person: ref('people'),
          /** Written test score, when weights are declared. */
          written: score.optional(),
          /** Each examiner's interview score, in the order of `examiners`. */
          scores: z.array(score),
          /** Published interview score. */
          interview: score,
          /** Published final score. */
          final: score,
          /** Published rank (1 = first). */
          rank: z.number().int().min(1),
        }),
      )
      .min(1),
    /** Note on how ties are broken, if any. */
    tieBreak: text(500).optional(),
  })
  .superRefine((e, ctx) => {
    e.candidates.forEach((c, i) => {
      if (c.scores.length !== e.examiners.length)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'scores'],
          message: `有 ${e.examiners.length} 名考官,但这里列了 ${c.scores.length} 个分数;请按考官顺序逐一列出每位考官的评分`,
        });
      if (e.aggregation.weights && c.written === undefined)
        ctx.addIssue({ code: 'custom', path: ['candidates', i, 'written'], message: '声明了笔试权重,须填写笔试成绩 written' });
    });
    const w = e.aggregation.weights;
    if (w && Math.abs(w.written + w.interview - 100) > 1e-9)
      ctx.addIssue({ code: 'custom', path: ['aggregation', 'weights'], message: '笔试与面试权重之和应为 100' });
  });
export type Examination = z.output<typeof ExaminationSchema>;
