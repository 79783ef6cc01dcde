/** Every record kind, its schema, its folder and its Chinese name: the one table the rest of the code reads. */
import type { z } from 'zod';
import { AppointmentSchema } from './appointment.ts';
import { BodySchema } from './body.ts';
import { CalendarSchema } from './calendar.ts';
import type { Kind } from './common.ts';
import { CorrectionSchema } from './correction.ts';
import { DecisionSchema } from './decision.ts';
import { ExaminationSchema } from './examination.ts';
import { InspectionNoticeSchema } from './inspection-notice.ts';
import { InspectionReportSchema } from './inspection-report.ts';
import { IntegritySummarySchema } from './integrity-summary.ts';
import { PersonSchema } from './person.ts';
import { PlanSchema } from './plan.ts';
import { PreAnnouncementSchema } from './pre-announcement.ts';
import { PublicityOutcomeSchema } from './publicity-outcome.ts';
import { PublicitySchema } from './publicity.ts';
import { QualificationSchema } from './qualification.ts';
import { RecommendationSchema } from './recommendation.ts';
import { RoundSchema } from './round.ts';
import { SiteSchema } from './site.ts';
import { SupervisionReportSchema } from './supervision-report.ts';
import { UnitSchema } from './unit.ts';

export { KINDS, type Kind } from './common.ts';

/** Schema of each kind. */
export const SCHEMAS = {
  site: SiteSchema,
  calendar: CalendarSchema,
  units: UnitSchema,
  bodies: BodySchema,
  people: PersonSchema,
  qualifications: QualificationSchema,
  plans: PlanSchema,
  rounds: RoundSchema,
  'pre-announcements': PreAnnouncementSchema,
  recommendations: RecommendationSchema,
  'inspection-notices': InspectionNoticeSchema,
  'inspection-reports': InspectionReportSchema,
  examinations: ExaminationSchema,
  decisions: DecisionSchema,
  publicities: PublicitySchema,
  'publicity-outcomes': PublicityOutcomeSchema,
  appointments: AppointmentSchema,
  'integrity-summaries': IntegritySummarySchema,
  corrections: CorrectionSchema,
  'supervision-reports': SupervisionReportSchema,
} as const satisfies Record<Kind, z.ZodType>;

/** Parsed record type of each kind. */
export type RecordOf<K extends Kind> = z.output<(typeof SCHEMAS)[K]>;

/** Notice kinds: published announcements, each with its own page, feed and search entry. */
export const NOTICE_KINDS = [
  'plans',
  'pre-announcements',
  'recommendations',
  'inspection-notices',
  'inspection-reports',
  'integrity-summaries',
  'examinations',
  'decisions',
  'publicities',
  'publicity-outcomes',
  'appointments',
  'corrections',
  'supervision-reports',
] as const satisfies readonly Kind[];
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Stages of a round in procedural order (DESIGN.md "The process"); the timeline follows it. */
export const STAGES = {
  plan: { kinds: ['plans', 'pre-announcements'] },
  recommendation: { kinds: ['recommendations'] },
  inspection: { kinds: ['inspection-notices', 'inspection-reports', 'integrity-summaries'] },
  examination: { kinds: ['examinations'] },
  decision: { kinds: ['decisions'] },
  publicity: { kinds: ['publicities', 'publicity-outcomes'] },
  appointment: { kinds: ['appointments'] },
  supervision: { kinds: ['corrections', 'supervision-reports'] },
} as const satisfies Record<string, { kinds: readonly NoticeKind[] }>;
export type Stage = keyof typeof STAGES;

/** Whether a kind is a notice with a page of its own. */
export function isNoticeKind(kind: Kind): kind is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(kind);
}

/** The stage a notice kind belongs to. */
export function stageOf(kind: NoticeKind): Stage {
  for (const [stage, def] of Object.entries(STAGES)) if ((def.kinds as readonly string[]).includes(kind)) return stage as Stage;
  throw new Error(`no stage for ${kind}`);
}
