/** The body of a corrections notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Kind } from '../../schemas/common.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { refUrl } from '../../domain/urls.ts';
import { changeLabel } from '../corrections.ts';
import { facts, paragraphs, recordLink, type Inline, type Section } from '../display.ts';

const t = ui.facts;

/** A correction: what it corrects and why, and each change with the field named by its label. */
export function correctionSections(ds: Dataset, e: Entry<'corrections'>): Section[] {
  const d = e.data;
  const c = t.correction;
  const [kind, id] = d.corrects.split('/') as [Kind, string];
  const target: Inline = refUrl(d.corrects) ? recordLink(ds, kind, id) : d.corrects;
  const corrected = ds.byKind[kind]?.get(id)?.data;
  return [
    { type: 'facts', facts: facts([c.corrects, target], [c.reason, paragraphs(d.reason)]) },
    {
      type: 'table',
      caption: c.changesCaption,
      columns: [{ label: c.changeCols.field }, { label: c.changeCols.from }, { label: c.changeCols.to }],
      // Each field by its label on the corrected record, never its key or path.
      rows: d.changes.map((ch) => [changeLabel(ds, kind, ch.field, corrected), ch.from, ch.to]),
    },
  ];
}
