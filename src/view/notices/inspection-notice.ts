/** The body of a inspection-notices notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { facts, paragraphs, personLink, positionLabel, type Section } from '../display.ts';

const t = ui.facts;

export function inspectionNoticeSections(ds: Dataset, e: Entry<'inspection-notices'>): Section[] {
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
