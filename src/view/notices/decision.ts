/** The body of a decisions notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import { DECISION_RESULTS } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { rosterOn } from '../../domain/queries.ts';
import { formatNumber } from '../format.ts';
import { facts, paragraphs, personLink, personName, positionLabel, type Section } from '../display.ts';

const t = ui.facts;

export function decisionSections(ds: Dataset, e: Entry<'decisions'>): Section[] {
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
