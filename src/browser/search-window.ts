/**
 * 公示状态 on the day of reading. The index carries each window's first and last day (filters
 * `wfrom`, `wto`); the state a citizen ticks becomes a range of those dates, taken against today's
 * date in China, so a window that opened after the build is 正在公示 without a rebuild.
 */

export type WindowState = 'open' | 'upcoming' | 'closed';

/** Today's date in China (Asia/Shanghai), ISO, as the browser's clock has it. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A value no page carries: filtering by it matches nothing (Pagefind reads an empty `any` as no filter). */
const NOTHING = '—';
const anyOf = (values: string[]) => ({ any: values.length ? values : [NOTHING] });

/**
 * The Pagefind filter for windows in any of `states` on `today`, given every `wfrom` and `wto`
 * value in the index. Two or more states are alternatives (Pagefind's `any` of filter objects).
 */
export function windowFilter(states: WindowState[], today: string, values: { wfrom: string[]; wto: string[] }): object | undefined {
  const one = (s: WindowState): Record<string, { any: string[] }> =>
    s === 'open'
      ? { wfrom: anyOf(values.wfrom.filter((d) => d <= today)), wto: anyOf(values.wto.filter((d) => d >= today)) }
      : s === 'upcoming'
        ? { wfrom: anyOf(values.wfrom.filter((d) => d > today)) }
        : { wto: anyOf(values.wto.filter((d) => d < today)) };
  const wanted = [...new Set(states)];
  if (wanted.length === 0) return undefined;
  if (wanted.length === 1) return one(wanted[0]!);
  return { any: wanted.map(one) };
}
