/** A correction (更正): the only way a published record changes (E1). The original stays visible. */
import { z } from 'zod';
import { say } from './messages.ts';
import { noticeBase, ref, text } from './common.ts';

export const CorrectionSchema = z
  .strictObject({
    ...noticeBase,
    /** The corrected record, as kind/id, e.g. publicities/2026-jt-fjz-gs. */
    corrects: ref('any').meta({ title: '更正的记录', description: '被更正的记录，写成“类别/编号”，例如 publicities/2026-jtj-fjz-gs' }),
    /** Why the record changed. */
    reason: text(1000).meta({ title: '更正理由', description: '为什么更正，公开显示' }),
    /** What changed, field by field, in words. */
    changes: z
      .array(
        z
          .strictObject({
            field: text(100).meta({ title: '更正项', description: '更正的内容项，用文字写，例如 公示期结束日期' }),
            from: text(1000).meta({ title: '原内容', description: '更正前的内容' }),
            to: text(1000).meta({ title: '更正为', description: '更正后的内容' }),
          })
          .meta({ title: '更正项', description: '一项更正：哪一项、原来是什么、改成什么' }),
      )
      .min(1, { error: say('correctionItems') })
      .meta({ title: '更正内容', description: '逐项列出更正了什么' }),
  })
  .meta({ title: '更正', description: '更正公告：已发布的记录只能以更正的方式修改，原内容仍然可见。' });
export type Correction = z.output<typeof CorrectionSchema>;
