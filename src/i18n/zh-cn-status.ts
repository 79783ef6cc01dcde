/** How a window's phase reads, on the page as built and after the page script has checked today's date. */
export const statusUi = {
  /** A publicity window. */
  publicity: { upcoming: '尚未开始', open: '正在公示', closing: '正在公示，即将截止', closed: '已结束' },
  /** A recommendation or inspection period. */
  generic: { upcoming: '尚未开始', open: '正在进行', closing: '正在进行，即将结束', closed: '已结束' },
  /** The hint after the state: which day it was worked out for — 已结束（按本页生成之日，2026年11月20日）, or 按今天 once the page script has run. */
  asOfBuild: '（按本页生成之日，',
  asOfToday: '（按今天，',
  asOfAfter: '）',
  /** Before the list whose state tags are worked out for that day: 下列公示状态（按本页生成之日，2026年11月20日）. */
  listAsOf: '下列公示状态',
};
