/**
 * Typed views over the dataset for pages, feeds and search: a round with its stages in order, a
 * person with every appearance, a unit with its rounds. Each reads the indexes built once.
 */
import type { Kind } from '../schemas/common.ts';
import { STAGES, stageOf, type NoticeKind, type Stage } from '../schemas/index.ts';
import { KIND_LABELS, STAGE_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Body } from '../schemas/body.ts';
import type { Position, Round } from '../schemas/round.ts';
import type { Dataset, NoticeEntry } from './dataset.ts';
import type { Entry } from './entry.ts';
import { APPEARANCE_ROLES } from '../i18n/zh-cn-roles.ts';

/** A round with its notices grouped by stage in procedural order. */
export interface RoundView {
  entry: Entry<'rounds'>;
  round: Round;
  stages: { stage: Stage; label: string; notices: NoticeEntry[] }[];
  notices: NoticeEntry[];
}

const STAGE_ORDER = Object.keys(STAGES) as Stage[];

/** Notices of each round, computed once per dataset. */
const roundNoticeCache = new WeakMap<Dataset, Map<string, NoticeEntry[]>>();

/** Notices that belong to round `id`, in procedural then date order. */
export function noticesOfRound(ds: Dataset, id: string): NoticeEntry[] {
  let byRound = roundNoticeCache.get(ds);
  if (!byRound) {
    byRound = new Map();
    for (const n of ds.notices) {
      const r = (n.data as { round?: string }).round;
      if (!r) continue;
      let list = byRound.get(r);
      if (!list) byRound.set(r, (list = []));
      list.push(n);
    }
    for (const list of byRound.values())
      list.sort(
        (a, b) =>
          STAGE_ORDER.indexOf(stageOf(a.kind)) - STAGE_ORDER.indexOf(stageOf(b.kind)) ||
          a.data.published.localeCompare(b.data.published) ||
          a.id.localeCompare(b.id),
      );
    roundNoticeCache.set(ds, byRound);
  }
  return byRound.get(id) ?? [];
}

/** The round `id` with its stages; corrections naming a round's notice are listed with the round. */
export function roundView(ds: Dataset, id: string): RoundView {
  const entry = ds.byKind.rounds.get(id);
  if (!entry) throw new Error(`no round ${id}`);
  const notices = noticesOfRound(ds, id);
  const stages = STAGE_ORDER.map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    notices: notices.filter((n) => stageOf(n.kind) === stage),
  }));
  return { entry, round: entry.data, stages, notices };
}

/**
 * Members of `body` on `day` (from ≤ day ≤ to), each once: a person whose two terms touch on `day`
 * (one ends, the next begins) is one member, both for the quorum rule and for the page's 应到人数.
 */
export function rosterOn(body: Body, day: string): string[] {
  return [...new Set(body.members.filter((m) => m.from <= day && (!m.to || day <= m.to)).map((m) => m.person))];
}

/** The position `pid` of round `roundId`. */
export function positionOf(ds: Dataset, roundId: string, pid: string): Position | undefined {
  return ds.byKind.rounds.get(roundId)?.data.positions.find((p) => p.id === pid);
}

/**
 * Plain-words role of a person named at `path` in a record of `kind`: the longest dotted tail of
 * the path's field names that the roles list (`preReview.findings.person`, then `findings.person`,
 * then `person`), else the role of a `person` field in this kind, else the kind.
 */
export function roleAt(kind: Kind, path: (string | number)[]): string {
  const keys = path.filter((k): k is string => typeof k === 'string');
  for (let from = 0; from < keys.length; from++) {
    const hit = APPEARANCE_ROLES.byField[keys.slice(from).join('.')];
    if (hit) return hit;
  }
  if (keys.at(-1) === 'person') return APPEARANCE_ROLES.personByKind[kind] ?? KIND_LABELS[kind];
  return KIND_LABELS[kind];
}

/** One place a person or unit appears. */
export interface Appearance {
  entry: Entry;
  role: string;
}

/** Every record naming `kind/id`, each once, with the roles it is named in; notices newest first. */
export function appearancesOf(ds: Dataset, kind: Kind, id: string): Appearance[] {
  const seen = new Map<Entry, Set<string>>();
  for (const b of ds.backrefs.get(`${kind}/${id}`) ?? []) {
    let roles = seen.get(b.from);
    if (!roles) seen.set(b.from, (roles = new Set()));
    roles.add(roleAt(b.from.kind, b.path));
  }
  return [...seen.entries()]
    .map(([entry, roles]) => ({ entry, role: [...roles].join('、') }))
    .sort((a, b) => published(b.entry).localeCompare(published(a.entry)) || a.entry.id.localeCompare(b.entry.id));
}

function published(e: Entry): string {
  return (e.data as { published?: string }).published ?? '';
}

/** Rounds with a position in unit `id`. */
export function roundsOfUnit(ds: Dataset, id: string): Entry<'rounds'>[] {
  return appearancesOf(ds, 'units', id)
    .map((a) => a.entry)
    .filter((e): e is Entry<'rounds'> => e.kind === 'rounds');
}

/** Whether a window is upcoming, open or closed on `today`. */
export function windowState(window: { from: string; to: string }, today: string): 'upcoming' | 'open' | 'closed' {
  return today < window.from ? 'upcoming' : today > window.to ? 'closed' : 'open';
}

/** Is `kind` a notice kind with its own page? Re-exported for pages. */
export type { NoticeKind };
