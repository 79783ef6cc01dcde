/**
 * The table the search page uses to read a query typed in traditional characters (林曉川) as the
 * simplified text the site publishes (林晓川).
 *
 * Generated at build time from OpenCC's character table (the `opencc-js` package, a build-time
 * dependency only): every traditional character outside GB 2312 whose simplified form is in it,
 * written as pairs of characters, traditional then simplified, in one line (about 2,500 pairs,
 * 15 KB, 11 KB gzip). Characters inside GB 2312 are left alone: they are simplified text already
 * (乾 in 乾隆 stays). The browser knows GB 2312 without downloading it (its TextDecoder for GBK),
 * so it fetches this table only for a query holding a character outside GB 2312.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import TS from 'opencc-js/dict/TSCharacters';

/** The URL path of the table on the site. */
export const T2S_PATH = '/search/t2s.txt';

/** Every Han character of GB 2312 (6,763), decoded from its two-byte codes. */
export function gb2312(): Set<string> {
  const gbk = new TextDecoder('gbk');
  const out = new Set<string>();
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = gbk.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(c)) out.add(c);
    }
  return out;
}

/** The table's text: traditional–simplified character pairs, concatenated. */
export function t2sTable(): string {
  const common = gb2312();
  let out = '';
  for (const pair of (TS as string).split('|')) {
    const [trad, simp] = pair.split(' ');
    const t = [...(trad ?? '')];
    const s = [...(simp ?? '')][0];
    if (t.length === 1 && s && t[0] !== s && !common.has(t[0]!) && common.has(s)) out += t[0] + s;
  }
  return out;
}

/** Write the table into the built site in `dir`; returns its size in bytes. */
export function writeT2sTable(dir: string): number {
  const text = t2sTable();
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, T2S_PATH), text);
  return Buffer.byteLength(text);
}
