/**
 * How a date reads in Chinese: 2026年11月20日, 1982年5月, 2026年. Numbers arrive without leading
 * zeros (src/view/format.ts parses the ISO text). Kept in a file of its own because the search
 * page's browser code formats dates too, and bundles only what it imports.
 */
export const dateText = {
  date: (year: string | number, month: number, day: number) => `${year}年${month}月${day}日`,
  month: (year: string | number, month: number) => `${year}年${month}月`,
  year: (year: string | number) => `${year}年`,
} as const;
