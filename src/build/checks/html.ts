/**
 * A small HTML tokenizer for checking built pages: start tags with their attributes, and the raw
 * text of <script> and <style>. Astro's output is well-formed, so this needs no error recovery;
 * it only has to skip comments and never look for tags inside scripts and styles.
 */

import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** A start tag as written in the page. */
export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes with lower-case names and entity-decoded values; a bare attribute has ''. */
  attrs: Map<string, string>;
  /** Offset of the `<` in the page. */
  start: number;
  /** Raw text between the tag and its end tag, for <script> and <style> only. */
  text?: string;
}

/** Decode character references in text with the full HTML table (`entities`, as browsers do). */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/** Decode an attribute value the way browsers do (a bare `&copy=` in a URL query stays as written). */
function decodeAttribute(s: string): string {
  return s.includes('&') ? decodeHTMLAttribute(s) : s;
}

// Sticky: matched at the position of each '<'. `[^>"']+` runs keep the engine from stepping per character.
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_END: Record<string, RegExp> = { script: /<\/script[\s>/]/gi, style: /<\/style[\s>/]/gi };

/** Every start tag of `html`, in order. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    START_TAG.lastIndex = i;
    const m = START_TAG.exec(html);
    if (!m) {
      i++; // an end tag, a doctype, or a stray '<' in text
      continue;
    }
    i = START_TAG.lastIndex;
    const name = m[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    if (m[2]) {
      for (const a of m[2].matchAll(ATTR)) {
        const key = a[1]!.toLowerCase();
        if (!attrs.has(key)) attrs.set(key, decodeAttribute(a[2] ?? a[3] ?? a[4] ?? ''));
      }
    }
    const tag: Tag = { name, attrs, start: m.index };
    const rawEnd = RAW_END[name];
    if (rawEnd && !m[2]!.trimEnd().endsWith('/')) {
      rawEnd.lastIndex = i;
      const close = rawEnd.exec(html);
      const to = close ? close.index : html.length;
      tag.text = html.slice(i, to);
      i = to;
    }
    out.push(tag);
  }
  return out;
}

/** The IDs a fragment can point at in `html`: every id, and the name of every <a>. */
export function anchorsOf(html: string): Set<string> {
  return anchorsOfTags(tags(html));
}

/** The IDs a fragment can point at, from a page's start tags. */
export function anchorsOfTags(all: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of all) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    const name = t.name === 'a' ? t.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** The URLs of a `srcset` value: `a.png 1x, b.png 2x` → ['a.png', 'b.png']. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The `url(...)` and `@import` targets of a stylesheet. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) out.push(m[1] ?? m[2] ?? '');
  return out.filter(Boolean);
}

// Script types a browser runs; any other type is a data block (JSON, templates) that CSP ignores.
const SCRIPT_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
]);

/** Whether `tag` is an inline <script> the browser would run (and CSP must therefore allow). */
export function isInlineScript(tag: Tag): boolean {
  if (tag.name !== 'script' || tag.attrs.has('src')) return false;
  const type = (tag.attrs.get('type') ?? '').split(';')[0]!.trim().toLowerCase();
  return SCRIPT_TYPES.has(type);
}
