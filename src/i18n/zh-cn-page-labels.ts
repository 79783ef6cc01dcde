/**
 * Each record field by the label its page shows, so a correction can name what it changed in the
 * reader's words (E5) and a reader never sees a field path. Keys are field paths with list indices
 * left out (`results[].reason`); the words are the page's own (src/i18n/zh-cn.ts) where it has them.
 */
import type { Kind } from '../schemas/common.ts';
import { ui } from './zh-cn.ts';

const n = ui.facts;
const r = ui.round;

/** Fields every notice has. */
const COMMON: Record<string, string> = {
  title: '标题',
  published: ui.notice.published,
  issuer: ui.notice.issuer,
  summary: ui.notice.summaryHeading,
  round: ui.notice.round,
};

/** Labels of each kind's own fields. */
const BY_KIND: Partial<Record<Kind, Record<string, string>>> = {
  plans: { year: n.plan.year, 'items[].unit': n.plan.cols.unit, 'items[].post': n.plan.cols.post, 'items[].count': n.plan.cols.count, 'items[].method': n.plan.cols.method },
  'pre-announcements': { howToRecommend: n.preAnnouncement.howToRecommend, 'recommendation.from': '推荐开始日期', 'recommendation.to': '推荐结束日期' },
  recommendations: { date: n.recommendation.date, 'candidates[].recommenders[].reason': n.recommendation.recommenderCols.reason },
  'inspection-notices': {
    'period.from': '考察开始日期',
    'period.to': '考察结束日期',
    'preReview.date': n.inspectionNotice.preReviewDate,
    'preReview.conclusion': n.inspectionNotice.conclusion,
    'preReview.findings[].finding': n.inspectionNotice.findingCols.finding,
  },
  'inspection-reports': {
    'workReport.date': n.inspectionReport.workReportDate,
    'workReport.form': n.inspectionReport.workReportForm,
    'evaluation.date': n.inspectionReport.evaluationDate,
    achievements: n.inspectionReport.achievements,
    health: n.inspectionReport.health,
    qualificationCheck: n.inspectionReport.qualificationCheck,
    recommendationVotes: n.inspectionReport.recommendationVotes,
    conclusion: n.inspectionReport.conclusionHeading,
    'signatures[].date': n.inspectionReport.signatureCols.date,
    feedback: n.inspectionReport.feedback,
    'appeals[].grounds': n.inspectionReport.appealCols.grounds,
    'appeals[].outcome': n.inspectionReport.appealCols.outcome,
  },
  examinations: { date: n.examination.date, tieBreak: n.examination.tieBreak },
  decisions: { 'meeting.date': n.decision.date, 'meeting.session': n.decision.session, 'absent[].reason': n.decision.absentCols.reason, 'items[].dissent': n.decision.dissentHeading },
  publicities: {
    'window.from': '公示开始日期',
    'window.to': '公示结束日期',
    'candidates[].proposedPost': n.publicity.proposedPost,
    'candidates[].politicalReview': n.publicity.politicalReview,
    'candidates[].healthCheck': n.publicity.healthCheck,
    'candidates[].exceptional.circumstances': n.publicity.circumstances,
    'candidates[].exceptional.reasons': n.publicity.reasons,
  },
  'publicity-outcomes': { 'items[].conclusion': n.publicityOutcome.conclusion, 'items[].feedbackToReporters': n.publicityOutcome.feedback, 'items[].resolved': n.publicityOutcome.resolved },
  appointments: {
    'results[].post': n.appointment.post,
    'results[].effective': n.appointment.effective,
    'results[].document': n.appointment.document,
    'results[].reason': n.appointment.reason,
    'results[].deferredUntil': n.appointment.deferredUntil,
  },
  'integrity-summaries': { 'twoCircles.conclusion': n.integrity.conclusion, 'audit.summary': n.integrity.auditSummary },
  'supervision-reports': { 'findings[].finding': n.supervision.finding, 'findings[].action': n.supervision.action },
  rounds: { title: '标题', scope: r.scope, 'positions[].title': r.positionCols.title, standards: r.standardsHeading, qualifications: r.qualificationsHeading },
};

/** The label of the field at `path` of a record of `kind`, if the page shows it under one. */
export function fieldLabel(kind: Kind, path: readonly (string | number)[]): string | undefined {
  const pattern = path.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('').replace(/^\./, '');
  const bare = pattern.replace(/\[\]$/, '');
  return BY_KIND[kind]?.[pattern] ?? BY_KIND[kind]?.[bare] ?? COMMON[pattern];
}

/** Every label a record of `kind` may be corrected under, for messages that list the choices. */
export function fieldLabels(kind: Kind): string[] {
  return [...new Set([...Object.values(COMMON), ...Object.values(BY_KIND[kind] ?? {})])];
}
