/**
 * Each notice kind's data as display sections: key–value facts, tables with captions, texts. Every
 * field of every kind is shown — a transparency portal that drops a score or a tally hides it — and
 * every reference is resolved to a name and a link here, so the notice page only renders.
 */
import { ui } from '../i18n/zh-cn.ts';
import { AGGREGATIONS } from '../schemas/examination.ts';
import { APPOINTMENT_STATUS } from '../schemas/appointment.ts';
import type { Kind } from '../schemas/common.ts';
import { DECISION_RESULTS } from '../schemas/decision.ts';
import { isNoticeKind, KIND_LABELS, SCHEMAS } from '../schemas/index.ts';
import { RECOMMENDATION_METHODS } from '../schemas/recommendation.ts';
import { SUPERVISION_TYPES } from '../schemas/supervision-report.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import {
  date,
  facts,
  paragraphs,
  period,
  personLink,
  personName,
  positionLabel,
  recordLink,
  roundLink,
  unitLink,
  unitName,
  noticeItem,
  type Fact,
  type Inline,
  type ListItem,
  type Section,
  type Tone,
} from './display.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { formatDate, formatNumber, formatPercent, formatYear } from './format.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { ruleInfo } from '../rules/index.ts';
import { findRefs } from '../domain/refs.ts';
import { profileSections, roundTermsSections } from './record-facts.ts';
import { refUrl } from '../domain/urls.ts';
import { rosterOn, windowState } from '../domain/queries.ts';
import { CalendarGapError, type WorkingCalendar } from '../domain/working-days.ts';

const t = ui.facts;
const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? t.yes : t.no);
const num = (n: number | undefined) => (n === undefined ? undefined : formatNumber(n));

/** A period a notice announces (publicity window, recommendation or inspection dates) and its state on the reference date. */
export interface NoticeWindow {
  label: string;
  from: string;
  to: string;
  state: 'upcoming' | 'open' | 'closed';
  stateLabel: string;
  tone: Tone;
  /** Last day to report a problem: the window's last day, for a publicity. */
  deadline?: string;
  /** For a publicity: its working days on the official calendar, e.g. 共 5 个工作日(含 2026-09-28 国庆节调休上班日). */
  workingDays?: string;
}

/** Everything a notice page shows, in display form. */
export interface NoticeView {
  entry: NoticeEntry;
  kindLabel: string;
  /** The notice's reference code (e.g. GS-7K3Q9M2X), quoted when reporting a problem. */
  reference: string;
  meta: Fact[];
  summary?: { paragraphs: string[] };
  window?: NoticeWindow;
  /** Declared exceptions with the catalog title of the rule each departs from. */
  exceptions: { rule: string; title?: string; reason: string }[];
  /** Corrections that name this notice, oldest first. */
  correctedBy: ListItem[];
  sections: Section[];
  /** Other notices that refer to this one (e.g. the outcome of a publicity). */
  related: ListItem[];
}

/** The display form of notice `entry`. */
export function noticeView(ds: Dataset, entry: NoticeEntry): NoticeView {
  const key = entryKey(entry);
  const noticeReferrers = [...new Set((ds.backrefs.get(key) ?? []).map((b) => b.from))]
    .filter((e): e is NoticeEntry => isNoticeKind(e.kind) && e !== entry)
    .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  return {
    entry,
    kindLabel: KIND_LABELS[entry.kind],
    reference: referenceCode(entry.kind, entry.id),
    meta: noticeMeta(ds, entry),
    summary: entry.data.summary ? paragraphs(entry.data.summary) : undefined,
    window: noticeWindow(entry, ds.today, ds.calendar),
    exceptions: (entry.data.exceptions ?? []).map((e) => ({ ...e, title: ruleInfo(e.rule)?.title })),
    correctedBy: noticeReferrers.filter((e) => e.kind === 'corrections').map((e) => noticeItem(e)),
    sections: noticeSections(ds, entry),
    related: noticeReferrers.filter((e) => e.kind !== 'corrections').map((e) => noticeItem(e)),
  };
}

/** Position IDs a notice names, in the order it names them. */
export function noticePositions(entry: NoticeEntry): string[] {
  return [...new Set(findRefs(SCHEMAS[entry.kind], entry.data).filter((r) => r.target === 'position').map((r) => r.id))];
}

/** The facts above every notice: kind, date, issuer, round and positions, reference code. */
export function noticeMeta(ds: Dataset, entry: NoticeEntry): Fact[] {
  const round = 'round' in entry.data ? entry.data.round : undefined;
  const positions = round ? noticePositions(entry).map((p) => positionLabel(ds, round, p)) : [];
  return facts(
    [ui.notice.kind, KIND_LABELS[entry.kind]],
    [ui.notice.published, { date: entry.data.published }],
    [ui.notice.issuer, unitLink(ds, entry.data.issuer ?? ds.site.departmentUnit)],
    [ui.notice.round, round ? roundLink(ds, round) : undefined],
    [ui.notice.positions, positions.length === 0 ? undefined : positions.length === 1 ? positions[0] : { items: positions }],
    [ui.notice.reference, { code: referenceCode(entry.kind, entry.id) }],
  );
}

/** The period a notice announces and its state on `today`; undefined for kinds without one. With `calendar`, a publicity's working days. */
export function noticeWindow(entry: NoticeEntry, today: string, calendar?: WorkingCalendar): NoticeWindow | undefined {
  const make = (label: string, p: { from: string; to: string }, states: Record<'upcoming' | 'open' | 'closed', string>, deadline: boolean): NoticeWindow => {
    const state = windowState(p, today);
    return { label, from: p.from, to: p.to, state, stateLabel: states[state], tone: state, deadline: deadline ? p.to : undefined };
  };
  switch (entry.kind) {
    case 'publicities': {
      const w = make(ui.window.publicity, entry.data.window, ui.window.states, true);
      const days = calendar && workingDaysText(calendar, entry.data.window);
      return days ? { ...w, workingDays: days } : w;
    }
    case 'pre-announcements':
      return make(ui.window.recommendation, entry.data.recommendation, ui.window.genericStates, false);
    case 'inspection-notices':
      return make(ui.window.inspection, entry.data.period, ui.window.genericStates, false);
    default:
      return undefined;
  }
}

/** A window's working days and any make-up workday in it, in words; undefined where the calendar lacks a year. */
export function workingDaysText(calendar: WorkingCalendar, p: { from: string; to: string }): string | undefined {
  try {
    const makeup = calendar.makeupWorkdaysBetween(p.from, p.to);
    return ui.window.workingDays(calendar.countWorkingDays(p.from, p.to), makeup.map((m) => ui.window.makeupDay(formatDate(m.date), m.for)));
  } catch (err) {
    if (err instanceof CalendarGapError) return undefined;
    throw err;
  }
}

/** The body of notice `entry`: every field of its kind as sections. */
export function noticeSections(ds: Dataset, entry: NoticeEntry): Section[] {
  switch (entry.kind) {
    case 'plans':
      return planSections(ds, entry);
    case 'pre-announcements':
      return preAnnouncementSections(ds, entry);
    case 'recommendations':
      return recommendationSections(ds, entry);
    case 'inspection-notices':
      return inspectionNoticeSections(ds, entry);
    case 'inspection-reports':
      return inspectionReportSections(ds, entry);
    case 'integrity-summaries':
      return integritySections(ds, entry);
    case 'examinations':
      return examinationSections(ds, entry);
    case 'decisions':
      return decisionSections(ds, entry);
    case 'publicities':
      return publicitySections(ds, entry);
    case 'publicity-outcomes':
      return publicityOutcomeSections(ds, entry);
    case 'appointments':
      return appointmentSections(ds, entry);
    case 'corrections':
      return correctionSections(ds, entry);
    case 'supervision-reports':
      return supervisionSections(ds, entry);
  }
}

function planSections(ds: Dataset, e: Entry<'plans'>): Section[] {
  const d = e.data;
  const c = t.plan.cols;
  const rounds = (ds.backrefs.get(entryKey(e)) ?? []).map((b) => b.from).filter((f) => f.kind === 'rounds');
  const out: Section[] = [
    { type: 'facts', facts: facts([t.plan.year, formatYear(d.year)]) },
    {
      type: 'table',
      caption: t.plan.itemsCaption,
      columns: [{ label: c.unit }, { label: c.post }, { label: c.count, numeric: true }, { label: c.method }],
      rows: d.items.map((i) => [unitLink(ds, i.unit), i.post, formatNumber(i.count), i.method ?? t.notPublished]),
      foot: [t.total, '', formatNumber(d.items.reduce((s, i) => s + i.count, 0)), ''],
    },
  ];
  if (rounds.length) out.push({ type: 'list', heading: t.plan.roundsHeading, items: [...new Set(rounds)].map((r) => recordLink(ds, 'rounds', r.id)) });
  return out;
}

function preAnnouncementSections(ds: Dataset, e: Entry<'pre-announcements'>): Section[] {
  const d = e.data;
  return [
    // The recommendation period itself is shown with its state in the window box above the body.
    { type: 'facts', facts: facts([t.preAnnouncement.howToRecommend, paragraphs(d.howToRecommend)]) },
    ...roundTermsSections(ds, d.round),
  ];
}

function recommendationSections(ds: Dataset, e: Entry<'recommendations'>): Section[] {
  const d = e.data;
  const r = t.recommendation;
  const withVotes = d.candidates.some((c) => c.votes !== undefined);
  const out: Section[] = [
    {
      type: 'facts',
      facts: facts(
        [r.position, positionLabel(ds, d.round, d.position)],
        [r.method, RECOMMENDATION_METHODS[d.method]],
        [r.date, { date: d.date }],
        [r.participants, d.meeting && t.people(d.meeting.participants)],
        [r.ballotsIssued, d.meeting && t.votes(d.meeting.ballotsIssued)],
        [r.ballotsValid, d.meeting && t.votes(d.meeting.ballotsValid)],
      ),
    },
    {
      type: 'table',
      caption: r.candidatesCaption,
      columns: [{ label: r.cols.person }, ...(withVotes ? [{ label: r.cols.votes, numeric: true }] : []), { label: r.cols.recommenders, numeric: true }],
      rows: d.candidates.map((c) => [personLink(ds, c.person), ...(withVotes ? [num(c.votes) ?? t.notPublished] : []), formatNumber(c.recommenders.length)]),
    },
  ];
  const rc = r.recommenderCols;
  for (const c of d.candidates) {
    if (c.recommenders.length === 0) continue;
    const withReason = c.recommenders.some((s) => s.reason);
    out.push({
      type: 'table',
      caption: r.recommendersCaption(personName(ds, c.person)),
      columns: [{ label: rc.name }, { label: rc.unit }, { label: rc.post }, ...(withReason ? [{ label: rc.reason }] : [])],
      rows: c.recommenders.map((s) => [s.name, s.unit, s.post, ...(withReason ? [s.reason ?? t.none] : [])]),
    });
  }
  return out;
}

function inspectionNoticeSections(ds: Dataset, e: Entry<'inspection-notices'>): Section[] {
  const d = e.data;
  const n = t.inspectionNotice;
  const out: Section[] = [
    {
      type: 'table',
      caption: n.inspecteesCaption,
      columns: [{ label: n.inspecteeCols.person }, { label: n.inspecteeCols.position }],
      rows: d.inspectees.map((i) => [personLink(ds, i.person), positionLabel(ds, d.round, i.position)]),
    },
    {
      type: 'table',
      caption: n.teamCaption,
      columns: [{ label: n.teamCols.person }, { label: n.teamCols.role }],
      rows: d.team.map((m) => [personLink(ds, m.person), m.role]),
    },
  ];
  const pre: Section[] = [
    {
      type: 'facts',
      facts: facts([n.preReviewDate, { date: d.preReview.date }], [n.departments, d.preReview.departments.join('、')], [n.conclusion, paragraphs(d.preReview.conclusion)]),
    },
  ];
  if (d.preReview.findings.length)
    pre.push({
      type: 'table',
      caption: n.findingsCaption,
      columns: [{ label: n.findingCols.person }, { label: n.findingCols.finding }],
      rows: d.preReview.findings.map((f) => [personLink(ds, f.person), f.finding]),
    });
  out.push({ type: 'group', heading: n.preReviewHeading, sections: pre });
  return out;
}

function inspectionReportSections(ds: Dataset, e: Entry<'inspection-reports'>): Section[] {
  const d = e.data;
  const r = t.inspectionReport;
  const ev = d.evaluation;
  const ratings = (Object.keys(r.ratings) as (keyof typeof r.ratings)[]).map((k) => [r.ratings[k], formatNumber(ev.ratings[k]), formatPercent(ev.ratings[k], ev.ballotsValid)]);
  const rated = Object.values(ev.ratings).reduce((s, n) => s + n, 0);
  const out: Section[] = [
    {
      type: 'facts',
      facts: facts(
        [r.inspectee, personLink(ds, d.inspectee)],
        [r.position, positionLabel(ds, d.round, d.position)],
        [r.inspectionNotice, recordLink(ds, 'inspection-notices', d.inspectionNotice)],
      ),
    },
    {
      type: 'facts',
      heading: r.workReportHeading,
      facts: facts([r.workReportDate, { date: d.workReport.date }], [r.workReportForm, d.workReport.form], [r.audience, d.workReport.audience !== undefined && t.people(d.workReport.audience)]),
    },
    {
      type: 'group',
      heading: r.evaluationHeading,
      sections: [
        { type: 'facts', facts: facts([r.evaluationDate, { date: ev.date }], [r.participants, t.people(ev.participants)], [r.ballotsValid, t.votes(ev.ballotsValid)]) },
        {
          type: 'table',
          caption: r.ratingsCaption,
          columns: [{ label: r.ratingCols.rating }, { label: r.ratingCols.votes, numeric: true }, { label: r.ratingCols.share, numeric: true }],
          rows: ratings,
          foot: [t.total, formatNumber(rated), formatPercent(rated, ev.ballotsValid)],
        },
      ],
    },
  ];
  if (d.interviews.length)
    out.push({
      type: 'table',
      caption: r.interviewsCaption,
      columns: [{ label: r.interviewCols.level }, { label: r.interviewCols.count, numeric: true }],
      rows: d.interviews.map((i) => [i.level, formatNumber(i.count)]),
      foot: [t.total, formatNumber(d.interviews.reduce((s, i) => s + i.count, 0))],
    });
  const details = facts(
    [r.achievements, d.achievements && paragraphs(d.achievements)],
    [r.health, d.health],
    [r.qualificationCheck, d.qualificationCheck],
    [r.recommendationVotes, d.recommendationVotes],
  );
  if (details.length) out.push({ type: 'facts', heading: r.detailsHeading, facts: details });
  out.push({ type: 'text', heading: r.conclusionHeading, paragraphs: paragraphs(d.conclusion).paragraphs });
  out.push({
    type: 'table',
    caption: r.signaturesCaption,
    columns: [{ label: r.signatureCols.person }, { label: r.signatureCols.date }],
    rows: d.signatures.map((s) => [personLink(ds, s.person), { date: s.date }]),
  });
  const feedback: Section[] = [{ type: 'facts', facts: facts([r.feedback, date(d.feedback) ?? t.notPublished], [r.appealsCaption, d.appeals.length === 0 && r.noAppeals]) }];
  if (d.appeals.length)
    feedback.push({
      type: 'table',
      caption: r.appealsCaption,
      columns: [{ label: r.appealCols.filed }, { label: r.appealCols.grounds }, { label: r.appealCols.resolved }, { label: r.appealCols.outcome }],
      rows: d.appeals.map((a) => [{ date: a.filed }, a.grounds, date(a.resolved) ?? r.unresolved, a.outcome ?? t.none]),
    });
  out.push({ type: 'group', heading: r.feedbackHeading, sections: feedback });
  return out;
}

function integritySections(ds: Dataset, e: Entry<'integrity-summaries'>): Section[] {
  const d = e.data;
  const g = t.integrity;
  return [
    { type: 'facts', facts: facts([g.person, personLink(ds, d.person)]) },
    {
      type: 'facts',
      heading: g.twoCirclesHeading,
      facts: facts([g.reviewed, yesNo(d.twoCircles.reviewed)], [g.reviewDate, date(d.twoCircles.date)], [g.conclusion, paragraphs(d.twoCircles.conclusion)]),
    },
    { type: 'facts', heading: g.assetsHeading, facts: facts([g.submitted, yesNo(d.assetDeclaration.submitted)], [g.submittedDate, date(d.assetDeclaration.date)]) },
    {
      type: 'facts',
      heading: g.debtsHeading,
      facts: facts([g.atOrAbove(formatNumber(ds.site.rules.debtThreshold)), yesNo(d.debts.atOrAboveThreshold)], [g.repaymentPlan, yesNo(d.debts.repaymentPlanReported)]),
    },
    {
      type: 'facts',
      heading: g.auditHeading,
      facts: facts(
        [g.auditKind, d.audit.kind],
        [g.auditDate, date(d.audit.date)],
        [g.auditConclusion, d.audit.conclusion === 'violation' ? { tag: g.auditConclusions.violation, tone: 'alert' } : g.auditConclusions[d.audit.conclusion]],
        [g.auditSummary, d.audit.summary && paragraphs(d.audit.summary)],
      ),
    },
  ];
}

function examinationSections(ds: Dataset, e: Entry<'examinations'>): Section[] {
  const d = e.data;
  const x = t.examination;
  const a = d.aggregation;
  const weighted = a.weights !== undefined;
  const fixed = (n: number | undefined) => (n === undefined ? t.notPublished : formatNumber(n, a.decimals));
  const ranked = [...d.candidates].sort((p, q) => p.rank - q.rank);
  return [
    {
      type: 'facts',
      facts: facts(
        [x.position, positionLabel(ds, d.round, d.position)],
        [x.date, { date: d.date }],
        [x.method, AGGREGATIONS[a.method]],
        [x.decimals, `${a.decimals}`],
        [x.weights, a.weights ? x.weightsValue(a.weights.written, a.weights.interview) : x.interviewOnly],
        [x.tieBreak, d.tieBreak],
      ),
    },
    {
      type: 'table',
      caption: x.examinersCaption,
      columns: [{ label: x.examinerCols.name }, { label: x.examinerCols.unit }, { label: x.examinerCols.post }, { label: x.examinerCols.noConflict }],
      rows: d.examiners.map((m) => [m.name, m.unit, m.post, m.noConflictDeclared ? x.declared : { tag: x.notDeclared, tone: 'alert' }]),
    },
    {
      type: 'table',
      caption: x.scoresCaption,
      columns: [
        { label: x.scoreCols.person },
        ...d.examiners.map((m, i) => ({ label: x.examinerCol(i + 1, m.name), numeric: true })),
        { label: x.scoreCols.interview, numeric: true },
        ...(weighted ? [{ label: x.scoreCols.written, numeric: true }] : []),
        { label: x.scoreCols.final, numeric: true },
        { label: x.scoreCols.rank, numeric: true },
      ],
      rows: ranked.map((c) => [
        personLink(ds, c.person),
        ...c.scores.map((s) => formatNumber(s)),
        fixed(c.interview),
        ...(weighted ? [c.written === undefined ? t.notPublished : formatNumber(c.written)] : []),
        fixed(c.final),
        formatNumber(c.rank),
      ]),
    },
  ];
}

function decisionSections(ds: Dataset, e: Entry<'decisions'>): Section[] {
  const d = e.data;
  const x = t.decision;
  const body = ds.byKind.bodies.get(d.body)?.data;
  const roster = body ? rosterOn(body, d.meeting.date) : [];
  const out: Section[] = [
    {
      type: 'facts',
      facts: facts(
        [x.body, ds.byKind.bodies.get(d.body)?.data.name ?? d.body],
        [x.session, d.meeting.session],
        [x.date, { date: d.meeting.date }],
        [x.members, roster.length > 0 && t.people(roster.length)],
        [x.present, t.people(d.present.length)],
        [x.absentCount, t.people(d.absent.length)],
        [x.reportedBy, personLink(ds, d.reportedBy)],
      ),
    },
    { type: 'list', heading: x.presentHeading, inline: true, items: d.present.map((p) => personLink(ds, p)) },
  ];
  if (d.absent.length)
    out.push({
      type: 'table',
      caption: x.absentCaption,
      columns: [{ label: x.absentCols.person }, { label: x.absentCols.reason }],
      rows: d.absent.map((a) => [personLink(ds, a.person), a.reason]),
    });
  if (d.procedureRecords.length)
    out.push({
      type: 'table',
      caption: x.procedureCaption,
      columns: [{ label: x.procedureCols.person }, { label: x.procedureCols.completed }, { label: x.procedureCols.signedBy }],
      rows: d.procedureRecords.map((p) => [personLink(ds, p.person), { date: p.completed }, personLink(ds, p.signedBy)]),
    });
  out.push({ type: 'facts', heading: x.ballotsHeading, facts: facts([x.ballotsIssued, t.votes(d.ballots.issued)], [x.ballotsReturned, t.votes(d.ballots.returned)]) });
  const c = x.tallyCols;
  // One position is already named above the notice; a column repeating it would only crowd a phone.
  const positions = new Set(d.items.map((i) => i.position)).size > 1;
  out.push({
    type: 'table',
    caption: x.tallyCaption,
    columns: [
      { label: c.person },
      ...(positions ? [{ label: c.position }] : []),
      { label: c.yes, numeric: true },
      { label: c.no, numeric: true },
      { label: c.abstain, numeric: true },
      { label: c.result },
    ],
    rows: d.items.map((i) => [
      personLink(ds, i.person),
      ...(positions ? [positionLabel(ds, d.round, i.position)] : []),
      formatNumber(i.yes),
      formatNumber(i.no),
      formatNumber(i.abstain),
      { tag: DECISION_RESULTS[i.result], tone: i.result === 'passed' ? 'ok' : i.result === 'rejected' ? 'alert' : 'upcoming' },
    ]),
  });
  const dissent = d.items.filter((i) => i.dissent);
  if (dissent.length) out.push({ type: 'facts', heading: x.dissentHeading, facts: dissent.map((i) => ({ label: personName(ds, i.person), value: paragraphs(i.dissent!) })) });
  return out;
}

function publicitySections(ds: Dataset, e: Entry<'publicities'>): Section[] {
  const d = e.data;
  const p = t.publicity;
  const out: Section[] = [{ type: 'facts', facts: facts([p.decision, recordLink(ds, 'decisions', d.decision)]) }];
  for (const c of d.candidates) {
    const person = ds.byKind.people.get(c.person)?.data;
    const sections: Section[] = [
      {
        type: 'facts',
        facts: [
          ...facts([t.person, personLink(ds, c.person)], [p.proposedPost, c.proposedPost], [p.position, positionLabel(ds, d.round, c.position)]),
          ...(person ? profileSections(ds, person).facts : []),
          ...facts([p.politicalReview, c.politicalReview], [p.healthCheck, c.healthCheck]),
        ],
      },
    ];
    if (c.exceptional)
      sections.push({
        type: 'group',
        heading: p.exceptionalHeading,
        tone: 'alert',
        sections: [{ type: 'facts', facts: facts([p.circumstances, paragraphs(c.exceptional.circumstances)], [p.reasons, paragraphs(c.exceptional.reasons)]) }],
      });
    if (person) sections.push(...profileSections(ds, person).more);
    out.push({ type: 'group', heading: p.candidateHeading(personName(ds, c.person)), sections });
  }
  return out;
}

function publicityOutcomeSections(ds: Dataset, e: Entry<'publicity-outcomes'>): Section[] {
  const d = e.data;
  const o = t.publicityOutcome;
  const c = o.cols;
  const sum = (k: 'received' | 'substantiated' | 'partlySubstantiated' | 'unsubstantiated' | 'pending') => formatNumber(d.items.reduce((s, i) => s + i[k], 0));
  return [
    { type: 'facts', facts: facts([o.publicity, recordLink(ds, 'publicities', d.publicity)]) },
    {
      type: 'table',
      caption: o.caption,
      columns: [
        { label: c.person },
        { label: c.received, numeric: true },
        { label: c.substantiated, numeric: true },
        { label: c.partly, numeric: true },
        { label: c.unsubstantiated, numeric: true },
        { label: c.pending, numeric: true },
      ],
      rows: d.items.map((i) => [
        personLink(ds, i.person),
        formatNumber(i.received),
        formatNumber(i.substantiated),
        formatNumber(i.partlySubstantiated),
        formatNumber(i.unsubstantiated),
        i.pending ? { tag: formatNumber(i.pending), tone: 'upcoming' } : formatNumber(i.pending),
      ]),
      foot: d.items.length > 1 ? [t.total, sum('received'), sum('substantiated'), sum('partlySubstantiated'), sum('unsubstantiated'), sum('pending')] : undefined,
    },
    {
      type: 'group',
      heading: o.conclusionsHeading,
      sections: d.items.map((i) => ({
        type: 'facts',
        heading: personName(ds, i.person),
        facts: facts([o.conclusion, paragraphs(i.conclusion)], [o.feedback, date(i.feedbackToReporters)], [o.resolved, date(i.resolved)]),
      })),
    },
  ];
}

function appointmentSections(ds: Dataset, e: Entry<'appointments'>): Section[] {
  const d = e.data;
  const a = t.appointment;
  return d.results.map((r) => ({
    type: 'facts',
    heading: a.resultHeading(personName(ds, r.person)),
    facts: facts(
      [t.person, personLink(ds, r.person)],
      [a.status, { tag: APPOINTMENT_STATUS[r.status], tone: r.status === 'appointed' ? 'ok' : r.status === 'deferred' ? 'upcoming' : 'alert' }],
      [a.post, r.post],
      [a.position, positionLabel(ds, d.round, r.position)],
      [a.effective, date(r.effective)],
      [a.document, r.document],
      [a.probation, r.probation && period(r.probation)],
      [a.reason, r.reason && paragraphs(r.reason)],
      [a.deferredUntil, date(r.deferredUntil)],
    ),
  }));
}

function correctionSections(ds: Dataset, e: Entry<'corrections'>): Section[] {
  const d = e.data;
  const c = t.correction;
  const [kind, id] = d.corrects.split('/') as [Kind, string];
  const target: Inline = refUrl(d.corrects) ? recordLink(ds, kind, id) : d.corrects;
  return [
    { type: 'facts', facts: facts([c.corrects, target], [c.reason, paragraphs(d.reason)]) },
    {
      type: 'table',
      caption: c.changesCaption,
      columns: [{ label: c.changeCols.field }, { label: c.changeCols.from }, { label: c.changeCols.to }],
      rows: d.changes.map((ch) => [ch.field, ch.from, ch.to]),
    },
  ];
}

function supervisionSections(ds: Dataset, e: Entry<'supervision-reports'>): Section[] {
  const d = e.data;
  const s = t.supervision;
  const out: Section[] = [
    {
      type: 'facts',
      facts: facts(
        [s.year, formatYear(d.year)],
        [s.type, SUPERVISION_TYPES[d.type]],
        [s.period, d.period && period(d.period)],
        [s.units, d.units.length > 0 && { items: d.units.map((u) => unitLink(ds, u)) }],
        [s.announcement, d.announcement && recordLink(ds, 'supervision-reports', d.announcement)],
      ),
    },
  ];
  d.findings.forEach((f, i) =>
    out.push({
      type: 'facts',
      heading: s.findingHeading(i + 1, unitName(ds, f.unit)),
      facts: facts(
        [s.units, unitLink(ds, f.unit)],
        [s.finding, paragraphs(f.finding)],
        [s.action, paragraphs(f.action)],
        [s.revokes, f.revokes && [personLink(ds, f.revokes.person), '（', roundLink(ds, f.revokes.round), '）']],
      ),
    }),
  );
  return out;
}
