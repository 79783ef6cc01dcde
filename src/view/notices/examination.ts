/** The body of a examinations notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import { AGGREGATIONS } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatNumber } from '../format.ts';
import { facts, personLink, positionLabel, type Section } from '../display.ts';

const t = ui.facts;

export function examinationSections(ds: Dataset, e: Entry<'examinations'>): Section[] {
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
