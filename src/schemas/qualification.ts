/**
 * A qualification: the right to take part in selection decisions (用人资格, seed 三.1) or to
 * inspect candidates (考察资格, seed 三.2).
 */
import { z } from 'zod';
import { isoDate, ref, text } from './common.ts';

export const QUALIFICATION_TYPES = { 'decision-maker': '用人资格', inspector: '考察资格' } as const;

export const QualificationSchema = z
  .strictObject({
    person: ref('people').meta({ title: '人员', description: '持有资格的人员编号' }),
    /** decision-maker (用人资格, passed the 条例 exam) or inspector (考察资格证书). */
    type: z
      .enum(['decision-maker', 'inspector'], { error: '资格类型应为 decision-maker(用人资格)或 inspector(考察资格)' })
      .meta({ title: '资格类型', description: 'decision-maker（用人资格）或 inspector（考察资格）' }),
    /** Certificate number as issued. */
    certificate: text(40).meta({ title: '证书编号', description: '资格证书的编号' }),
    /** Training and exam that earned it, e.g. 2024 年《条例》专题培训考试合格. */
    basis: text(200).meta({ title: '取得依据', description: '取得资格的培训和考试，例如 2024 年《条例》专题培训考试合格' }),
    /** Date it took effect. */
    issued: isoDate.meta({ title: '取得日期', description: '资格生效的日期' }),
    /** Date it lapses; omit if it does not. */
    expires: isoDate.meta({ title: '失效日期', description: '资格失效的日期；长期有效的不填' }).optional(),
  })
  .refine((q) => !q.expires || q.expires >= q.issued, { error: '失效日期不能早于取得日期', path: ['expires'] })
  .meta({ title: '资格', description: '参与用人决策（用人资格）或考察干部（考察资格）的资格。' });
export type Qualification = z.output<typeof QualificationSchema>;
