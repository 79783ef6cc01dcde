/**
 * Open data: every record as JSON exactly as written (so its SHA-256 over RFC 8785 JSON is the
 * ledger hash), each round compiled with all its stages (like an OCDS compiled record), and CSV
 * tables for the figures people analyse: committee tallies, examination scores and publicity
 * windows. Every table and field is described here once; the /data/ page renders the same text.
 */
import { AGGREGATIONS, DECISION_RESULTS } from '../i18n/zh-cn-schema-labels.ts';
import { KINDS, type Kind } from '../schemas/common.ts';
import { SCHEMAS, stageOf, type NoticeKind } from '../schemas/index.ts';
import { toCsv, type Cell } from './csv.ts';
import type { Dataset } from '../domain/dataset.ts';
import { personName, positionLabel } from './display.ts';
import { entryKey, type Entry } from '../domain/entry.ts';
import { dataPath } from '../ledger/verify-site.ts';
import { titleOf, type LedgerSite } from '../ledger/site.ts';
import { findRefs } from '../domain/refs.ts';
import { absoluteUrl, recordUrl } from '../domain/urls.ts';
import { ui } from '../i18n/zh-cn.ts';
import { openDataText as od } from '../i18n/zh-cn-open-data.ts';
import { noticesOfRound, windowState } from '../domain/queries.ts';

/** Where a record's ledger state stands, as open data reports it. */
export interface LedgerRef {
  /** Latest sealed version, its log position and date; null when never sealed. */
  version: number | null;
  seq: number | null;
  sealed: string | null;
  /** Whether the published data is that sealed version. */
  current: boolean;
}

/** One record in the catalog and in a compiled round. */
export interface RecordRef {
  key: string;
  kind: Kind;
  id: string;
  title: string;
  /** Publication date, for notices. */
  published: string | null;
  /** The record's page on this site, if it has one. */
  page: string | null;
  /** The record's JSON on this site. */
  json: string;
  /** SHA-256 (hex) of the record's RFC 8785 canonical JSON. */
  hash: string;
  ledger: LedgerRef;
}

/** A record's entry in a compiled round: its reference and its data as written. */
export interface Release extends RecordRef {
  /** Stage of the procedure (plan, recommendation … supervision); null for the round itself. */
  stage: string | null;
  data: unknown;
}

/** All stages of one selection round in one document. */
export interface CompiledRound {
  round: string;
  title: string;
  page: string;
  /** The build's reference date. */
  generated: string;
  record: Release;
  /** Every notice of the round in procedural order, then corrections naming the round or its notices. */
  releases: Release[];
  /** People, units, bodies and qualifications the round's records refer to, as written. */
  parties: Partial<Record<'people' | 'units' | 'bodies' | 'qualifications', Record<string, unknown>>>;
}

/** The ledger state of `key`. */
export function ledgerRef(site: LedgerSite, key: string): LedgerRef {
  const last = site.versions.get(key)?.at(-1);
  return last
    ? { version: last.version, seq: last.seq, sealed: last.sealed, current: site.hashes.get(key) === last.hash }
    : { version: null, seq: null, sealed: null, current: false };
}

/** The catalog line of record `key`. */
export function recordRef(site: LedgerSite, key: string): RecordRef {
  const source = site.sources.get(key);
  if (!source) throw new Error(`no record ${key}`);
  const published = (source.data as { published?: unknown }).published;
  return {
    key,
    kind: source.kind,
    id: source.id,
    title: titleOf(source.data, key),
    published: typeof published === 'string' ? published : null,
    page: recordUrl(source.kind, source.id) ?? null,
    json: `/${dataPath(key)}`,
    hash: site.hashes.get(key)!,
    ledger: ledgerRef(site, key),
  };
}

/** /data/catalog.json: the checkpoint the site was built with, and every record. */
export interface Catalog {
  checkpoint: { size: number; root: string; date: string } | null;
  records: RecordRef[];
}

/** Every record, in kind then ID order. */
export function catalog(site: LedgerSite): Catalog {
  const rank = (key: string) => KINDS.indexOf(key.split('/')[0] as Kind);
  const keys = [...site.sources.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const cp = site.checkpoint;
  return { checkpoint: cp ? { size: cp.size, root: cp.root, date: site.entries[cp.size - 1]?.sealed ?? '' } : null, records: keys.map((k) => recordRef(site, k)) };
}

function release(site: LedgerSite, key: string, stage: string | null): Release {
  return { ...recordRef(site, key), stage, data: site.sources.get(key)!.data };
}

/** Round `id` with every stage's records and the records they refer to. */
export function compiledRound(ds: Dataset, site: LedgerSite, id: string): CompiledRound {
  const round = ds.byKind.rounds.get(id);
  if (!round) throw new Error(`no round ${id}`);
  const notices: Entry[] = noticesOfRound(ds, id);
  const named = new Set([entryKey(round), ...notices.map(entryKey)]);
  const corrections = [...ds.byKind.corrections.values()]
    .filter((c) => named.has(c.data.corrects) && !named.has(entryKey(c)))
    .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  const all: Entry[] = [...notices, ...corrections];
  const parties: CompiledRound['parties'] = {};
  for (const e of [round, ...all]) {
    for (const r of findRefs(SCHEMAS[e.kind], e.data)) {
      if (r.target !== 'people' && r.target !== 'units' && r.target !== 'bodies' && r.target !== 'qualifications') continue;
      const source = site.sources.get(`${r.target}/${r.id}`);
      if (source) (parties[r.target] ??= {})[r.id] = source.data;
    }
  }
  for (const group of Object.values(parties)) sortKeysInPlace(group);
  return {
    round: id,
    title: round.data.title,
    page: recordUrl('rounds', id)!,
    generated: ds.today,
    record: release(site, entryKey(round), null),
    releases: all.map((e) => release(site, entryKey(e), stageOf(e.kind as NoticeKind))),
    parties,
  };
}

function sortKeysInPlace(o: Record<string, unknown>): void {
  const sorted = Object.keys(o).sort();
  const copy = { ...o };
  for (const k of sorted) delete o[k];
  for (const k of sorted) o[k] = copy[k];
}

/** A column of an open-data table: its header and what it means. */
export interface TableColumn {
  label: string;
  note: string;
}

/** A CSV table: file name, title, what one row is, and its columns. */
export interface TableSpec {
  file: string;
  title: string;
  row: string;
  columns: TableColumn[];
  rows(ds: Dataset): Cell[][];
}

/** The columns of a table's dictionary entry in the order of its rows; every column of the entry is listed once. */
function columnsOf<C extends Record<string, TableColumn>>(columns: C, order: readonly (keyof C & string)[]): TableColumn[] {
  const missing = Object.keys(columns).filter((k) => !order.includes(k));
  if (missing.length || new Set(order).size !== order.length) throw new Error(`open-data columns not listed once: ${missing.join(', ') || order.join(', ')}`);
  return order.map((k) => columns[k]!);
}
/** A record's page as an absolute address: a CSV is read away from the site, where a bare path leads nowhere. */
const pageUrl = (ds: Dataset, kind: Kind, id: string) => absoluteUrl(ds.site.url, recordUrl(kind, id)!);
const sortNotices = <K extends NoticeKind>(list: Iterable<Entry<K>>) =>
  [...list].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));

/** Members of `bodyId` serving on `date` (who should attend a meeting that day). */
function membersOn(ds: Dataset, bodyId: string, date: string): number | undefined {
  const body = ds.byKind.bodies.get(bodyId);
  return body?.data.members.filter((m) => m.from <= date && (!m.to || m.to >= date)).length;
}

/** The CSV tables, in the order the /data/ page lists them. */
export const TABLES: TableSpec[] = [
  {
    file: 'decisions.csv',
    title: od.decisions.title,
    row: od.decisions.row,
    columns: columnsOf(od.decisions.columns, ['round', 'decision', 'date', 'session', 'body', 'expected', 'present', 'issued', 'returned', 'person', 'name', 'positionId', 'position', 'yes', 'no', 'abstain', 'result', 'page']),
    rows: (ds) =>
      sortNotices(ds.byKind.decisions.values()).flatMap((d) =>
        d.data.items.map((it) => [
          d.data.round,
          d.id,
          d.data.meeting.date,
          d.data.meeting.session,
          ds.byKind.bodies.get(d.data.body)?.data.name ?? d.data.body,
          membersOn(ds, d.data.body, d.data.meeting.date),
          d.data.present.length,
          d.data.ballots.issued,
          d.data.ballots.returned,
          it.person,
          personName(ds, it.person),
          it.position,
          positionLabel(ds, d.data.round, it.position),
          it.yes,
          it.no,
          it.abstain,
          DECISION_RESULTS[it.result],
          pageUrl(ds, 'decisions', d.id),
        ]),
      ),
  },
  {
    file: 'examination-scores.csv',
    title: od.examinations.title,
    row: od.examinations.row,
    columns: columnsOf(od.examinations.columns, ['round', 'examination', 'date', 'positionId', 'position', 'method', 'writtenWeight', 'interviewWeight', 'person', 'name', 'examiner', 'examinerName', 'examinerUnit', 'examinerPost', 'noConflict', 'score', 'written', 'interview', 'final', 'rank', 'page']),
    rows: (ds) =>
      sortNotices(ds.byKind.examinations.values()).flatMap((x) =>
        x.data.candidates.flatMap((c) =>
          x.data.examiners.map((ex, i) => [
            x.data.round,
            x.id,
            x.data.date,
            x.data.position,
            positionLabel(ds, x.data.round, x.data.position),
            AGGREGATIONS[x.data.aggregation.method],
            x.data.aggregation.weights?.written,
            x.data.aggregation.weights?.interview,
            c.person,
            personName(ds, c.person),
            i + 1,
            ex.name,
            ex.unit,
            ex.post,
            ex.noConflictDeclared ? ui.facts.yes : ui.facts.no,
            c.scores[i],
            c.written,
            c.interview,
            c.final,
            c.rank,
            pageUrl(ds, 'examinations', x.id),
          ]),
        ),
      ),
  },
  {
    file: 'publicity-windows.csv',
    title: od.publicities.title,
    row: od.publicities.row,
    columns: columnsOf(od.publicities.columns, ['round', 'publicity', 'published', 'from', 'to', 'workingDays', 'state', 'person', 'name', 'positionId', 'proposedPost', 'exceptional', 'received', 'substantiated', 'partly', 'unsubstantiated', 'pending', 'page']),
    rows: (ds) => {
      const outcomes = [...ds.byKind['publicity-outcomes'].values()];
      return sortNotices(ds.byKind.publicities.values()).flatMap((p) => {
        let days: number | undefined;
        try {
          days = ds.calendar.countWorkingDays(p.data.window.from, p.data.window.to);
        } catch {
          days = undefined; // a year missing from the calendar is reported by the validator, not guessed here
        }
        return p.data.candidates.map((c) => {
          const item = outcomes.filter((o) => o.data.publicity === p.id).flatMap((o) => o.data.items).find((i) => i.person === c.person);
          return [
            p.data.round,
            p.id,
            p.data.published,
            p.data.window.from,
            p.data.window.to,
            days,
            ui.window.listStates[windowState(p.data.window, ds.today)],
            c.person,
            personName(ds, c.person),
            c.position,
            c.proposedPost,
            c.exceptional ? ui.facts.yes : ui.facts.no,
            item?.received,
            item?.substantiated,
            item?.partlySubstantiated,
            item?.unsubstantiated,
            item?.pending,
            pageUrl(ds, 'publicities', p.id),
          ];
        });
      });
    },
  },
];

/** The CSV text of `table` over `ds`. */
export function tableCsv(table: TableSpec, ds: Dataset): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows(ds),
  );
}
