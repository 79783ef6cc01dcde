/** The body of a appointments notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import { APPOINTMENT_STATUS } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { date, facts, paragraphs, period, personLink, personName, positionLabel, type Section } from '../display.ts';

const t = ui.facts;

export function appointmentSections(ds: Dataset, e: Entry<'appointments'>): Section[] {
  const d = e.data;
  const a = t.appointment;
  return d.results.map((r) => ({
    type: 'facts',
    heading: a.resultHeading(personName(ds, r.person)),
    facts: facts(
      [t.person, personLink(ds, r.person)],
      [a.status, { tag: APPOINTMENT_STATUS[r.status], tone: r.status === 'appointed' ? 'ok' : r.status === 'deferred' ? 'upcoming' : 'alert' }],
      [a.post, r.post],
      [a.position, positionLabel(ds, d.round, r.position)],
      [a.effective, date(r.effective)],
      [a.document, r.document],
      [a.probation, r.probation && period(r.probation)],
      [a.reason, r.reason && paragraphs(r.reason)],
      [a.deferredUntil, date(r.deferredUntil)],
    ),
  }));
}
