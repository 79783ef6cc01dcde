/**
 * A fast path for reading records: the plain subset of YAML that records are written in (block
 * mappings and sequences, one-line scalars, comments, `[]` and `{}`), parsed without building a
 * document. The `yaml` library spends most of a validation run building nodes and ranges that
 * are needed only to point at a field in a message; for a file in this subset the data is the
 * same as `parseDocument(text).toJS()` gives, and anything outside it (anchors, tags, block or
 * multi-line scalars, flow mappings, tabs, odd indentation, duplicate keys, any doubt) returns
 * undefined, so the caller parses the file fully and reports its problems as before.
 */

/** A content line: its indentation and the text after it (blank and comment lines are dropped). */
interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the parser when the text leaves the subset; never escapes parseSimpleYaml. */
const OUTSIDE = Symbol('outside the simple subset');

/** Deepest nesting the fast path takes; records nest a few levels, and deeper files take the full parser's checks. */
const MAX_NESTING = 32;

// Characters the full parser treats specially or that a clerk's file should never hold: tabs, CR,
// controls, Unicode line separators, a BOM past the start. Any of them sends the file to the full parser.
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// A record's field name; the length cap keeps well inside the full parser's limit on implicit keys.
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: |$)/;
// Keys the core schema would read as null or a boolean, and the key JavaScript objects treat specially.
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const FLOW_ITEM = /^[-+]?[0-9A-Za-z_.]+$/;
const HEX = /^[0-9a-fA-F]+$/;
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** The data of `text` if it is a mapping in the simple subset, exactly as the `yaml` library's core schema reads it; otherwise undefined. */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === 35 /* # */) continue;
    lines.push({ indent, text: raw.slice(indent) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || !KEY.test(lines[0]!.text)) return undefined;
  const parser = new Parser(lines);
  try {
    const data = parser.map(0, 1);
    return parser.at === lines.length ? data : undefined;
  } catch (err) {
    if (err === OUTSIDE) return undefined;
    throw err;
  }
}

class Parser {
  lines: Line[];
  /** Index of the next unread line. */
  at = 0;

  constructor(lines: Line[]) {
    this.lines = lines;
  }

  /** The block (mapping or sequence) starting at the current line, indented by `indent`. */
  block(indent: number, depth: number): unknown {
    const text = this.lines[this.at]!.text;
    if (isItem(text)) return this.seq(indent, depth);
    if (KEY.test(text)) return this.map(indent, depth);
    throw OUTSIDE;
  }

  /** A block mapping whose keys are indented by `indent`. */
  map(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) throw OUTSIDE;
    const out: Record<string, unknown> = {};
    while (this.at < this.lines.length && this.lines[this.at]!.indent === indent) {
      const { text } = this.lines[this.at]!;
      const m = KEY.exec(text);
      if (!m) throw OUTSIDE;
      const key = m[1]!;
      if (Object.hasOwn(out, key) || SPECIAL_KEY.test(key)) throw OUTSIDE;
      this.at++;
      const start = valueStart(text, m[0].length);
      let value: unknown;
      if (start === -1) {
        const next = this.lines[this.at];
        if (next && next.indent > indent) value = this.block(next.indent, depth + 1);
        else if (next && next.indent === indent && isItem(next.text)) value = this.seq(indent, depth + 1);
        else value = null;
      } else {
        value = scalar(start === 0 ? text : text.slice(start));
        if (this.more(indent)) throw OUTSIDE;
      }
      out[key] = value;
    }
    if (this.more(indent)) throw OUTSIDE;
    return out;
  }

  /** A block sequence whose dashes are indented by `indent`. */
  seq(indent: number, depth: number): unknown[] {
    if (depth > MAX_NESTING) throw OUTSIDE;
    const out: unknown[] = [];
    while (this.at < this.lines.length && this.lines[this.at]!.indent === indent && isItem(this.lines[this.at]!.text)) {
      const line = this.lines[this.at]!;
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 32) spaces++;
      const start = valueStart(line.text, spaces);
      const rest = start === -1 ? '' : line.text.slice(start);
      if (rest === '') {
        this.at++;
        const next = this.lines[this.at];
        out.push(next && next.indent > indent ? this.block(next.indent, depth + 1) : null);
      } else if (isItem(rest) || KEY.test(rest)) {
        // `- key: value` or `- - x`: the item is a block starting where its text starts.
        const column = indent + spaces;
        this.lines[this.at] = { indent: column, text: rest };
        out.push(this.block(column, depth + 1));
      } else {
        this.at++;
        out.push(scalar(rest));
      }
      if (this.more(indent)) throw OUTSIDE;
    }
    return out;
  }

  /** Whether the next line is indented deeper than `indent` without belonging to anything read. */
  more(indent: number): boolean {
    const next = this.lines[this.at];
    return next !== undefined && next.indent > indent;
  }
}

/** Whether a line's text is a sequence item. */
function isItem(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

/** Where the value after a key or dash starts in `text`, skipping spaces from `from`; -1 when only a comment or nothing follows. */
function valueStart(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || text.charCodeAt(i) === 35 /* # */ ? -1 : i;
}

/** A one-line scalar or empty flow collection, starting at its first character. */
function scalar(text: string): unknown {
  switch (text[0]) {
    case '"':
      return doubleQuoted(text);
    case "'":
      return singleQuoted(text);
    case '[':
      return flowSeq(text);
    case '{': {
      const m = /^\{ *\}( +#.*| *)$/.exec(text);
      if (!m) throw OUTSIDE;
      return {};
    }
    case '-':
      // A plain scalar may start with a dash only when it is a number here; anything else takes the full parser.
      if (!/^-[0-9.]/.test(text)) throw OUTSIDE;
      break;
    case '?':
    case ':':
    case ',':
    case ']':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '%':
    case '@':
    case '`':
      throw OUTSIDE;
  }
  let end = text.indexOf(' #');
  if (end === -1) end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const plain = text.slice(0, end);
  if (plain.includes(': ') || plain.endsWith(':')) throw OUTSIDE;
  return resolvePlain(plain);
}

/** A plain scalar as the core schema reads it: null, boolean, integer, float or string. */
export function resolvePlain(s: string): unknown {
  // Only these first characters can begin anything but a string; IDs and Chinese text skip the tests.
  const c = s.charCodeAt(0);
  if (c > 57 /* 9 */ && c !== 78 /* N */ && c !== 84 /* T */ && c !== 70 /* F */ && c !== 110 /* n */ && c !== 116 /* t */ && c !== 102 /* f */ && c !== 126 /* ~ */) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** What may follow a closing quote or bracket: spaces, then perhaps a comment. */
function endsClean(rest: string): boolean {
  return /^(?: +#.*| *)$/.test(rest);
}

function doubleQuoted(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (!endsClean(text.slice(i + 1))) throw OUTSIDE;
      return out;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === undefined) throw OUTSIDE;
    const code = ESCAPES[next];
    if (code !== undefined) {
      out += code;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    const hex = text.substr(i + 1, length);
    if (length === 0 || hex.length !== length || !HEX.test(hex)) throw OUTSIDE;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) throw OUTSIDE;
    out += String.fromCodePoint(cp);
    i += length;
  }
  throw OUTSIDE; // no closing quote on this line
}

function singleQuoted(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "'") {
      out += ch;
    } else if (text[i + 1] === "'") {
      out += "'";
      i++;
    } else {
      if (!endsClean(text.slice(i + 1))) throw OUTSIDE;
      return out;
    }
  }
  throw OUTSIDE;
}

/** `[]` or a one-line flow sequence of plain words and numbers, such as `[ 88.6, 90.2 ]`. */
function flowSeq(text: string): unknown[] {
  const close = text.indexOf(']');
  if (close === -1 || !endsClean(text.slice(close + 1))) throw OUTSIDE;
  const inner = text.slice(1, close);
  if (/^ *$/.test(inner)) return [];
  return inner.split(',').map((item) => {
    const word = item.replace(/^ +| +$/g, '');
    if (!FLOW_ITEM.test(word)) throw OUTSIDE;
    return resolvePlain(word);
  });
}
