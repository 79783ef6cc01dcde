/** The body of a inspection-reports notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { date, facts, paragraphs, personLink, positionLabel, recordLink, type Section } from '../display.ts';

const t = ui.facts;

export function inspectionReportSections(ds: Dataset, e: Entry<'inspection-reports'>): Section[] {
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
