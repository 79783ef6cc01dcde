/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled), preceded by a UTF-8 byte-order mark so Excel opens Chinese text
 * correctly instead of guessing a legacy code page. Text that a spreadsheet would run as a formula
 * is neutralised with a leading apostrophe, as OWASP recommends; numbers stay numbers.
 */

/** A cell: text, a number, or empty. */
export type Cell = string | number | undefined | null;

// A text cell a spreadsheet would read as a formula (OWASP "CSV Injection"): = + - @ tab or CR first,
// also after leading spaces, and the full-width ＝ ＋ － ＠ that Chinese and Japanese Excel accept.
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One field, quoted when it has to be; a text that would start a formula is prefixed with ' so it stays text. */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const raw = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  const s = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The CSV text of `header` and `rows`: BOM, then CRLF-terminated records. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('')}`;
}
