/**
 * A qualification: the right to take part in selection decisions (用人资格, seed 三.1) or to
 * inspect candidates (考察资格, seed 三.2).
 */
import { z } from 'zod';
import { isoDate, ref, text } from './common.ts';

export const QUALIFICATION_TYPES = { 'decision-maker': '用人资格', inspector: '考察资格' } as const;

export const QualificationSchema = z
  .strictObject({
    person: ref('people'),
    /** decision-maker (用人资格, passed the 条例 exam) or inspector (考察资格证书). */
    type: z.enum(['decision-maker', 'inspector'], { error: '资格类型应为 decision-maker(用人资格)或 inspector(考察资格)' }),
    /** Certificate number as issued. */
    certificate: text(40),
    /** Training and exam that earned it, e.g. 2024 年《条例》专题培训考试合格. */
    basis: text(200),
    /** Date it took effect. */
    issued: isoDate,
    /** Date it lapses; omit if it does not. */
    expires: isoDate.optional(),
  })
  .refine((q) => !q.expires || q.expires >= q.issued, { error: '失效日期不能早于取得日期', path: ['expires'] });
export type Qualification = z.output<typeof QualificationSchema>;
