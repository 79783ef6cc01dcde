/**
 * The Chinese names of the schemas' coded values (`status: deferred` reads 暂缓任用), of the kinds
 * and of the stages of a round: what pages, feeds, open data and the rules' evidence show for them.
 * The values themselves are defined in src/schemas/, which holds no Chinese word of its own.
 */
import type { AppointmentStatus } from '../schemas/appointment.ts';
import type { BodyType } from '../schemas/body.ts';
import type { Kind } from '../schemas/common.ts';
import type { DecisionResult } from '../schemas/decision.ts';
import type { Aggregation } from '../schemas/examination.ts';
import type { Stage } from '../schemas/index.ts';
import type { QualificationType } from '../schemas/qualification.ts';
import type { RecommendationMethod } from '../schemas/recommendation.ts';
import type { RoundMethod } from '../schemas/round.ts';
import type { SupervisionType } from '../schemas/supervision-report.ts';

/** Chinese name of each kind, as shown in headings, filters and messages. */
export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  site: '站点设置',
  calendar: '工作日历',
  units: '单位',
  bodies: '决策机构',
  people: '人员',
  qualifications: '资格',
  plans: '年度计划',
  rounds: '选拔任用工作',
  'pre-announcements': '推荐预告',
  recommendations: '推荐情况',
  'inspection-notices': '考察预告',
  'inspection-reports': '考察评价结论',
  examinations: '考试成绩',
  decisions: '讨论决定',
  publicities: '任前公示',
  'publicity-outcomes': '公示结果',
  appointments: '任职结果',
  'integrity-summaries': '廉政情况',
  corrections: '更正',
  'supervision-reports': '监督检查',
};

/** Chinese name of each stage of a round (src/schemas/index.ts STAGES), in procedural order. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  plan: '计划与推荐预告',
  recommendation: '推荐',
  inspection: '考察',
  examination: '考试',
  decision: '讨论决定',
  publicity: '任前公示',
  appointment: '任职',
  supervision: '纠错与监督',
};

export const APPOINTMENT_STATUS: Readonly<Record<AppointmentStatus, string>> = { appointed: '已任职', deferred: '暂缓任用', withdrawn: '不再任用' };

export const BODY_TYPES: Readonly<Record<BodyType, string>> = {
  'standing-committee': '常委会',
  'full-committee': '全委会',
  'party-group': '党组（党委）会',
  'department-meeting': '部务会',
};

export const DECISION_RESULTS: Readonly<Record<DecisionResult, string>> = { passed: '通过', rejected: '未通过', deferred: '缓议' };

export const AGGREGATIONS: Readonly<Record<Aggregation, string>> = { mean: '算术平均', 'trimmed-mean': '去掉一个最高分和一个最低分后平均' };

export const METHODS: Readonly<Record<RoundMethod, string>> = { individual: '个别提拔', competitive: '竞争上岗', open: '公开选拔' };

export const QUALIFICATION_TYPES: Readonly<Record<QualificationType, string>> = { 'decision-maker': '用人资格', inspector: '考察资格' };

export const RECOMMENDATION_METHODS: Readonly<Record<RecommendationMethod, string>> = {
  meeting: '会议推荐',
  conversation: '谈话调研推荐',
  signed: '个人署名推荐',
  joint: '联名推荐',
};

export const SUPERVISION_TYPES: Readonly<Record<SupervisionType, string>> = { announcement: '检查预告', findings: '检查结果', feedback: '反馈通报' };
