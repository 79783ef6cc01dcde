/**
 * Characters a published text must not carry: control characters (NUL, ESC, …) that make feeds
 * ill-formed XML, and invisible format characters (bidi overrides, zero-width spaces) that let a
 * name look like another or hide words from search and the privacy scan. Found here, once, for
 * every text field of every kind; the message says where the character is, so the clerk can
 * delete it even though it cannot be seen.
 */

/** One refused character: where it is in the text and what it is called. */
export interface ForbiddenChar {
  /** 1-based character position in the whole text (code points, as a clerk counts). */
  offset: number;
  /** 1-based line inside the text and character position on that line. */
  line: number;
  column: number;
  /** Code point as U+XXXX. */
  code: string;
  /** Chinese name of the character. */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00: '空字符 NUL',
  0x09: '制表符 Tab',
  0x0a: '换行',
  0x0d: '回车符 CR',
  0x1b: '转义符 ESC',
  0x7f: '删除符 DEL',
  0x85: '下一行符 NEL',
  0xad: '软连字符',
  0x061c: '阿拉伯字母标记',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左到右嵌入符',
  0x202b: '从右到左嵌入符',
  0x202c: '方向格式结束符',
  0x202d: '从左到右覆盖符',
  0x202e: '从右到左覆盖符',
  0x2060: '字连接符',
  0x2066: '从左到右隔离符',
  0x2067: '从右到左隔离符',
  0x2068: '首字强隔离符',
  0x2069: '方向隔离结束符',
  0xfeff: '零宽不换行空格',
};

/** The Chinese name of refused code point `cp`, or undefined when `cp` is allowed. */
export function refusedName(cp: number, multiline: boolean): string | undefined {
  if (cp === 0x0a || cp === 0x09) return multiline ? undefined : NAMES[cp];
  if (cp < 0x20 || cp === 0x7f) return NAMES[cp] ?? '控制字符';
  if (cp >= 0x80 && cp <= 0x9f) return NAMES[cp] ?? 'C1 控制字符';
  if (NAMES[cp]) return NAMES[cp];
  if (cp >= 0x2061 && cp <= 0x2064) return '不可见运算符';
  if (cp >= 0x206a && cp <= 0x206f) return '已废弃的格式字符';
  if (cp >= 0xfff9 && cp <= 0xfffb) return '行间注释字符';
  if (cp >= 0xe0000 && cp <= 0xe007f) return '标签字符';
  if (cp >= 0xd800 && cp <= 0xdfff) return '残缺的代理项字符';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return '非字符';
  return undefined;
}

// The same set as refusedName, as one test: almost every text is clean, and a regular expression
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
    const name = refusedName(cp, multiline);
    if (name) return { offset, line, column, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, name };
    if (cp === 0x0a) {
      line++;
      column = 0;
    }
  }
  return undefined;
}

/** The Chinese message for a refused character: what and where it is, and how to get rid of it. */
export function forbiddenCharMessage(f: ForbiddenChar, multiline: boolean): string {
  const where = multiline && f.line > 1 ? `第 ${f.line} 行第 ${f.column} 个字符` : `第 ${f.offset} 个字符`;
  if (!multiline && (f.code === 'U+000A' || f.code === 'U+0009'))
    return `${where}是${f.name}：这个字段只能写一行，请删除${f.name}（需要分段的内容请写进摘要等长文字段）`;
  return `${where}是看不见的${f.name}（${f.code}），不能公开发布：请删除这个字符；看不出在哪里时，可把这段文字删掉后重新输入（常见于从网页、Word 或聊天软件复制粘贴）`;
}
