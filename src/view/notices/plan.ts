/** The body of a plans notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { entryKey, type Entry } from '../../domain/entry.ts';
import { formatNumber, formatYear } from '../format.ts';
import { facts, recordLink, unitLink, type Section } from '../display.ts';

const t = ui.facts;

export function planSections(ds: Dataset, e: Entry<'plans'>): Section[] {
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
