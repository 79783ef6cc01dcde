/** What a notice page shows, in display form, and the shape of each kind's view-model builder. */
import type { Dataset, NoticeEntry } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import type { NoticeKind } from '../../schemas/index.ts';
import type { WindowPhase } from '../../domain/window-phase.ts';
import type { Fact, ListItem, Section, Tone } from '../display.ts';
import type { CorrectionBox, Marked } from '../corrections.ts';

/** A period a notice announces (publicity window, recommendation or inspection dates) and its state on the reference date. */
export interface NoticeWindow {
  label: string;
  from: string;
  to: string;
  state: 'upcoming' | 'open' | 'closed';
  /** The state with the window's last days told apart (closing soon), as the page script recomputes it. */
  phase: WindowPhase;
  /** How each phase reads, for the page script. */
  phaseLabels: Record<WindowPhase, string>;
  stateLabel: string;
  tone: Tone;
  /** Last day to report a problem: the window's last day, for a publicity. */
  deadline?: string;
  /** For a publicity: its working days on the official calendar, e.g. 共 5 个工作日(含 2026-09-28 国庆节调休上班日). */
  workingDays?: string;
}

/** Everything a notice page shows, in display form. */
export interface NoticeView {
  entry: NoticeEntry;
  kindLabel: string;
  /** The notice's reference code (e.g. GS-7K3Q9M2X), quoted when reporting a problem. */
  reference: string;
  meta: Fact[];
  /** The lead text; with a stand-alone correction, each paragraph's corrected words beside the original ones. */
  summary?: { paragraphs: string[]; marked?: Marked[] };
  window?: NoticeWindow;
  /** Declared exceptions with the catalog title of the rule each departs from. */
  exceptions: { rule: string; title?: string; reason: string }[];
  /** Corrections that name this notice, oldest first. */
  correctedBy: ListItem[];
  /** What each correction changed, when and why, for the box at the top of the page. */
  corrections: CorrectionBox[];
  sections: Section[];
  /** Other notices that refer to this one (e.g. the outcome of a publicity). */
  related: ListItem[];
}

/** One notice kind's view model: the body of its page, every field of the kind as display sections. */
export type SectionsBuilder<K extends NoticeKind> = (ds: Dataset, entry: Entry<K>) => Section[];

/** The period a notice of kind K announces, if its kind has one. */
export type WindowBuilder<K extends NoticeKind> = (entry: Entry<K>) => WindowSpec;

/** The period a notice announces: its label, dates, how its states read, and whether its end is a reporting deadline. */
export interface WindowSpec {
  label: string;
  period: { from: string; to: string };
  states: Record<WindowPhase, string>;
  deadline: boolean;
}

/** The registry entry of one notice kind. */
export interface NoticeKindView<K extends NoticeKind> {
  sections: SectionsBuilder<K>;
  window?: WindowBuilder<K>;
}
