/**
 * A selection round (一次选拔任用工作): one or more positions filled by one procedure. Its ID ties
 * every stage's notices together. Standards and qualifications bind once published (seed 一(一)5).
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { count, ID_PATTERN, ref, text } from './common.ts';

/** The methods of selection, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const METHOD_KEYS = ['individual', 'competitive', 'open'] as const;
export type RoundMethod = (typeof METHOD_KEYS)[number];
/** The ranks of a position, written in the records as they are. */
export const LEVELS = ['正厅级', '副厅级', '正处级', '副处级', '正科级', '副科级'] as const;

export const PositionSchema = z.strictObject({
  /** Position key inside the round, e.g. p1; notices name positions by it. */
  id: z
    .string()
    .regex(ID_PATTERN, { error: say('positionId') })
    .meta({ title: '职位编号', description: '职位在本次工作中的编号，例如 p1；各环节公告用它指明职位' }),
  unit: ref('units').meta({ title: '单位', description: '职位所在的单位' }),
  /** Title of the post, e.g. 副局长. */
  title: text(100).meta({ title: '职务', description: '职务名称，例如 副局长' }),
  level: z.enum(LEVELS, { error: say('positionLevel', { values: LEVELS }) }).meta({ title: '职级', description: '正厅级、副厅级、正处级、副处级、正科级或副科级' }),
  /** Vacancies for this post. */
  count: count.min(1).default(1).meta({ title: '职数', description: '这个职位选拔的人数，默认 1' }),
  /** Decided by a full-committee vote (全委会票决, seed 二(三)4). */
  fullCommitteeVote: z.boolean().default(false).meta({ title: '全委会票决', description: '是否由全委会票决（true 或 false），默认 false' }),
  /** Head of a unit (主要负责人): an economic responsibility audit is due (C4). */
  unitHead: z.boolean().default(false).meta({ title: '主要负责人', description: '是否为单位主要负责人职位（true 或 false）；是的须有经济责任审计，默认 false' }),
  /** The post carries a probation period (试用期, A2). */
  probation: z.boolean().default(false).meta({ title: '实行试用期', description: '是否实行试用期（true 或 false），默认 false' }),
});
export type Position = z.output<typeof PositionSchema>;

export const RoundSchema = z
  .strictObject({
    /** Title, e.g. 2026 年市交通运输局副局长选拔. */
    title: text(200).meta({ title: '名称', description: '选拔任用工作的名称，例如 2026 年市交通运输局副局长选拔' }),
    year: z.number().int().min(2000).max(2100).meta({ title: '年度', description: '所属年度，例如 2026' }),
    /** Annual plan the round belongs to (P1). */
    plan: ref('plans').meta({ title: '年度计划', description: '本次工作所属的年度计划编号' }),
    method: z
      .enum(METHOD_KEYS, {
        error: say('roundMethod'),
      })
      .meta({ title: '选拔方式', description: 'individual（个别提拔）、competitive（竞争上岗）或 open（公开选拔）' }),
    /** Body that decides the round. */
    decisionBody: ref('bodies').meta({ title: '决策机构', description: '讨论决定本次工作的机构' }),
    positions: z
      .array(PositionSchema.meta({ title: '职位', description: '一个职位' }))
      .min(1, { error: say('positionsRequired') })
      .meta({ title: '职位', description: '本次工作选拔的全部职位' }),
    /** Selection standards (选任标准), binding once published. */
    standards: z
      .array(text(500).meta({ title: '选任标准', description: '一条选任标准' }))
      .min(1, { error: say('standardsRequired') })
      .meta({ title: '选任标准', description: '选任标准，发布后不得更改' }),
    /** Qualifications (任职条件), binding once published. */
    qualifications: z
      .array(text(500).meta({ title: '任职条件', description: '一条任职条件' }))
      .min(1, { error: say('qualificationsRequired') })
      .meta({ title: '任职条件', description: '任职条件，发布后不得更改' }),
    /** Scope of recommendation (推荐范围), e.g. 全市交通系统副处级以上干部. */
    scope: text(500).meta({ title: '推荐范围', description: '推荐范围，例如 全市交通系统副处级以上干部' }).optional(),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.positions.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', params: coded('positionDuplicate', { id: p.id }), path: ['positions', i, 'id'] });
      seen.add(p.id);
    });
  })
  .meta({ title: '选拔任用工作', description: '一次选拔任用工作：一个或几个职位、选拔方式、选任标准和任职条件；各环节公告都用它的编号关联起来。' });
export type Round = z.output<typeof RoundSchema>;
