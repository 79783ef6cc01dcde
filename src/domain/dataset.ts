/**
 * The dataset: every record indexed once, every reference resolved and checked, and the reverse
 * references that let a person or unit page list all appearances without walking collections again.
 */
import type { Kind } from '../schemas/common.ts';
import { KINDS } from '../schemas/common.ts';
import { KIND_LABELS, NOTICE_KINDS, SCHEMAS, type NoticeKind, type RecordOf } from '../schemas/index.ts';
import type { Site } from '../schemas/site.ts';
import { entryKey, type Entry } from './entry.ts';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './did-you-mean.ts';
import { duplicateNotices } from './duplicate-notices.ts';
import { findRefs } from './refs.ts';
import { unitCycles } from './unit-cycles.ts';
import { createWorkingCalendar } from './working-days.ts';

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
    if (prior) problems.push({ ...at(c, ['year']), message: `${c.data.year} 年的工作日历已在 ${prior.file} 中定义:每年只能有一份` });
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
          problems.push({
            ...at(e, r.path),
            message: `职位“${r.id}”不在 ${round.file} 的 positions 中:可用的职位编号为 ${round.data.positions.map((p) => p.id).join('、')}${guess ? `；是不是“${guess}”？` : ''}`,
          });
        }
        continue;
      }
      const [kind, id] = r.target === 'any' ? (r.id.split('/') as [Kind, string]) : [r.target, r.id];
      if (!(KINDS as readonly string[]).includes(kind)) {
        problems.push({ ...at(e, r.path), message: `“${kind}”不是记录类别:应为 ${KINDS.filter((k) => k !== 'site').join('、')} 之一` });
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
    const chain = [...cycle, cycle[0]!].map((u) => `“${u.data.name}”（${u.id}）`).join(' → ');
    for (const u of cycle)
      problems.push({
        ...at(u, ['parent']),
        message: `上级单位形成循环：${chain}。单位不能是自己的上级：请把其中一个单位的 parent 改为它真正的上级单位，没有上级的删去 parent`,
      });
  }

  const noticeEntries = NOTICE_KINDS.flatMap((k) => [...byKind[k].values()] as NoticeEntry[]);
  for (const d of duplicateNotices(noticeEntries)) {
    const label = KIND_LABELS[d.entry.kind];
    const name = byKind.people.get(d.person)?.data.name ?? d.person;
    const round = (d.entry.data as { round?: string }).round;
    problems.push({
      ...at(d.entry, d.path),
      message: `这份${label}与 ${d.first.file} 重复：两份都是${round ? `选拔任用工作“${round}”中` : ''}关于${name}（${d.person}）的${label}。如果是同一份公告，请删除其中一份；要改已发布的内容，请新建更正（corrections），不要再发一份`,
    });
  }

  const site = byKind.site.get('site');
  if (!site || years.size === 0) {
    if (years.size === 0) problems.push({ file: 'content/calendar/', path: '', message: '缺少工作日历:请在 content/calendar/ 放入国务院办公厅节假日安排(每年一份)' });
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
  if (!guess) return `引用的${KIND_LABELS[kind]}“${id}”不存在:请核对编号,或先新建 content/${kind}/${id}.yaml`;
  return `引用的${KIND_LABELS[kind]}“${id}”不存在：是不是“${guess}”（content/${kind}/${guess}.yaml）？请改正编号，或先新建 content/${kind}/${id}.yaml`;
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
