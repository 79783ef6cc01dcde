/**
 * What the reporting page (我要举报) lists: every window during which the public is asked to report
 * — pre-appointment publicity and inspection — that is open on the build's reference date, with its
 * deadline, the people concerned and the reference code to quote.
 */
import type { Dataset } from '../domain/dataset.ts';
import { personName, positionLabel } from './display.ts';
import type { Entry } from '../domain/entry.ts';
import { referenceCode } from '../domain/reference-code.ts';
import { noticeUrl, personUrl } from '../domain/urls.ts';
import { windowState } from '../domain/queries.ts';

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
}

/** Windows open on `ds.today`, grouped by kind, closest deadline first. */
export function openReportWindows(ds: Dataset): Record<ReportKind, OpenReportWindow[]> {
  const open = <K extends ReportKind>(kind: K, period: (e: Entry<K>) => { from: string; to: string }, people: (e: Entry<K>) => OpenReportWindow['people']) =>
    ([...ds.byKind[kind].values()] as Entry<K>[])
      .filter((e) => windowState(period(e), ds.today) === 'open')
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
