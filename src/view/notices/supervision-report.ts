/** The body of a supervision-reports notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import { SUPERVISION_TYPES } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatYear } from '../format.ts';
import { facts, paragraphs, period, personLink, recordLink, roundLink, unitLink, unitName, type Section } from '../display.ts';

const t = ui.facts;

export function supervisionSections(ds: Dataset, e: Entry<'supervision-reports'>): Section[] {
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
