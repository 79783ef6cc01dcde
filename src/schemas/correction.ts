/** A correction (更正): the only way a published record changes (E1). The original stays visible. */
import { z } from 'zod';
import { noticeBase, ref, text } from './common.ts';

export const CorrectionSchema = z.strictObject({
  ...noticeBase,
  /** The corrected record, as kind/id, e.g. publicities/2026-jt-fjz-gs. */
  corrects: ref('any'),
  /** Why the record changed. */
  reason: text(1000),
  /** What changed, field by field, in words. */
  changes: z.array(z.strictObject({ field: text(100), from: text(1000), to: text(1000) })).min(1, { error: '须逐项列出更正内容' }),
});
export type Correction = z.output<typeof CorrectionSchema>;
