/**
 * The window state of a page, brought up to the day the page is read. The build decides open /
 * closing soon / closed for the day it ran, and the page is correct without this script (it says
 * which day that was); served days later, the script recomputes from the dates in the page (data
 * attributes) and today's date in Asia/Shanghai, with the same function the build used:
 * - the window box of a notice (`data-window-from`/`data-window-to`): its colour, tag and the day;
 * - lists of windows (home page 正在公示, /report/): each list (`data-phases`, the phases it shows)
 *   carries every candidate window (`data-item-from`/`data-item-to`), and the script shows those in
 *   a shown phase, hides the rest, and hides a group (`data-phase-group`) left empty or shows its
 *   "none" line (`data-phase-none`);
 * - a window's state tag in a list row (`data-tag-from`/`data-tag-to`, its wording on the tag);
 * - every "which day" label (its wording for today in `data-asof-today`, and the
 *   `<time data-window-day>` after it).
 * All wording comes from the page.
 */
import { shanghaiDay, windowPhase, type WindowPhase } from '../domain/window-phase.ts';

const TAG: Record<WindowPhase, string> = { upcoming: 'upcoming', open: 'open', closing: 'alert', closed: 'closed' };
const BOX: Record<WindowPhase, string> = { upcoming: 'upcoming', open: 'open', closing: 'open', closed: 'closed' };
/** 2026年11月20日, as view/format.ts writes it; the platform's formatter keeps this bundle free of shared chunks. */
const LONG_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

const LABEL: Record<WindowPhase, string> = { upcoming: 'labelUpcoming', open: 'labelOpen', closing: 'labelClosing', closed: 'labelClosed' };

/** Set a state tag's wording (from `labels`, the data attributes of its box or list) and colour for `phase`. */
function setTag(tag: HTMLElement | null, labels: DOMStringMap, phase: WindowPhase): void {
  const label = labels[LABEL[phase]];
  if (tag && label) {
    tag.textContent = label;
    tag.className = `tag tag--${TAG[phase]}`;
  }
}

/** Recompute every window box, window list, list tag and day label under `root` for the day `now` falls on in Asia/Shanghai; returns the phases of the boxes. */
export function refreshWindows(root: ParentNode, now: Date): WindowPhase[] {
  const today = shanghaiDay(now);
  const out: WindowPhase[] = [];
  for (const box of root.querySelectorAll<HTMLElement>('[data-window-from]')) {
    const { windowFrom: from, windowTo: to } = box.dataset;
    if (!from || !to) continue;
    const phase = windowPhase(from, to, today);
    out.push(phase);
    box.dataset.windowPhase = phase;
    for (const p of Object.values(BOX)) box.classList.remove(`box--${p}`);
    box.classList.add(`box--${BOX[phase]}`);
    setTag(box.querySelector('[data-window-tag]'), box.dataset, phase);
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-phases]')) {
    const shown = list.dataset.phases!.split(' ');
    for (const item of list.querySelectorAll<HTMLElement>('[data-item-from]')) {
      const phase = windowPhase(item.dataset.itemFrom!, item.dataset.itemTo!, today);
      item.hidden = !shown.includes(phase);
      setTag(item.querySelector('[data-item-tag]'), list.dataset, phase);
    }
  }
  for (const tag of root.querySelectorAll<HTMLElement>('[data-tag-from]')) setTag(tag, tag.dataset, windowPhase(tag.dataset.tagFrom!, tag.dataset.tagTo!, today));
  for (const group of root.querySelectorAll<HTMLElement>('[data-phase-group]')) {
    const any = !!group.querySelector('[data-item-from]:not([hidden])');
    if (group.dataset.phaseGroup === 'optional') group.hidden = !any;
    const none = group.querySelector<HTMLElement>('[data-phase-none]');
    if (none) none.hidden = any;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-asof-today]')) el.textContent = el.dataset.asofToday!;
  for (const time of root.querySelectorAll<HTMLTimeElement>('[data-window-day]')) {
    time.dateTime = today;
    time.textContent = LONG_DATE.format(new Date(`${today}T00:00:00Z`));
  }
  return out;
}
