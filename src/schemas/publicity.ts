/** Pre-appointment publicity (任前公示): candidates, proposed posts, the window and where to report. */
import { z } from 'zod';
import { say } from './messages.ts';
import { period, ref, roundNoticeBase, text } from './common.ts';

export const PublicitySchema = z
  .strictObject({
    ...roundNoticeBase,
    decision: ref('decisions').meta({ title: '讨论决定', description: '决定这些人选的讨论决定编号' }),
    /** Publicity window, both days inclusive. */
    window: period.meta({ title: '公示期', description: '公示的起止日期，均含当天；不少于 site.yaml 中 publicityWorkingDays 规定的工作日' }),
    candidates: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '公示对象', description: '公示对象的人员编号' }),
            position: ref('position').meta({ title: '职位', description: '拟任职位的编号，例如 p1' }),
            /** Proposed post as it will be published, e.g. 拟任市交通运输局党组成员、副局长. */
            proposedPost: text(200).meta({ title: '拟任职务', description: '照公示原文，例如 拟任市交通运输局党组成员、副局长' }),
            /** Exceptional promotion (破格提拔, G5): circumstances and reasons. */
            exceptional: z
              .strictObject({
                circumstances: text(1000).meta({ title: '破格情形', description: '属于哪种破格提拔情形' }),
                reasons: text(1000).meta({ title: '破格理由', description: '破格提拔的理由' }),
              })
              .meta({ title: '破格提拔', description: '破格提拔的，写明情形和理由；否则不写' })
              .optional(),
            /** Political review conclusion (政审). */
            politicalReview: text(200).meta({ title: '政审结论', description: '政治素质考察（政审）结论' }).optional(),
            /** Health check conclusion (体检). */
            healthCheck: text(200).meta({ title: '体检结论', description: '体检结论' }).optional(),
          })
          .meta({ title: '公示对象', description: '一名公示对象和拟任职务' }),
      )
      .min(1, { error: say('publicityCandidates') })
      .meta({ title: '公示对象', description: '全部公示对象' }),
  })
  .meta({ title: '任前公示', description: '任前公示：公示对象、拟任职务、公示期和举报渠道（见 site.yaml）。' });
export type Publicity = z.output<typeof PublicitySchema>;
