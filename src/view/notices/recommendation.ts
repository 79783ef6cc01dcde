/** The body of a recommendations notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import { RECOMMENDATION_METHODS } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatNumber } from '../format.ts';
import { facts, personLink, personName, positionLabel, type Section } from '../display.ts';
import { num } from './common.ts';

const t = ui.facts;

export function recommendationSections(ds: Dataset, e: Entry<'recommendations'>): Section[] {
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
