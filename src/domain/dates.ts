/** The build's reference date: what "open" and "closed" mean on the published pages. */

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** GONGSHI_TODAY when set (tests fix it), else today in Asia/Shanghai. Throws on a malformed value. */
export function referenceDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.GONGSHI_TODAY?.trim();
  if (!fixed) return shanghaiToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
    throw new Error(`环境变量 GONGSHI_TODAY=“${fixed}”不是 YYYY-MM-DD 日期`);
  return fixed;
}
