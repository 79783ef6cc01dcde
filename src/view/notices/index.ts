/**
 * The notice view models: one builder per notice kind (one file each in this folder), behind a typed
 * registry, and the parts every notice page shares (meta facts, window, corrections, referrers).
 * Pages and feeds pick the builder from the registry; an old version of a notice goes through the
 * same builder with its old data, so it looks like the notice it was.
 */
import { ui } from '../../i18n/zh-cn.ts';
import { isNoticeKind, SCHEMAS, type NoticeKind } from '../../schemas/index.ts';
import { KIND_LABELS } from '../../i18n/zh-cn-schema-labels.ts';
import type { Dataset, NoticeEntry } from '../../domain/dataset.ts';
import { entryKey, type Entry } from '../../domain/entry.ts';
import { referenceCode } from '../../domain/reference-code.ts';
import { findRefs } from '../../domain/refs.ts';
import { windowState } from '../../domain/queries.ts';
import { windowPhase } from '../../domain/window-phase.ts';
import { statusUi } from '../../i18n/zh-cn-status.ts';
import { CalendarGapError, type WorkingCalendar } from '../../domain/working-days.ts';
import type { LedgerSite } from '../../ledger/site.ts';
import { ruleInfo } from '../../rules/index.ts';
import { correctionBoxes, currentContent, markedParagraphs, pathId } from '../corrections.ts';
import { formatDate } from '../format.ts';
import { facts, noticeItem, paragraphs, positionLabel, roundLink, unitLink, type Fact, type Section } from '../display.ts';
import { appointmentSections } from './appointment.ts';
import { correctionSections } from './correction.ts';
import { decisionSections } from './decision.ts';
import { examinationSections } from './examination.ts';
import { inspectionNoticeSections } from './inspection-notice.ts';
import { inspectionReportSections } from './inspection-report.ts';
import { integritySections } from './integrity-summary.ts';
import { planSections } from './plan.ts';
import { preAnnouncementSections } from './pre-announcement.ts';
import { publicityOutcomeSections } from './publicity-outcome.ts';
import { publicitySections } from './publicity.ts';
import { recommendationSections } from './recommendation.ts';
import { supervisionSections } from './supervision-report.ts';
import type { NoticeKindView, NoticeView, NoticeWindow } from './types.ts';

export type { NoticeView, NoticeWindow, NoticeKindView } from './types.ts';

/** Every notice kind's view model. The mapped type makes a missing or mistyped kind a compile error. */
export const NOTICE_VIEWS: { [K in NoticeKind]: NoticeKindView<K> } = {
  plans: { sections: planSections },
  'pre-announcements': {
    sections: preAnnouncementSections,
    window: (e) => ({ label: ui.window.recommendation, period: e.data.recommendation, states: statusUi.generic, deadline: false }),
  },
  recommendations: { sections: recommendationSections },
  'inspection-notices': {
    sections: inspectionNoticeSections,
    window: (e) => ({ label: ui.window.inspection, period: e.data.period, states: statusUi.generic, deadline: false }),
  },
  'inspection-reports': { sections: inspectionReportSections },
  'integrity-summaries': { sections: integritySections },
  examinations: { sections: examinationSections },
  decisions: { sections: decisionSections },
  publicities: {
    sections: publicitySections,
    window: (e) => ({ label: ui.window.publicity, period: e.data.window, states: statusUi.publicity, deadline: true }),
  },
  'publicity-outcomes': { sections: publicityOutcomeSections },
  appointments: { sections: appointmentSections },
  corrections: { sections: correctionSections },
  'supervision-reports': { sections: supervisionSections },
};

/** The registry entry of `kind`, typed for entries of any notice kind. */
export function viewOf(kind: NoticeKind): NoticeKindView<NoticeKind> {
  return NOTICE_VIEWS[kind] as unknown as NoticeKindView<NoticeKind>;
}

/**
 * The display form of notice `entry`, with its current content: where a correction stands alone,
 * the corrected words replace the original ones, and the summary shows both. `site` (the ledger)
 * links each correction to the version before it.
 */
export function noticeView(ds: Dataset, entry: NoticeEntry, site?: LedgerSite): NoticeView {
  const key = entryKey(entry);
  const current = currentContent(ds, entry);
  const shown = { ...entry, data: current.data } as NoticeEntry;
  const noticeReferrers = [...new Set((ds.backrefs.get(key) ?? []).map((b) => b.from))]
    .filter((e): e is NoticeEntry => isNoticeKind(e.kind) && e !== entry)
    .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  const marked = current.marked.get(pathId(['summary']));
  return {
    entry: shown,
    kindLabel: KIND_LABELS[entry.kind],
    reference: referenceCode(entry.kind, entry.id),
    meta: noticeMeta(ds, shown),
    summary: shown.data.summary ? { ...paragraphs(shown.data.summary), marked: marked && markedParagraphs(marked) } : undefined,
    window: noticeWindow(shown, ds.today, ds.calendar),
    exceptions: (shown.data.exceptions ?? []).map((e) => ({ ...e, title: ruleInfo(e.rule)?.title })),
    correctedBy: noticeReferrers.filter((e) => e.kind === 'corrections').map((e) => noticeItem(e)),
    corrections: correctionBoxes(ds, entry, site),
    sections: noticeSections(ds, shown),
    related: noticeReferrers.filter((e) => e.kind !== 'corrections').map((e) => noticeItem(e)),
  };
}

/**
 * The display form of an old version of notice `entry`: `data` as sealed, parsed with its kind's
 * schema and shown through the same builder, without the corrections that came after it.
 * Undefined when the old data no longer fits the schema.
 */
export function oldNoticeView(ds: Dataset, entry: NoticeEntry, data: unknown): NoticeView | undefined {
  const parsed = SCHEMAS[entry.kind].safeParse(data);
  if (!parsed.success) return undefined;
  const old = { ...entry, data: parsed.data } as NoticeEntry;
  return {
    entry: old,
    kindLabel: KIND_LABELS[entry.kind],
    reference: referenceCode(entry.kind, entry.id),
    meta: noticeMeta(ds, old),
    summary: old.data.summary ? paragraphs(old.data.summary) : undefined,
    window: noticeWindow(old, ds.today, ds.calendar),
    exceptions: (old.data.exceptions ?? []).map((e) => ({ ...e, title: ruleInfo(e.rule)?.title })),
    correctedBy: [],
    corrections: [],
    sections: noticeSections(ds, old),
    related: [],
  };
}

/** Position IDs a notice names, in the order it names them. */
export function noticePositions(entry: NoticeEntry): string[] {
  return [...new Set(findRefs(SCHEMAS[entry.kind], entry.data).filter((r) => r.target === 'position').map((r) => r.id))];
}

/** The facts above every notice: kind, date, issuer, round and positions, reference code. */
export function noticeMeta(ds: Dataset, entry: NoticeEntry): Fact[] {
  const round = 'round' in entry.data ? entry.data.round : undefined;
  const positions = round ? noticePositions(entry).map((p) => positionLabel(ds, round, p)) : [];
  return facts(
    [ui.notice.kind, KIND_LABELS[entry.kind]],
    [ui.notice.published, { date: entry.data.published }],
    [ui.notice.issuer, unitLink(ds, entry.data.issuer ?? ds.site.departmentUnit)],
    [ui.notice.round, round ? roundLink(ds, round) : undefined],
    [ui.notice.positions, positions.length === 0 ? undefined : positions.length === 1 ? positions[0] : { items: positions }],
    [ui.notice.reference, { code: referenceCode(entry.kind, entry.id) }],
  );
}

/** The period a notice announces and its state on `today`; undefined for kinds without one. With `calendar`, a publicity's working days. */
export function noticeWindow(entry: NoticeEntry, today: string, calendar?: WorkingCalendar): NoticeWindow | undefined {
  const spec = viewOf(entry.kind).window?.(entry);
  if (!spec) return undefined;
  const p = spec.period;
  const state = windowState(p, today);
  const phase = windowPhase(p.from, p.to, today);
  const w: NoticeWindow = {
    label: spec.label,
    from: p.from,
    to: p.to,
    state,
    phase,
    phaseLabels: spec.states,
    stateLabel: spec.states[phase],
    tone: phase === 'closing' ? 'alert' : state,
    deadline: spec.deadline ? p.to : undefined,
  };
  const days = entry.kind === 'publicities' && calendar ? workingDaysText(calendar, p) : undefined;
  return days ? { ...w, workingDays: days } : w;
}

/** A window's working days and any make-up workday in it, in words; undefined where the calendar lacks a year. */
export function workingDaysText(calendar: WorkingCalendar, p: { from: string; to: string }): string | undefined {
  try {
    const makeup = calendar.makeupWorkdaysBetween(p.from, p.to);
    return ui.window.workingDays(calendar.countWorkingDays(p.from, p.to), makeup.map((m) => ui.window.makeupDay(formatDate(m.date), m.for)));
  } catch (err) {
    if (err instanceof CalendarGapError) return undefined;
    throw err;
  }
}

/** The body of notice `entry`: every field of its kind as sections, from its kind's builder. */
export function noticeSections(ds: Dataset, entry: NoticeEntry): Section[] {
  return viewOf(entry.kind).sections(ds, entry as Entry<NoticeKind>);
}
