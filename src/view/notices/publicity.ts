/** The body of a publicities notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { profileSections } from '../record-facts.ts';
import { facts, paragraphs, personLink, personName, positionLabel, recordLink, type Section } from '../display.ts';

const t = ui.facts;

export function publicitySections(ds: Dataset, e: Entry<'publicities'>): Section[] {
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
