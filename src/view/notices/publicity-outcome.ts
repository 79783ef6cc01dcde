/** The body of a publicity-outcomes notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatNumber } from '../format.ts';
import { date, facts, paragraphs, personLink, personName, recordLink, type Section } from '../display.ts';

const t = ui.facts;

export function publicityOutcomeSections(ds: Dataset, e: Entry<'publicity-outcomes'>): Section[] {
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
