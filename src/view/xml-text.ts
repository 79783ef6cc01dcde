/**
 * Text for XML 1.0 documents (RSS feeds, the sitemap) and iCalendar: characters those formats forbid
 * are dropped. The schemas already refuse them in content (src/schemas/text-safety.ts); this is the
 * second line, so a record that reached the view some other way still cannot make a feed ill-formed.
 */

// XML 1.0 §2.2 Char, minus the C1 controls and DEL it discourages; the u flag makes a lone surrogate one code point, so it is caught too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `s` without the characters XML 1.0 forbids or discourages (NUL, ESC, other controls, lone surrogates, U+FFFE/U+FFFF). */
export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '');
}

/** Every string inside `value` (objects and arrays walked, dates and numbers kept) passed through `xmlText`. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  return value;
}
