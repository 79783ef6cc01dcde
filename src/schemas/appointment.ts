/** Appointment results (任职): appointed, deferred or withdrawn, with effective date and probation. */
import { z } from 'zod';
import { coded, say } from './messages.ts';
import { isoDate, ref, roundNoticeBase, text } from './common.ts';

/** The results of an appointment, as written in the records (their names are in src/i18n/zh-cn-schema-labels.ts). */
export const APPOINTMENT_STATUS_KEYS = ['appointed', 'deferred', 'withdrawn'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUS_KEYS)[number];

export const AppointmentSchema = z
  .strictObject({
    ...roundNoticeBase,
    results: z
      .array(
        z
          .strictObject({
            person: ref('people').meta({ title: '人员', description: '任职（或暂缓、不再任用）的人员编号' }),
            position: ref('position').meta({ title: '职位', description: '本次选拔任用工作中对应的职位编号，例如 p1' }),
            status: z
              .enum(APPOINTMENT_STATUS_KEYS, {
                error: say('appointmentStatus'),
              })
              .meta({ title: '结果', description: 'appointed（已任职）、deferred（暂缓任用）或 withdrawn（不再任用）' }),
            /** Post as appointed. */
            post: text(200).meta({ title: '任职职务', description: '任命的职务全称，例如 市交通运输局党组成员、副局长' }),
            /** Date the appointment takes effect. */
            effective: isoDate.meta({ title: '生效日期', description: '任职生效的日期；已任职（appointed）的必填' }).optional(),
            /** Appointment document number (任免文号). */
            document: text(60).meta({ title: '任免文号', description: '任免文件的文号，例如 望任〔2026〕12号' }).optional(),
            /** Probation period, where the post requires one. */
            probation: z
              .strictObject({
                from: isoDate.meta({ title: '试用期开始', description: '试用期第一天（含当天）' }),
                to: isoDate.meta({ title: '试用期结束', description: '试用期最后一天（含当天）' }),
              })
              .meta({ title: '试用期', description: '职位实行试用期的，写明起止日期' })
              .optional(),
            /** Why deferred or withdrawn. */
            reason: text(1000).meta({ title: '理由', description: '暂缓任用或不再任用的理由；这两种结果必填' }).optional(),
            /** For a deferral: the date by which it is decided. */
            deferredUntil: isoDate.meta({ title: '暂缓期限', description: '暂缓任用须在这一天之前作出决定；暂缓（deferred）的必填' }).optional(),
          })
          .meta({ title: '任职结果', description: '一名人员的任职结果' })
          .superRefine((r, ctx) => {
            if (r.status === 'appointed' && !r.effective)
              ctx.addIssue({ code: 'custom', path: ['effective'], params: coded('effectiveRequired') });
            if (r.status !== 'appointed' && !r.reason)
              ctx.addIssue({ code: 'custom', path: ['reason'], params: coded('reasonRequired') });
            if (r.status === 'deferred' && !r.deferredUntil)
              ctx.addIssue({ code: 'custom', path: ['deferredUntil'], params: coded('deferredUntilRequired') });
          }),
      )
      .min(1)
      .meta({ title: '任职结果', description: '每名人员一项：已任职、暂缓任用或不再任用' }),
  })
  .meta({ title: '任职结果', description: '任职结果公告：已任职、暂缓任用或不再任用，以及生效日期和试用期。' });
export type Appointment = z.output<typeof AppointmentSchema>;
