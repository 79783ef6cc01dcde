/**
 * What the reporting page (我要举报) lists: every window during which the public is asked to report
 * — pre-appointment publicity and inspection — that is open on the day of reading, with its
 * deadline, the people concerned and the reference code to quote.
 */
import type { Dataset } from '../domain/dataset.ts';
import { personName, positionLabel } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { noticeUrl, personUrl } from '../domain/urls.ts';
import { isReadingDayCandidate, windowPhase, type WindowPhase } from '../domain/window-phase.ts';

/** Kinds of notice that open a window for reports. */
export const REPORT_KINDS = ['publicities', 'inspection-notices'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One open window on the reporting page. */
export interface OpenReportWindow {
  kind: ReportKind;
  id: string;
  href: string;
  title: string;
  /** The people publicised or inspected, with the post each is proposed for when the notice says. */
  people: { href: string; name: string; post?: string }[];
  from: string;
  /** Last day to report. */
  deadline: string;
  /** Reference code to quote (reference-code.ts). */
  code: string;
  /** Its phase on the build's reference date; the page script recomputes it on the day of reading. */
  phase: WindowPhase;
}

/** Windows open on `ds.today`, grouped by kind, closest deadline first. */
export function openReportWindows(ds: Dataset): Record<ReportKind, OpenReportWindow[]> {
  const all = reportWindows(ds);
  const open = (ws: OpenReportWindow[]) => ws.filter((w) => isOpenPhase(w.phase));
  return { publicities: open(all.publicities), 'inspection-notices': open(all['inspection-notices']) };
}

/**
 * Every window the reporting page carries, grouped by kind, closest deadline first: those open on
 * `ds.today`, and those not yet open or recently closed (isReadingDayCandidate), which the page
 * carries hidden for its script to show on the day of reading.
 */
export function reportWindows(ds: Dataset): Record<ReportKind, OpenReportWindow[]> {
  const open = <K extends ReportKind>(kind: K, period: (e: Entry<K>) => { from: string; to: string }, people: (e: Entry<K>) => OpenReportWindow['people']) =>
    ([...ds.byKind[kind].values()] as Entry<K>[])
      .filter((e) => isReadingDayCandidate(period(e), ds.today))
      .map(
        (e): OpenReportWindow => ({
          kind,
          id: e.id,
          href: noticeUrl(kind, e.id),
          title: e.data.title,
          people: people(e),
          from: period(e).from,
          deadline: period(e).to,
          code: referenceCode(kind, e.id),
          phase: windowPhase(period(e).from, period(e).to, ds.today),
        }),
      )
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  const person = (id: string, post?: string) => ({ href: personUrl(id), name: personName(ds, id), post });
  return {
    publicities: open(
      'publicities',
      (e) => e.data.window,
      (e) => e.data.candidates.map((c) => person(c.person, c.proposedPost)),
    ),
    'inspection-notices': open(
      'inspection-notices',
      (e) => e.data.period,
      (e) => e.data.inspectees.map((i) => person(i.person, positionLabel(ds, e.data.round, i.position))),
    ),
  };
}

/** Is a window open for reports in `phase` (its last days included)? */
export const isOpenPhase = (phase: WindowPhase): boolean => phase === 'open' || phase === 'closing';

/** The reporting page's groups: each kind with windows to carry, and how many of them are open on `ds.today`. */
export function reportGroups(ds: Dataset): { kind: ReportKind; windows: OpenReportWindow[]; shown: number }[] {
  const all = reportWindows(ds);
  return REPORT_KINDS.map((kind) => ({ kind, windows: all[kind], shown: all[kind].filter((w) => isOpenPhase(w.phase)).length })).filter((g) => g.windows.length > 0);
}
