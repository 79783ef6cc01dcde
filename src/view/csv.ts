/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled), preceded by a UTF-8 byte-order mark so Excel opens Chinese text
 * correctly instead of guessing a legacy code page.
 */

/** A cell: text, a number, or empty. */
export type Cell = string | number | undefined | null;

/** One field, quoted when it has to be. */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The CSV text of `header` and `rows`: BOM, then CRLF-terminated records. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('')}`;
}
