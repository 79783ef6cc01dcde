/**
 * The same notice filed twice: two records of one kind about the same person in the same round (and
 * the same position, method or publicity, where the kind has one). A clerk who copies a file to start
 * a new one and forgets to change it would otherwise publish the notice twice.
 *
 * Only what must be unique is compared: a deferred decision or appointment followed by the final one
 * is two steps, not a duplicate, so those kinds count only passed items and appointed results, and
 * decisions count per body (the full committee votes after the standing committee).
 */
import type { NoticeKind } from '../schemas/index.ts';
import type { Entry } from './entry.ts';

/** One person a notice is about, with where in the record it names them and what makes it unique. */
export interface NoticeSubject {
  person: string;
  path: (string | number)[];
  /** Everything besides kind and person that must differ between two notices (round, position …). */
  key: string;
}

type Subjects = (data: never) => NoticeSubject[];

const SUBJECTS: Partial<Record<NoticeKind, Subjects>> = {
  'integrity-summaries': (d: { round: string; person: string }) => [{ person: d.person, path: ['person'], key: d.round }],
  'inspection-reports': (d: { round: string; inspectee: string; position: string }) => [{ person: d.inspectee, path: ['inspectee'], key: `${d.round}/${d.position}` }],
  publicities: (d: { round: string; candidates: { person: string; position: string }[] }) =>
    d.candidates.map((c, i) => ({ person: c.person, path: ['candidates', i, 'person'], key: `${d.round}/${c.position}` })),
  'publicity-outcomes': (d: { round: string; publicity: string; items: { person: string }[] }) =>
    d.items.map((c, i) => ({ person: c.person, path: ['items', i, 'person'], key: `${d.round}/${d.publicity}` })),
  examinations: (d: { round: string; position: string; candidates: { person: string }[] }) =>
    d.candidates.map((c, i) => ({ person: c.person, path: ['candidates', i, 'person'], key: `${d.round}/${d.position}` })),
  recommendations: (d: { round: string; position: string; method: string; candidates: { person: string }[] }) =>
    d.candidates.map((c, i) => ({ person: c.person, path: ['candidates', i, 'person'], key: `${d.round}/${d.position}/${d.method}` })),
  // A full-committee vote after the standing committee's is the procedure, not a repeat: the body is part of the key.
  decisions: (d: { round: string; body: string; items: { person: string; position: string; result: string }[] }) =>
    d.items.flatMap((c, i) => (c.result === 'passed' ? [{ person: c.person, path: ['items', i, 'person'], key: `${d.round}/${c.position}/${d.body}` }] : [])),
  appointments: (d: { round: string; results: { person: string; position: string; status: string }[] }) =>
    d.results.flatMap((c, i) => (c.status === 'appointed' ? [{ person: c.person, path: ['results', i, 'person'], key: `${d.round}/${c.position}` }] : [])),
};

/** A notice that repeats an earlier one: the later record, where it names the person, and the earlier record. */
export interface DuplicateNotice {
  entry: Entry<NoticeKind>;
  path: (string | number)[];
  person: string;
  first: Entry<NoticeKind>;
}

/** Every notice among `notices` that repeats an earlier one of its kind; "earlier" is by publication date, then file name. */
export function duplicateNotices(notices: readonly Entry<NoticeKind>[]): DuplicateNotice[] {
  const ordered = [...notices].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.file.localeCompare(b.file));
  const seen = new Map<string, Entry<NoticeKind>>();
  const out: DuplicateNotice[] = [];
  for (const entry of ordered) {
    const subjects = SUBJECTS[entry.kind];
    if (!subjects) continue;
    const inThis = new Set<string>();
    for (const s of subjects(entry.data as never)) {
      const key = `${entry.kind}\u0000${s.key}\u0000${s.person}`;
      // The same person twice inside one record is the record's own problem, not a second notice.
      if (inThis.has(key)) continue;
      inThis.add(key);
      const first = seen.get(key);
      if (first) out.push({ entry, path: s.path, person: s.person, first });
      else seen.set(key, entry);
    }
  }
  return out;
}
