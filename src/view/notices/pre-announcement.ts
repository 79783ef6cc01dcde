/** The body of a pre-announcements notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { roundTermsSections } from '../record-facts.ts';
import { facts, paragraphs, type Section } from '../display.ts';

const t = ui.facts;

export function preAnnouncementSections(ds: Dataset, e: Entry<'pre-announcements'>): Section[] {
  const d = e.data;
  return [
    // The recommendation period itself is shown with its state in the window box above the body.
    { type: 'facts', facts: facts([t.preAnnouncement.howToRecommend, paragraphs(d.howToRecommend)]) },
    ...roundTermsSections(ds, d.round),
  ];
}
