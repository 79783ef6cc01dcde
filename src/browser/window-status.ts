/**
 * The window boxes of a notice page, brought up to the day the page is read. The build decides
 * open / closing soon / closed for the day it ran, and the page is correct without this script;
 * served days later, the script recomputes each box from its dates (data attributes) and today's
 * date in Asia/Shanghai, with the same function the build used. All wording comes from the page.
 */
import { shanghaiDay, windowPhase, type WindowPhase } from '../domain/window-phase.ts';

const TAG: Record<WindowPhase, string> = { upcoming: 'upcoming', open: 'open', closing: 'alert', closed: 'closed' };
const BOX: Record<WindowPhase, string> = { upcoming: 'upcoming', open: 'open', closing: 'open', closed: 'closed' };
/** 2026年11月20日, as view/format.ts writes it; the platform's formatter keeps this bundle free of shared chunks. */
const LONG_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

const LABEL: Record<WindowPhase, string> = { upcoming: 'labelUpcoming', open: 'labelOpen', closing: 'labelClosing', closed: 'labelClosed' };

/** Recompute every window box under `root` for the day `now` falls on in Asia/Shanghai; returns the phases set. */
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
    const tag = box.querySelector<HTMLElement>('[data-window-tag]');
    const label = box.dataset[LABEL[phase]];
    if (tag && label) {
      tag.textContent = label;
      tag.className = `tag tag--${TAG[phase]}`;
    }
    const prefix = box.querySelector<HTMLElement>('[data-window-asof]');
    const time = box.querySelector<HTMLTimeElement>('[data-window-day]');
    if (prefix && box.dataset.asofToday) prefix.textContent = box.dataset.asofToday;
    if (time) {
      time.dateTime = today;
      time.textContent = LONG_DATE.format(new Date(`${today}T00:00:00Z`));
    }
  }
  return out;
}
