/**
 * Recommendation results (推荐情况): every recommendation signed (seed 一(一)1–2) — recommender name,
 * unit and post; the phone number the form asks for is kept by the department and never published.
 */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { count, isoDate, ref, roundNoticeBase, signature, text } from './common.ts';

/** The methods of recommendation, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const RECOMMENDATION_METHOD_KEYS = ['meeting', 'conversation', 'signed', 'joint'] as const;
export type RecommendationMethod = (typeof RECOMMENDATION_METHOD_KEYS)[number];

export const RecommendationSchema = z
  .strictObject({
    ...roundNoticeBase,
    position: ref('position').meta({ title: '职位', description: '推荐的职位编号，例如 p1' }),
    method: z
      .enum(RECOMMENDATION_METHOD_KEYS, {
        error: say('recommendationMethod'),
      })
      .meta({ title: '推荐方式', description: 'meeting（会议推荐）、conversation（谈话调研推荐）、signed（个人署名推荐）或 joint（联名推荐）' }),
    /** Date recommendation took place. */
    date: isoDate.meta({ title: '推荐日期', description: '进行推荐的日期' }),
    /** For a meeting recommendation: who took part and the ballots. */
    meeting: z
      .strictObject({
        participants: count.meta({ title: '参加人数', description: '参加会议推荐的人数' }),
        ballotsIssued: count.meta({ title: '发出票数', description: '发出的推荐票数' }),
        ballotsValid: count.meta({ title: '有效票数', description: '有效推荐票数' }),
      })
      .refine((m) => m.ballotsValid <= m.ballotsIssued && m.ballotsIssued <= m.participants, {
        params: coded('ballotOrder'),
      })
      .meta({ title: '会议推荐情况', description: '会议推荐的参加人数和票数；会议推荐（meeting）必填' })
      .optional(),
    candidates: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '被推荐人', description: '被推荐人的人员编号' }),
            /** Votes received in a meeting recommendation. */
            votes: count.meta({ title: '得票', description: '会议推荐中的得票数' }).optional(),
            /** Everyone who signed a recommendation of this candidate. */
            recommenders: z
              .array(
                signature
                  .extend({ reason: text(500).meta({ title: '推荐理由', description: '推荐理由，照推荐表填写' }).optional() })
                  .meta({ title: '推荐人', description: '一名署名推荐人：姓名、单位、职务（电话不公开）' }),
              )
              .meta({ title: '推荐人', description: '署名推荐这名被推荐人的每个人；推荐表上的电话由组织部门留存，不公开' }),
          })
          .meta({ title: '被推荐人', description: '一名被推荐人及其推荐人' }),
      )
      .min(1, { error: say('nomineesRequired') })
      .meta({ title: '被推荐人', description: '全部被推荐人' }),
  })
  .refine((r) => r.method !== 'meeting' || r.meeting, { params: coded('meetingRequired'), path: ['meeting'] })
  .meta({ title: '推荐情况', description: '推荐情况：每项推荐都署名（推荐人姓名、单位、职务），会议推荐写明票数。' });
export type Recommendation = z.output<typeof RecommendationSchema>;
