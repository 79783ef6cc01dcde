/** Appointment results (任职): appointed, deferred or withdrawn, with effective date and probation. */
import { z } from 'zod';
import { isoDate, ref, roundNoticeBase, text } from './common.ts';

export const APPOINTMENT_STATUS = { appointed: '已任职', deferred: '暂缓任用', withdrawn: '不再任用' } as const;

export const AppointmentSchema = z.strictObject({
  ...roundNoticeBase,
  results: z
    .array(
      z
        .strictObject({
          person: ref('people'),
          position: ref('position'),
          status: z.enum(Object.keys(APPOINTMENT_STATUS) as [keyof typeof APPOINTMENT_STATUS], {
            error: 'status 应为 appointed、deferred 或 withdrawn',
          }),
          /** Post as appointed. */
          post: text(200),
          /** Date the appointment takes effect. */
          effective: isoDate.optional(),
          /** Appointment document number (任免文号). */
          document: text(60).optional(),
          /** Probation period, where the post requires one. */
          probation: z.strictObject({ from: isoDate, to: isoDate }).optional(),
          /** Why deferred or withdrawn. */
          reason: text(1000).optional(),
          /** For a deferral: the date by which it is decided. */
          deferredUntil: isoDate.optional(),
        })
        .superRefine((r, ctx) => {
          if (r.status === 'appointed' && !r.effective)
            ctx.addIssue({ code: 'custom', path: ['effective'], message: '已任职的须填写生效日期 effective' });
          if (r.status !== 'appointed' && !r.reason)
            ctx.addIssue({ code: 'custom', path: ['reason'], message: '暂缓或不再任用须说明理由 reason' });
          if (r.status === 'deferred' && !r.deferredUntil)
            ctx.addIssue({ code: 'custom', path: ['deferredUntil'], message: '暂缓任用须写明暂缓期限 deferredUntil' });
        }),
    )
    .min(1),
});
export type Appointment = z.output<typeof AppointmentSchema>;
