/**
 * A qualification: the right to take part in selection decisions (用人资格, seed 三.1) or to
 * inspect candidates (考察资格, seed 三.2).
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { isoDate, ref, text } from './common.ts';

/** The kinds of qualification, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const QUALIFICATION_TYPE_KEYS = ['decision-maker', 'inspector'] as const;
export type QualificationType = (typeof QUALIFICATION_TYPE_KEYS)[number];

export const QualificationSchema = z
  .strictObject({
    person: ref('people').meta({ title: '人员', description: '持有资格的人员编号' }),
    /** decision-maker (用人资格, passed the 条例 exam) or inspector (考察资格证书). */
    type: z
      .enum(['decision-maker', 'inspector'], { error: say('qualificationType') })
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
  .refine((q) => !q.expires || q.expires >= q.issued, { params: coded('qualificationOrder'), path: ['expires'] })
  .meta({ title: '资格', description: '参与用人决策（用人资格）或考察干部（考察资格）的资格。' });
export type Qualification = z.output<typeof QualificationSchema>;
