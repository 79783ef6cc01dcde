/**
 * Display forms of the records that are not notices: a person's public profile and appearances, a
 * unit with its rounds and notices, a round with its positions and stage timeline, and the rows
 * each of them shows in a list.
 */
import { ui } from '../i18n/zh-cn.ts';
import { isNoticeKind, STAGES, type Stage } from '../schemas/index.ts';
import { KIND_LABELS, METHODS, QUALIFICATION_TYPES, STAGE_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Person } from '../schemas/person.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { facts, windowTag, noticeItem, paragraphs, personLink, positionLabel, recordLink, recordTitle, unitLink, unitName, type Fact, type Inline, type ListItem, type Section } from './display.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { formatMonth, formatNumber, formatYear } from './format.ts';
import { noticeUrl, personUrl, recordUrl, roundUrl, unitUrl } from '../domain/urls.ts';
import { appearancesOf, noticesOfRound, roundsOfUnit, roundView } from '../domain/queries.ts';

const p = ui.profile;
const byName = new Intl.Collator('zh-CN');

/** A person's published profile: the facts (without the name) and the longer parts (résumé, achievements). */
export function profileSections(ds: Dataset, person: Person): { facts: Fact[]; more: Section[] } {
  const month = (m: string | undefined) => (m ? { date: m } : undefined);
  const posts: Inline[] = person.currentPosts.map((c) => [unitLink(ds, c.unit), c.title, p.since(formatMonth(c.since)), c.rank ? `，${p.rank}：${c.rank}` : '']);
  const more: Section[] = [];
  if (person.resume.length)
    more.push({
      type: 'table',
      caption: ui.person.resumeCaption,
      columns: [{ label: ui.person.resumeCols.period }, { label: ui.person.resumeCols.post }],
      rows: person.resume.map((r) => [[{ date: r.from }, '—', r.to ? { date: r.to } : ui.person.current], r.post]),
    });
  if (person.achievements) more.push({ type: 'text', heading: p.achievements, paragraphs: paragraphs(person.achievements).paragraphs });
  return {
    facts: facts(
      [p.formerName, person.formerName],
      [p.gender, person.gender],
      [p.ethnicity, person.ethnicity],
      [p.birthMonth, month(person.birthMonth)],
      [p.nativePlace, person.nativePlace],
      [p.partyJoined, month(person.partyJoined)],
      [p.affiliation, person.affiliation],
      [p.workStarted, month(person.workStarted)],
      [p.fullTime, person.education?.fullTime],
      [p.partTime, person.education?.partTime],
      [p.professionalTitle, person.professionalTitle],
      [p.currentPosts, posts.length === 0 ? undefined : posts.length === 1 ? posts[0] : { items: posts }],
    ),
    more,
  };
}

/** Everything the page of person `id` shows. */
export interface PersonView {
  name: string;
  profile: Fact[];
  more: Section[];
  qualifications: Inline[];
  appearances: ListItem[];
}

/**
 * How many of the records naming a person (the most recent first) their page gives the search index; the rest are shown
 * but not indexed (each is indexed on its own page). Their titles count towards the person's name,
 * so the person's page outranks a notice about them; but a municipal secretary who sits on every
 * committee is named by thousands of records: at 100,000 records such a page held 48,811 words of
 * search text, a 129 KB fragment the search page fetched with every result, and it outranked the
 * pages of the units its list mentions.
 */
export const INDEXED_APPEARANCES = 20;

/** The page of person `id`: profile, qualifications, and every record naming them. */
export function personView(ds: Dataset, id: string): PersonView {
  const entry = ds.byKind.people.get(id);
  if (!entry) throw new Error(`no person ${id}`);
  const { facts: profile, more } = profileSections(ds, entry.data);
  const all = appearancesOf(ds, 'people', id);
  const q = ui.facts.qualification;
  const qualifications = all
    .map((a) => a.entry)
    .filter((e): e is Entry<'qualifications'> => e.kind === 'qualifications')
    .sort((a, b) => a.data.issued.localeCompare(b.data.issued))
    .map((e): Inline => [q.certificate(QUALIFICATION_TYPES[e.data.type], e.data.certificate), ui.facts.comma, e.data.basis, ui.facts.clauses, q.validity, { date: e.data.issued }, '—', e.data.expires ? { date: e.data.expires } : q.openEnded]);
  const appearances = all
    .filter((a) => a.entry.kind !== 'qualifications')
    .map((a, i): ListItem => ({ href: recordUrl(a.entry.kind, a.entry.id), title: recordTitle(ds, a.entry), meta: appearanceMeta(a.entry, a.role), ...(i >= INDEXED_APPEARANCES ? { unindexed: true as const } : {}) }));
  return { name: entry.data.name, profile, more, qualifications, appearances };
}

function appearanceMeta(entry: Entry, role: string): Inline[] {
  const published = (entry.data as { published?: string }).published;
  return [role, KIND_LABELS[entry.kind], ...(published ? [{ date: published }] : [])];
}

/** Everything the page of unit `id` shows. */
export interface UnitView {
  name: string;
  facts: Fact[];
  rounds: ListItem[];
  notices: ListItem[];
  people: ListItem[];
}

/** The page of unit `id`: what it is, its rounds, the notices naming it or its rounds, and people posted there. */
export function unitView(ds: Dataset, id: string): UnitView {
  const entry = ds.byKind.units.get(id);
  if (!entry) throw new Error(`no unit ${id}`);
  const u = ui.unit;
  const appearances = appearancesOf(ds, 'units', id).map((a) => a.entry);
  const children = appearances.filter((e): e is Entry<'units'> => e.kind === 'units' && e.data.parent === id).sort((a, b) => byName.compare(a.data.name, b.data.name));
  const rounds = roundsOfUnit(ds, id);
  const notices = new Set<NoticeEntry>(appearances.filter((e): e is NoticeEntry => isNoticeKind(e.kind)));
  for (const r of rounds) for (const n of noticesOfRound(ds, r.id)) notices.add(n);
  const people = appearances.filter((e): e is Entry<'people'> => e.kind === 'people').sort((a, b) => byName.compare(a.data.name, b.data.name));
  return {
    name: entry.data.name,
    facts: facts(
      [u.type, entry.data.type],
      [u.shortName, entry.data.shortName],
      [u.aliases, entry.data.aliases?.join(u.aliasSeparator)],
      [u.parent, entry.data.parent && unitLink(ds, entry.data.parent)],
      [u.children, children.length > 0 && { items: children.map((c) => unitLink(ds, c.id)) }],
    ),
    rounds: sortRounds(ds, rounds).map((r) => roundItem(ds, r)),
    notices: [...notices].sort(newestFirst).map((n) => noticeItem(n)),
    people: people.map((e) => ({
      href: personUrl(e.id),
      title: e.data.name,
      meta: e.data.currentPosts.filter((c) => c.unit === id).map((c) => c.title),
    })),
  };
}

function newestFirst(a: NoticeEntry, b: NoticeEntry): number {
  return b.data.published.localeCompare(a.data.published) || entryKey(a).localeCompare(entryKey(b));
}

/** How a stage of a round stands: published records, passed over, still ahead, not part of this method, or nothing yet. */
export type StageStatus = 'reached' | 'skipped' | 'pending' | 'not-applicable' | 'none';

/** One stage of a round's timeline. */
export interface TimelineStage {
  stage: Stage;
  label: string;
  status: StageStatus;
  statusText: string;
  notices: ListItem[];
}

/** Methods that hold an examination (面试/竞争上岗); an individual promotion has none. */
const EXAMINED_METHODS = new Set(['competitive', 'open']);

/**
 * The stages of round `id` in procedural order, each with its notices. Corrections of the round's
 * notices and supervision findings that revoke its appointments join the last stage, so the trail
 * of a round is complete on its page.
 */
export function roundTimeline(ds: Dataset, id: string): TimelineStage[] {
  const view = roundView(ds, id);
  const extra = new Set<NoticeEntry>();
  for (const n of view.notices)
    for (const b of ds.backrefs.get(entryKey(n)) ?? []) if (b.from.kind === 'corrections') extra.add(b.from as NoticeEntry);
  for (const b of ds.backrefs.get(`rounds/${id}`) ?? []) if (b.from.kind === 'supervision-reports') extra.add(b.from as NoticeEntry);
  const stages = view.stages.map((s) =>
    s.stage === 'supervision' ? { ...s, notices: [...new Set([...s.notices, ...extra])].sort((a, b) => -newestFirst(a, b)) } : s,
  );
  const process = stages.filter((s) => s.stage !== 'supervision');
  const lastReached = process.reduce((last, s, i) => (s.notices.length ? i : last), -1);
  return stages.map((s, i) => {
    const status: StageStatus = s.notices.length
      ? 'reached'
      : s.stage === 'supervision'
        ? 'none'
        : s.stage === 'examination' && !EXAMINED_METHODS.has(view.round.method)
          ? 'not-applicable'
          : i < lastReached
            ? 'skipped'
            : 'pending';
    const texts = ui.round.stageStatus;
    return {
      stage: s.stage,
      label: s.label,
      status,
      statusText: status === 'reached' ? texts.reached(s.notices.length) : texts[status],
      notices: s.notices.map((n) => noticeItem(n)),
    };
  });
}

/** Everything the page of round `id` shows, except the compliance panel. */
export interface RoundPageView {
  title: string;
  facts: Fact[];
  terms: Section[];
  timeline: TimelineStage[];
  /** Each position's outcome so far, in the order the round lists them. */
  outcome: Inline[][];
}

/** The page of round `id`. */
export function roundPageView(ds: Dataset, id: string): RoundPageView {
  const entry = ds.byKind.rounds.get(id);
  if (!entry) throw new Error(`no round ${id}`);
  const r = entry.data;
  const u = ui.round;
  return {
    title: r.title,
    facts: facts(
      [u.year, formatYear(r.year)],
      [u.plan, recordLink(ds, 'plans', r.plan)],
      [u.method, METHODS[r.method]],
      [u.decisionBody, ds.byKind.bodies.get(r.decisionBody)?.data.name ?? r.decisionBody],
    ),
    terms: roundTermsSections(ds, id),
    timeline: roundTimeline(ds, id),
    outcome: roundOutcome(ds, id),
  };
}

/**
 * What became of each position: the latest appointment result naming it (a later “not appointed”
 * supersedes a deferral), else the candidates publicised for it, else how far the round has got.
 */
export function roundOutcome(ds: Dataset, id: string): Inline[][] {
  const round = ds.byKind.rounds.get(id);
  if (!round) throw new Error(`no round ${id}`);
  const notices = noticesOfRound(ds, id);
  const o = ui.round.outcome;
  const timeline = roundTimeline(ds, id).filter((s) => s.stage !== 'supervision' && s.status === 'reached');
  const reached = timeline.at(-1)?.label;
  return round.data.positions.map((p) => {
    const label = `${positionLabel(ds, id, p.id)}${o.colon}`;
    const results = notices
      .filter((n): n is Entry<'appointments'> => n.kind === 'appointments')
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || b.id.localeCompare(a.id))
      .flatMap((n) => n.data.results.filter((r) => r.position === p.id).map((r) => ({ r, n })));
    const people = new Set<string>();
    const lines: Inline[] = [];
    for (const { r, n } of results) {
      if (people.has(r.person)) continue; // the newest result for a person is the outcome
      people.add(r.person);
      const name = personLink(ds, r.person);
      const link = { href: noticeUrl('appointments', n.id), text: o.source };
      if (r.status === 'appointed') lines.push([name, o.appointed(r.post), r.effective ? [o.since, { date: r.effective }, o.sinceAfter] : '', o.sep, link]);
      else if (r.status === 'deferred') lines.push([name, o.deferred, r.deferredUntil ? [o.until, { date: r.deferredUntil }, o.untilAfter] : '', o.sep, link]);
      else lines.push([name, o.withdrawn, o.sep, link]);
    }
    if (lines.length === 0) {
      const publicised = notices
        .filter((n): n is Entry<'publicities'> => n.kind === 'publicities')
        .flatMap((n) => n.data.candidates.filter((c) => c.position === p.id).map((c) => [personLink(ds, c.person), windowTag(n.data.window, ds.today), o.publicised(c.proposedPost), o.sep, { href: noticeUrl('publicities', n.id), text: o.source }] as Inline));
      lines.push(...publicised);
    }
    if (lines.length === 0) lines.push(reached ? o.inProgress(reached) : ui.list.roundNotStarted);
    return [label, lines.flatMap((l, i) => (i ? [o.and, l] : [l]))];
  });
}

/** Rounds newest year first, then by their latest notice, then by ID. */
export function sortRounds(ds: Dataset, rounds: readonly Entry<'rounds'>[]): Entry<'rounds'>[] {
  const latest = (id: string) => noticesOfRound(ds, id).reduce((max, n) => (n.data.published > max ? n.data.published : max), '');
  return [...rounds].sort((a, b) => b.data.year - a.data.year || latest(b.id).localeCompare(latest(a.id)) || a.id.localeCompare(b.id));
}

/** A round as a row of a list: title, year, method, positions and the last stage reached. */
export function roundItem(ds: Dataset, entry: Entry<'rounds'>): ListItem {
  const notices = noticesOfRound(ds, entry.id);
  const order = Object.keys(STAGES) as Stage[];
  const reached = notices.reduce((max, n) => {
    const i = order.findIndex((s) => (STAGES[s].kinds as readonly string[]).includes(n.kind));
    return i !== order.indexOf('supervision') && i > max ? i : max;
  }, -1);
  const l = ui.list;
  return {
    href: roundUrl(entry.id),
    title: entry.data.title,
    meta: [formatYear(entry.data.year), METHODS[entry.data.method], l.roundPositions(entry.data.positions.length), reached >= 0 ? l.roundLatestStage(STAGE_LABELS[order[reached]!]) : l.roundNotStarted],
  };
}

/** A person as a row of a list: name and current posts. */
export function personItem(ds: Dataset, entry: Entry<'people'>): ListItem {
  return { href: personUrl(entry.id), title: entry.data.name, meta: entry.data.currentPosts.map((c) => `${unitName(ds, c.unit)}${c.title}`) };
}

/** A unit as a row of a list: name, type and parent. */
export function unitItem(ds: Dataset, entry: Entry<'units'>): ListItem {
  return { href: unitUrl(entry.id), title: entry.data.name, meta: [entry.data.type, ...(entry.data.parent ? [unitName(ds, entry.data.parent)] : [])] };
}

/** Records of `kind` sorted by name in Chinese (pinyin) order. */
export function sortByName<K extends 'people' | 'units'>(entries: Iterable<Entry<K>>): Entry<K>[] {
  return [...entries].sort((a, b) => byName.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id));
}

/** The positions, standards and qualifications of round `id`, as published with a pre-announcement and on the round page. */
export function roundTermsSections(ds: Dataset, id: string): Section[] {
  const r = ds.byKind.rounds.get(id)?.data;
  if (!r) return [];
  const c = ui.round.positionCols;
  return [
    {
      type: 'table',
      caption: ui.round.positionsCaption,
      columns: [{ label: c.unit }, { label: c.title }, { label: c.level }, { label: c.count, numeric: true }, { label: c.fullCommittee }],
      rows: r.positions.map((pos) => [unitLink(ds, pos.unit), pos.title, pos.level, formatNumber(pos.count), pos.fullCommitteeVote ? ui.facts.yes : ui.facts.no]),
    },
    { type: 'list', heading: ui.round.standardsHeading, ordered: true, items: r.standards },
    { type: 'list', heading: ui.round.qualificationsHeading, ordered: true, items: r.qualifications },
    ...(r.scope ? [{ type: 'text', heading: ui.round.scope, paragraphs: paragraphs(r.scope).paragraphs } as const] : []),
  ];
}
