/**
 * Finding what a citizen must never read: an English field key (`deferredUntil`), an enum value
 * (`standing-committee`, `passed`), a record kind (`qualifications`) or a field path
 * (`results[0].reason`, `window.to`, `summary(公示时间)`) in the visible text of a page, a feed or
 * a CSV file. The vocabulary is every property name and every ASCII enum value of the published
 * JSON Schemas, and every kind; code (`<code>`, `<pre>`), addresses, e-mail, file names and the
 * repository's folders (`content/rounds/`, on the pages for developers) are not prose and are left
 * out before looking.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KINDS } from '../../src/schemas/common.ts';

/** Property names and ASCII enum values of every JSON Schema under `dir`. */
export function schemaVocabulary(dir: string): Set<string> {
  const words = new Set<string>(KINDS);
  const walk = (s: unknown): void => {
    if (!s || typeof s !== 'object') return;
    const o = s as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) words.add(k);
    if (Array.isArray(o.enum)) for (const v of o.enum) if (typeof v === 'string' && /^[a-z][a-z-]*$/i.test(v)) words.add(v);
    for (const v of Object.values(o)) walk(v);
  };
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return words;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode HTML/XML character references. */
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );
}

/** The text of `html` a reader sees: no scripts, styles, code, comments or tags. */
export function visibleText(html: string): string {
  const text = html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|code|pre|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decode(text);
}

/** Text with what is not prose taken out: web addresses, e-mail, domain names, file names and site paths. */
function prose(text: string): string {
  return text
    .replace(/\b(?:content|ledger|public|dist|scripts|src)\/[\w\/{}.-]*/g, ' ')
    .replace(/\b(?:https?|mailto|tel):[^\s"'<>()（）]+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/(?:[\w-]+\.)+(?:cn|com|org|net|example|gov|io)\b/g, ' ')
    .replace(/[\w{}\u4e00-\u9fff.-]+\.(?:json|jsonl|csv|xml|ics|yaml|yml|html|txt|js)\b/g, ' ')
    .replace(/(?<![\w.])\/[^\s,，;；()（）]*/g, ' ');
}

/** One thing a reader should not see, with a little text around it. */
export interface Leak {
  word: string;
  context: string;
}

/** Every key, enum value, kind or field path of `vocabulary` in `text` (already visible text). */
export function findLeaks(text: string, vocabulary: ReadonlySet<string>): Leak[] {
  const body = prose(text);
  const words = [...vocabulary].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '\\-'));
  const leaks: Leak[] = [];
  const around = (i: number, n: number) => body.slice(Math.max(0, i - 20), i + n + 20).replace(/\s+/g, ' ').trim();
  const word = new RegExp(`(?<![A-Za-z0-9_-])(?:${words.join('|')})(?![A-Za-z0-9_-])`, 'g');
  for (const m of body.matchAll(word)) leaks.push({ word: m[0], context: around(m.index, m[0].length) });
  // Paths: key[0], key.key, and a key with a note in brackets, whatever the keys are called.
  for (const m of body.matchAll(/[A-Za-z_]\w*(?:\[\d+\])+(?:\.[A-Za-z_]\w*)*|(?<![\w.-])[a-z]\w*(?:\.[a-z]\w*)+(?![\w-])/g)) leaks.push({ word: m[0], context: around(m.index, m[0].length) });
  return dedupe(leaks);
}

function dedupe(leaks: Leak[]): Leak[] {
  const seen = new Set<string>();
  return leaks.filter((l) => {
    const k = `${l.word}\u0000${l.context}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Every file under `dir` ending in one of `exts`, relative to `dir`, skipping the search bundle and script assets. */
export function filesOf(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (exts.some((e) => name.endsWith(e))) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The visible text of a built file: a page's text, a feed's titles and descriptions, a CSV file's headers and cells. */
export function readableText(file: string, content: string): string {
  if (file.endsWith('.html')) return visibleText(content);
  // Feeds carry the notice as escaped HTML inside the XML: decode once, then read it as a page.
  if (file.endsWith('.xml')) return visibleText(decode(content.replace(/<(link|guid)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<\?xml[^>]*>|<[a-z:]+\s[^>]*\/?>/gi, ' ')));
  if (file.endsWith('.ics')) return content.replace(/^(?!SUMMARY|DESCRIPTION|LOCATION)[A-Z-]+[;:].*$/gm, ' ').replace(/\\n/g, '\n');
  return content.replace(/^\uFEFF/, '');
}
