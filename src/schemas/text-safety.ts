/**
 * Characters a published text must not carry: control characters (NUL, ESC, …) that make feeds
 * ill-formed XML, and invisible format characters (bidi overrides, zero-width spaces) that let a
 * name look like another or hide words from search and the privacy scan. Found here, once, for
 * every text field of every kind; the message says where the character is, so the clerk can
 * delete it even though it cannot be seen.
 */

/** What a refused character is: one of the characters named one by one, or a class of them. */
export type RefusedKind = 'named' | 'control' | 'c1' | 'invisibleOperator' | 'deprecatedFormat' | 'annotation' | 'tag' | 'surrogate' | 'noncharacter';

/** One refused character: where it is in the text and what it is (its Chinese name is in src/i18n/zh-cn-schema-messages.ts). */
export interface ForbiddenChar {
  /** 1-based character position in the whole text (code points, as a clerk counts). */
  offset: number;
  /** 1-based line inside the text and character position on that line. */
  line: number;
  column: number;
  /** Code point as U+XXXX. */
  code: string;
  /** The code point. */
  cp: number;
  /** Named one by one (`cp` says which), or the class it belongs to. */
  kind: RefusedKind;
}

/** The refused characters named one by one: controls, line breaks, bidi and zero-width marks. */
export const NAMED_CHARS: ReadonlySet<number> = new Set([
  0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0xad, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c,
  0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
]);

/** What refused code point `cp` is, or undefined when `cp` is allowed. */
export function refusedKind(cp: number, multiline: boolean): RefusedKind | undefined {
  if (cp === 0x0a || cp === 0x09) return multiline ? undefined : 'named';
  if (cp < 0x20 || cp === 0x7f) return NAMED_CHARS.has(cp) ? 'named' : 'control';
  if (cp >= 0x80 && cp <= 0x9f) return NAMED_CHARS.has(cp) ? 'named' : 'c1';
  if (NAMED_CHARS.has(cp)) return 'named';
  if (cp >= 0x2061 && cp <= 0x2064) return 'invisibleOperator';
  if (cp >= 0x206a && cp <= 0x206f) return 'deprecatedFormat';
  if (cp >= 0xfff9 && cp <= 0xfffb) return 'annotation';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  return undefined;
}

// The same set as refusedKind, as one test: almost every text is clean, and a regular expression
// answers that far faster than a walk over its characters.
export const REFUSED_ANY = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uD800-\uDFFF\uFDD0-\uFDEF\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\u{E0000}-\u{E007F}]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}-\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
const SINGLE_LINE = /[\t\n]/;

/** The first refused character of `s`, or undefined. Tab and line break are allowed only in multi-line text. */
export function findForbiddenChar(s: string, multiline: boolean): ForbiddenChar | undefined {
  if (!REFUSED_ANY.test(s) && (multiline || !SINGLE_LINE.test(s))) return undefined;
  let offset = 0;
  let line = 1;
  let column = 0;
  // for…of walks code points and yields a lone surrogate as itself, so it is found too.
  for (const ch of s) {
    offset++;
    column++;
    const cp = ch.codePointAt(0)!;
    const kind = refusedKind(cp, multiline);
    if (kind) return { offset, line, column, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, cp, kind };
    if (cp === 0x0a) {
      line++;
      column = 0;
    }
  }
  return undefined;
}
