/**
 * The messages the schemas give, by code. A schema says what is wrong — `say('notEmpty')` as the
 * `error` of a check, `coded('outOfYear', { date, year })` as the `params` of an issue it adds — and
 * the error map of src/domain/zod-chinese.ts words it from src/i18n/zh-cn-schema-messages.ts. The
 * schemas sit below src/i18n/ and hold no sentence of their own; the field documentation in their
 * `.meta()` stays with them. Each code lists the values its sentence needs.
 */
import type { ForbiddenChar } from './text-safety.ts';

/** What is wrong with the start of a web address that does not start with http:// or https://. */
export type SchemeSlip =
  | { slip: 'relative' }
  | { slip: 'notWeb'; scheme: string }
  | { slip: 'upperCase'; scheme: string }
  | { slip: 'noSlashes'; scheme: string };

type None = Record<never, never>;

/** Every message code and its values. */
export interface SchemaMessageParams {
  // common.ts
  dateType: None;
  dateFormat: None;
  dateUnreal: None;
  monthType: None;
  monthFormat: None;
  textType: None;
  forbiddenChar: { char: ForbiddenChar; multiline: boolean };
  notEmpty: None;
  textTooLong: { max: number };
  urlType: { example: string };
  urlSpace: { example: string };
  urlScheme: { example: string; slip: SchemeSlip };
  urlInvalid: { example: string };
  integer: None;
  notNegative: None;
  refType: { position: boolean };
  refPath: None;
  idFormat: None;
  ruleId: None;
  periodOrder: None;
  // appointment.ts
  appointmentStatus: None;
  effectiveRequired: None;
  reasonRequired: None;
  deferredUntilRequired: None;
  // body.ts
  membershipOrder: None;
  bodyType: { values: readonly string[] };
  membersRequired: None;
  // calendar.ts
  holidayOrder: None;
  yearType: None;
  yearInteger: None;
  yearRange: { min: number; max: number };
  outOfYear: { date: string; year: number };
  workdayWeekday: { date: string; weekday: number };
  workdayInHoliday: { date: string; holiday: string; from: string; to: string };
  workdayFor: { name: string; names: readonly string[] };
  // correction.ts
  correctionItems: None;
  // decision.ts
  presentRequired: None;
  ballotsReturned: None;
  decisionResult: None;
  votesRequired: None;
  // examination.ts
  scoreType: None;
  scoreNegative: None;
  scoreTooHigh: { max: number };
  examinersMin: { min: number };
  aggregationMethod: None;
  scoresCount: { examiners: number; scores: number };
  writtenRequired: None;
  weightsSum: { total: number };
  // inspection-notice.ts, inspection-report.ts
  inspecteesRequired: None;
  teamRole: { values: readonly string[] };
  teamRequired: None;
  preReviewDepartments: { min: number };
  reportForm: { values: readonly string[] };
  // integrity-summary.ts
  auditKind: { values: readonly string[] };
  auditConclusion: None;
  // person.ts
  gender: { values: readonly string[] };
  // plan.ts, publicity.ts, publicity-outcome.ts
  planItems: None;
  publicityCandidates: None;
  outcomeSum: None;
  // qualification.ts
  qualificationType: None;
  qualificationOrder: None;
  // recommendation.ts
  recommendationMethod: None;
  ballotOrder: None;
  nomineesRequired: None;
  meetingRequired: None;
  // round.ts
  positionId: None;
  positionLevel: { values: readonly string[] };
  roundMethod: None;
  positionsRequired: None;
  standardsRequired: None;
  qualificationsRequired: None;
  positionDuplicate: { id: string };
  // site.ts
  phone: None;
  email: None;
  postcode: None;
  sms: None;
  guidanceRequired: None;
  publicityDaysMin: { min: number };
  ledgerKey: None;
  // supervision-report.ts, unit.ts
  supervisionType: None;
  unitType: { values: readonly string[] };
}
export type SchemaMessageCode = keyof SchemaMessageParams;

/** A coded message: its code under `gongshi`, and its values. */
export type Coded<C extends SchemaMessageCode = SchemaMessageCode> = { gongshi: C } & SchemaMessageParams[C];

type ParamsArg<C extends SchemaMessageCode> = None extends SchemaMessageParams[C] ? [params?: SchemaMessageParams[C]] : [params: SchemaMessageParams[C]];

/** The `params` of an issue a schema adds (`ctx.addIssue`, `.refine`): the code and its values. */
export function coded<C extends SchemaMessageCode>(code: C, ...[params]: ParamsArg<C>): Coded<C> {
  return { gongshi: code, ...(params ?? {}) } as Coded<C>;
}

/** An error that names its message by code and leaves the wording to the error map. */
export type Saying = (() => undefined) & { gongshi: (input: unknown) => Coded };

/**
 * The `error` of a check or a type: the message `code`, with its values, or a function of the
 * input that gives them (what a bad address starts with, where the invisible character is).
 */
export function say<C extends SchemaMessageCode>(code: C, ...[params]: ParamsArg<C> | [params: (input: unknown) => SchemaMessageParams[C]]): Saying {
  const of = typeof params === 'function' ? params : () => params;
  return Object.assign((): undefined => undefined, { gongshi: (input: unknown) => ({ gongshi: code, ...(of(input) ?? {}) }) as Coded });
}

/** The coded message of a zod issue, if a schema gave one: the issue's params, else the error of what raised it. */
export function codedOf(issue: { params?: unknown; input?: unknown; inst?: unknown; schema?: unknown }): Coded | undefined {
  const p = issue.params as Partial<Coded> | undefined;
  if (p && typeof p.gongshi === 'string') return p as Coded;
  for (const owner of [issue.inst, issue.schema]) {
    const error = (owner as { _zod?: { def?: { error?: Partial<Saying> } } } | undefined)?._zod?.def?.error;
    if (typeof error?.gongshi === 'function') return error.gongshi(issue.input);
  }
  return undefined;
}
