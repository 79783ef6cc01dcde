/**
 * The dataset: every record indexed once, every reference resolved and checked, and the reverse
 * references that let a person or unit page list all appearances without walking collections again.
 */
import type { Kind } from '../schemas/common.ts';
import { KINDS } from '../schemas/common.ts';
import { NOTICE_KINDS, SCHEMAS, type NoticeKind, type RecordOf } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Site } from '../schemas/site.ts';
import { entryKey, type Entry } from './entry.ts';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './did-you-mean.ts';
import { duplicateNotices } from './duplicate-notices.ts';
import { findRefs } from './refs.ts';
import { unitCycles } from './unit-cycles.ts';
import { createWorkingCalendar } from './working-days.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';

const t = validationMessages.dataset;

/** A reference pointing at a record, seen from the target. */
export interface Backref {
  from: Entry;
  path: (string | number)[];
}

export type NoticeEntry = Entry<NoticeKind>;

/** All records, indexed and cross-referenced. */
export interface Dataset {
  site: Site;
  /** Reference date of this build (YYYY-MM-DD). */
  today: string;
  calendar: ReturnType<typeof createWorkingCalendar>;
  entries: Entry[];
  /** Notices, newest first. */
  notices: NoticeEntry[];
  byKind: { [K in Kind]: Map<string, Entry<K>> };
  /** Reverse references: "people/x" -> every place that names x. */
  backrefs: Map<string, Backref[]>;
  /**
   * Sealed versions of each record by kind/id, oldest first, when the publication ledger was read
   * (the pipeline attaches it): E5 compares a correction with the version before it.
   */
  sealed?: ReadonlyMap<string, readonly SealedVersion[]>;
}

/** One sealed version of a record, as the ledger holds it (its data as the clerk wrote it). */
export interface SealedVersion {
  version: number;
  sealed: string;
  data: unknown;
  /** The correction (corrections/id) that made this version. */
  correction?: string;
}

/** Options of a dataset build. */
export interface BuildOptions {
  today: string;
  /** Finds the line and column of a field, when sources are at hand. */
  locate?: (file: string, path: (string | number)[]) => { line: number; column: number } | undefined;
  /** kind/id of records present but unreadable or invalid: a reference to one is not reported as missing. */
  failed?: ReadonlySet<string> | ReadonlyMap<string, string>;
}

/** Index `entries`, resolve references, and report broken ones; the dataset is absent only without site or calendar. */
export function buildDataset(entries: Entry[], options: BuildOptions): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const byKind = Object.fromEntries(KINDS.map((k) => [k, new Map()])) as Dataset['byKind'];
  for (const e of entries) (byKind[e.kind] as Map<string, Entry>).set(e.id, e);
  const at = (e: Entry, path: (string | number)[]) => ({ file: e.file, path: formatPath(path), ...options.locate?.(e.file, path) });

  const years = new Map<number, Entry<'calendar'>>();
  for (const c of byKind.calendar.values()) {
    const prior = years.get(c.data.year);
    if (prior) problems.push({ ...at(c, ['year']), message: t.calendarTwice(c.data.year, prior.file) });
    else years.set(c.data.year, c);
  }

  // Lists are keyed by the target entry while collecting: a string key per reference would be built
  // and hashed 500,000 times at 100,000 records. They become "kind/id" keys below, in the same order.
  const byTarget = new Map<Entry, Backref[]>();

  for (const e of entries) {
    for (const r of findRefs(SCHEMAS[e.kind], e.data)) {
      if (r.target === 'position') {
        const roundId = (e.data as { round?: string }).round;
        const round = roundId ? byKind.rounds.get(roundId) : undefined;
        if (round && !round.data.positions.some((p) => p.id === r.id)) {
          const guess = closest(r.id, round.data.positions.map((p) => p.id));
          problems.push({ ...at(e, r.path), message: t.positionMissing(r.id, round.file, round.data.positions.map((p) => p.id), guess) });
        }
        continue;
      }
      const [kind, id] = r.target === 'any' ? (r.id.split('/') as [Kind, string]) : [r.target, r.id];
      if (!(KINDS as readonly string[]).includes(kind)) {
        problems.push({ ...at(e, r.path), message: t.notAKind(kind, KINDS.filter((k) => k !== 'site')) });
        continue;
      }
      const target = byKind[kind].get(id) as Entry | undefined;
      // A record present but unreadable or invalid has its own problems: they are the cause, told once.
      if (!target && options.failed?.has(`${kind}/${id}`)) continue;
      if (!target) {
        problems.push({ ...at(e, r.path), message: missingMessage(kind, id, byKind[kind].keys()) });
        continue;
      }
      let list = byTarget.get(target);
      if (!list) byTarget.set(target, (list = []));
      list.push({ from: e, path: r.path });
    }
  }
  const backrefs = new Map<string, Backref[]>();
  for (const [target, list] of byTarget) backrefs.set(entryKey(target), list);

  for (const cycle of unitCycles(byKind.units)) {
    const chain = [...cycle, cycle[0]!].map((u) => t.unitInCycle(u.data.name, u.id)).join(t.cycleArrow);
    for (const u of cycle) problems.push({ ...at(u, ['parent']), message: t.unitCycle(chain) });
  }

  const noticeEntries = NOTICE_KINDS.flatMap((k) => [...byKind[k].values()] as NoticeEntry[]);
  for (const d of duplicateNotices(noticeEntries)) {
    const label = KIND_LABELS[d.entry.kind];
    const name = byKind.people.get(d.person)?.data.name ?? d.person;
    const round = (d.entry.data as { round?: string }).round;
    problems.push({ ...at(d.entry, d.path), message: t.duplicateNotice(label, d.first.file, round, name, d.person) });
  }

  const site = byKind.site.get('site');
  if (!site || years.size === 0) {
    if (years.size === 0) problems.push({ file: 'content/calendar/', path: '', message: t.noCalendar });
    return { problems };
  }
  const notices = noticeEntries.sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || entryKey(a).localeCompare(entryKey(b)),
  );
  return {
    dataset: {
      site: site.data,
      today: options.today,
      calendar: createWorkingCalendar([...years.values()].map((c) => c.data)),
      entries,
      notices,
      byKind,
      backrefs,
    },
    problems,
  };
}

/** The message for a reference to a record that does not exist, with the nearest existing ID when one is close. */
function missingMessage(kind: Kind, id: string, ids: Iterable<string>): string {
  const guess = closest(id, ids);
  return guess ? t.missingGuess(KIND_LABELS[kind], id, kind, guess) : t.missing(KIND_LABELS[kind], id, kind);
}

/** The record of `kind` with `id`; throws if absent, which buildDataset has already ruled out for references. */
export function must<K extends Kind>(ds: Dataset, kind: K, id: string): Entry<K> {
  const e = ds.byKind[kind].get(id);
  if (!e) throw new Error(`missing ${kind}/${id}`);
  return e;
}

/** The data of a record, or undefined. */
export function find<K extends Kind>(ds: Dataset, kind: K, id: string | undefined): RecordOf<K> | undefined {
  return id === undefined ? undefined : ds.byKind[kind].get(id)?.data;
}
