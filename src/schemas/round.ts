/**
 * A selection round (一次选拔任用工作): one or more positions filled by one procedure. Its ID ties
 * every stage's notices together. Standards and qualifications bind once published (seed 一(一)5).
 */
import { z } from 'zod';
import { count, ID_PATTERN, ref, text } from './common.ts';

export const METHODS = { individual: '个别提拔', competitive: '竞争上岗', open: '公开选拔' } as const;
export const LEVELS = ['正厅级', '副厅级', '正处级', '副处级', '正科级', '副科级'] as const;

export const PositionSchema = z.strictObject({
  /** Position key inside the round, e.g. p1; notices name positions by it. */
  id: z.string().regex(ID_PATTERN, { error: '职位编号只能由小写字母、数字和连字符组成,例如 p1' }),
  unit: ref('units'),
  /** Title of the post, e.g. 副局长. */
  title: text(100),
  level: z.enum(LEVELS, { error: `职级应为:${LEVELS.join('、')}` }),
  /** Vacancies for this post. */
  count: count.min(1).default(1),
  /** Decided by a full-committee vote (全委会票决, seed 二(三)4). */
  fullCommitteeVote: z.boolean().default(false),
  /** Head of a unit (主要负责人): an economic responsibility audit is due (C4). */
  unitHead: z.boolean().default(false),
  /** The post carries a probation period (试用期, A2). */
  probation: z.boolean().default(false),
});
export type Position = z.output<typeof PositionSchema>;

export const RoundSchema = z
  .strictObject({
    /** Title, e.g. 2026 年市交通运输局副局长选拔. */
    title: text(200),
    year: z.number().int().min(2000).max(2100),
    /** Annual plan the round belongs to (P1). */
    plan: ref('plans'),
    method: z.enum(Object.keys(METHODS) as [keyof typeof METHODS], {
      error: 'method 应为 individual(个别提拔)、competitive(竞争上岗)或 open(公开选拔)',
    }),
    /** Body that decides the round. */
    decisionBody: ref('bodies'),
    positions: z.array(PositionSchema).min(1, { error: '至少一个职位' }),
    /** Selection standards (选任标准), binding once published. */
    standards: z.array(text(500)).min(1, { error: '至少一条选任标准' }),
    /** Qualifications (任职条件), binding once published. */
    qualifications: z.array(text(500)).min(1, { error: '至少一条任职条件' }),
    /** Scope of recommendation (推荐范围), e.g. 全市交通系统副处级以上干部. */
    scope: text(500).optional(),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.positions.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `职位编号 ${p.id} 重复`, path: ['positions', i, 'id'] });
      seen.add(p.id);
    });
  });
export type Round = z.output<typeof RoundSchema>;
