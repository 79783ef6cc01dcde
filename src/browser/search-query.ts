/**
 * What a query means before Pagefind sees it: dates written the Chinese way (2026年9月, 2026年9月28日,
 * 2026年) become filters on the publication month, day or year, and characters typed in traditional
 * form become the simplified ones the site publishes. Pure functions, so they are unit-tested.
 */

/** The query's words, and the date filters it spelled out. */
export interface ReadQuery {
  text: string;
  filters: { year?: string[]; month?: string[]; day?: string[] };
}

const pad = (n: string) => n.padStart(2, '0');

/** Read the dates out of `q`: 2026年9月28日 → day 2026-09-28; 2026年9月 → month 2026-09; 2026年 → year 2026. */
export function readQuery(q: string): ReadQuery {
  const filters: ReadQuery['filters'] = {};
  const add = (key: keyof ReadQuery['filters'], v: string) => (filters[key] = [...new Set([...(filters[key] ?? []), v])]);
  let text = q.replace(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?:份)?/g, (_, y: string, m: string, d?: string) => {
    const month = Number(m);
    const day = d === undefined ? 0 : Number(d);
    if (month < 1 || month > 12 || (d !== undefined && (day < 1 || day > 31))) return _;
    if (d === undefined) add('month', `${y}-${pad(m)}`);
    else add('day', `${y}-${pad(m)}-${pad(d)}`);
    return ' ';
  });
  text = text.replace(/(\d{4})\s*年(?:度)?(?!\s*\d)/g, (_, y: string) => {
    add('year', y);
    return ' ';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), filters };
}

let common: Set<string> | undefined;

/** Whether `ch` is a Han character outside GB 2312, the simplified set (the browser's GBK decoder knows it, so nothing is downloaded). */
export function outsideGb2312(ch: string): boolean {
  if (!/^\p{Script=Han}$/u.test(ch)) return false;
  if (!common) {
    common = new Set();
    const gbk = new TextDecoder('gbk');
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) common.add(gbk.decode(new Uint8Array([hi, lo])));
  }
  return !common.has(ch);
}

/** Whether `q` needs the traditional-to-simplified table: it holds a Han character outside GB 2312. */
export const needsTable = (q: string): boolean => [...q].some(outsideGb2312);

/** The table's text (pairs: traditional, then simplified) as a map. */
export function parseTable(text: string): Map<string, string> {
  const chars = [...text];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** `q` with every character the table knows replaced by its simplified form. */
export const toSimplified = (q: string, table: Map<string, string>): string => [...q].map((c) => table.get(c) ?? c).join('');
