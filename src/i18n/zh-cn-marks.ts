/**
 * Punctuation the page templates (src/components, src/layouts, src/pages) put between the pieces
 * they render (a link, a date, a list of people), so no Chinese character or mark is written in
 * an .astro file. Full-width, per GB/T 15834; the list and clause marks are the evidence
 * sentences' own (zh-cn-rule-evidence.ts).
 */
import { EVIDENCE_JOIN } from './zh-cn-rule-evidence.ts';

export const marks = {
  /** Between the items of a list: 林晓川、王海宁. */
  list: EVIDENCE_JOIN.items,
  /** Between clauses or sources: 一（一）5；一（三）1. */
  clauses: EVIDENCE_JOIN.clauses,
  /** After a label: 原内容：. */
  colon: '：',
  /** At the end of a sentence. */
  fullStop: '。',
  /** Around an aside: （2026年11月20日）. */
  open: '（',
  close: '）',
} as const;
