/**
 * Reading one YAML file defensively: encoding, BOM, empty files, syntax and duplicate keys all
 * become problems with a line and column, never exceptions. Records are plain data: anchors,
 * aliases, merge keys and tags are refused, as are .nan and .inf.
 *
 * Two parsers, one answer: `js-yaml` (CORE schema) reads the plain files that are nearly all of
 * them; a file it refuses, or whose text could use a construct plain data forbids, goes to `yaml`,
 * whose document places every message on a line. The fast path only answers where both agree
 * (test/unit/domain/yaml-source.test.ts checks that on generated plain data).
 */
import { CORE_SCHEMA, load as loadFast, Type } from 'js-yaml';
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { inputMessages } from '../i18n/zh-cn-input.ts';
import type { Problem } from './problem.ts';

/**
 * A parsed file plus what is needed to point at any field in it later. For a file read by the fast
 * path, `doc` and `lines` are built from the text on first use, which only a message needs.
 */
export interface YamlSource {
  file: string;
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Largest file accepted; a record is a few kilobytes, so anything bigger is a mistake. */
export const MAX_FILE_BYTES = 1_000_000;

/** Deepest nesting accepted; records nest a few levels, and the parser's stack gives out near 2,000. */
export const MAX_DEPTH = 64;
const TOO_DEEP = inputMessages.yaml.tooDeep(MAX_DEPTH);

/** Parse `bytes` of `file`, returning the source or the problems that stop it. */
export function readYaml(file: string, bytes: Uint8Array): { source?: YamlSource; problems: Problem[] } {
  const decoded = decodeRecord(bytes);
  if (typeof decoded !== 'string') return fail(file, decoded.refused);
  // Most files are plain records: read their data directly and build the document only if a message needs a position.
  const fast = readFast(decoded);
  if (fast !== undefined) return { source: new LazySource(file, decoded, fast), problems: [] };
  return readFull(file, decoded);
}

/**
 * The text and data of `bytes` when readYaml would read them on its fast path with no problem,
 * else undefined (readYaml then says why). What a worker thread can do for readYaml: the answer is
 * plain data and text, and fastSource turns it into the same source readYaml returns.
 */
export function plainYaml(bytes: Uint8Array): { text: string; data: Record<string, unknown> } | undefined {
  const decoded = decodeRecord(bytes);
  const data = typeof decoded === 'string' ? readFast(decoded) : undefined;
  return data === undefined ? undefined : { text: decoded as string, data };
}

/** The text of a record file (UTF-8, any BOM dropped), or why there is none: too large, not UTF-8, or only spaces and comments. */
function decodeRecord(bytes: Uint8Array): string | { refused: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { refused: inputMessages.yaml.tooLarge(bytes.byteLength, MAX_FILE_BYTES) };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { refused: inputMessages.yaml.notUtf8 };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) return { refused: inputMessages.yaml.empty };
  return text;
}

/** The source readYaml returns for a file its fast path read as `data` from `text`. */
export function fastSource(file: string, text: string, data: unknown): YamlSource {
  return new LazySource(file, text, data);
}

/**
 * Text that may use an anchor, alias, tag, directive or merge key: an indicator where a value or
 * key can start. A plain scalar like "A&B" does not match; "研究 & 开发" does, and `yaml` then
 * reads it as the text it is.
 */
const MAYBE_NOT_PLAIN = /(?:^|[\s[\]{},])[&*!]|<<|^%/m;

/** A key written as null (`null:`, `~:`): `yaml` names it "" and js-yaml "null", so `yaml` decides. */
const NULL_KEY = /(?:^|[\s{,])(?:null|Null|NULL|~)\s*:(?:\s|$)/m;

/**
 * js-yaml's CORE schema with YAML 1.2's core numbers, as `yaml` resolves them: js-yaml also reads
 * 0b11 and 1_000 as numbers (YAML 1.1), where YAML 1.2 and `yaml` keep them as text.
 */
const FAST_SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
      construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string | null) =>
        s !== null && /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s),
      construct: (s: string) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
});

/** A mapping read by js-yaml when the text is plain data within the limits, else undefined (exported for its agreement test). */
export function readFast(text: string): Record<string, unknown> | undefined {
  if (MAYBE_NOT_PLAIN.test(text) || NULL_KEY.test(text)) return undefined;
  let data: unknown;
  try {
    data = loadFast(text, { schema: FAST_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return plainWithinLimits(data) ? (data as Record<string, unknown>) : undefined;
}

/** Whether `root` nests at most MAX_DEPTH levels and holds only finite numbers; iterative, so it cannot overflow. */
function plainWithinLimits(root: object): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return false;
    } else if (node !== null && typeof node === 'object') {
      if (depth > MAX_DEPTH) return false;
      for (const v of Object.values(node)) stack.push([v, depth + 1]);
    }
  }
  return true;
}

/** The file read by `yaml` with every problem placed on its line. */
function readFull(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const { doc, lines } = parseFull(text);
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => {
    const pos = lines.linePos(offset);
    problems.push({ file, path: '', line: pos.line, column: pos.col, message });
  };
  // A key followed by a full-width colon is the likeliest slip of a Chinese keyboard; when the file
  // does not read as a record, say so on its line (in a file that reads, such a line is text).
  const colonLines = new Set<number>();
  if (doc.errors.length || !isMap(doc.contents)) {
    let offset = 0;
    for (const line of text.split('\n')) {
      const m = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*)\s*：/.exec(line);
      if (m) {
        colonLines.add(lines.linePos(offset).line);
        at(offset + m[1]!.length, inputMessages.yaml.fullWidthColon(m[2]!));
      }
      offset += line.length + 1;
    }
  }
  for (const err of doc.errors) {
    // The parser recurses per level; a stack overflow means absurd nesting, and one message says so.
    if (/call stack/i.test(err.message)) {
      if (!problems.some((p) => p.message === TOO_DEEP)) at(err.pos[0], TOO_DEEP);
      continue;
    }
    if (colonLines.has(lines.linePos(err.pos[0]).line) || colonLines.has(lines.linePos(err.pos[0]).line - 1)) continue;
    const message = syntaxMessage(err.code, err.message);
    at(err.pos[0], err.code === 'DUPLICATE_KEY' ? message : inputMessages.yaml.syntax(message));
  }
  if (problems.length) return { problems };
  if (!isMap(doc.contents)) return fail(file, inputMessages.yaml.notMap);
  const deep = tooDeep(doc.contents);
  if (deep !== undefined) {
    const pos = lines.linePos(deep);
    return fail(file, TOO_DEEP, pos.line, pos.col);
  }
  for (const [node, message] of notPlain(doc)) at(node, message);
  if (problems.length) return { problems };
  return { source: { file, data: doc.toJS({ maxAliasCount: 0 }), doc, lines }, problems: [] };
}

function fail(file: string, message: string, line?: number, column?: number): { problems: Problem[] } {
  return { problems: [{ file, path: '', message, line, column }] };
}

/** The Chinese message for a `yaml` error code. */
function syntaxMessage(code: string, message: string): string {
  const m = inputMessages.yaml;
  switch (code) {
    case 'DUPLICATE_KEY':
      return m.duplicateKey;
    case 'TAB_AS_INDENT':
      return m.tabIndent;
    case 'BAD_INDENT':
      return /flow/i.test(message) ? m.flow : m.badIndent;
    case 'MISSING_CHAR':
      return /quote/i.test(message) ? m.missingQuote : /flow|[\]}]/.test(message) ? m.flow : m.missingColon;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m.missingColon;
    case 'MULTIPLE_DOCS':
      return m.multipleDocuments;
    default:
      return m.other;
  }
}

/**
 * Offset and message of the first use of each construct plain data does not use (anchor, alias,
 * tag, merge key, .nan/.inf), with how many more the file has: a billion-laughs file gets a few
 * lines, not thousands.
 */
function notPlain(doc: Document): [number, string][] {
  const found = new Map<string, { at: number; message: string; count: number }>();
  const add = (kind: string, at: number, message: string) => {
    const prior = found.get(kind);
    if (prior) prior.count++;
    else found.set(kind, { at, message, count: 1 });
  };
  const m = inputMessages.yaml;
  visit(doc, (key, node) => {
    if (isAlias(node)) return void add('alias', node.range?.[0] ?? 0, m.alias(node.source));
    if (!isNode(node)) return;
    const start = node.range?.[0] ?? 0;
    if (node.anchor) add('anchor', start, m.anchor(node.anchor));
    if (node.tag) add('tag', start, m.tag(node.tag.replace(/^tag:yaml\.org,2002:/, '!!')));
    if (isScalar(node)) {
      if (key === 'key' && node.value === '<<') add('merge', start, m.merge);
      else if (typeof node.value === 'number' && !Number.isFinite(node.value)) add('number', start, m.notFinite(node.source ?? String(node.value)));
    }
  });
  return [...found.values()].map((f) => [f.at, f.count > 1 ? `${f.message}${m.more(f.count - 1)}` : f.message]);
}

/** Reused: a fatal decoder keeps no state between whole-buffer decodes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The document with positions, parsed exactly as every file once was. */
function parseFull(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }), lines };
}

/** A source whose document is parsed from `text` on first use; a class, so 100,000 of them share one shape and their getters. */
class LazySource implements YamlSource {
  file: string;
  data: unknown;
  #text: string;
  #full?: { doc: Document; lines: LineCounter };

  constructor(file: string, text: string, data: unknown) {
    this.file = file;
    this.data = data;
    this.#text = text;
  }

  get doc(): Document {
    return (this.#full ??= parseFull(this.#text)).doc;
  }

  get lines(): LineCounter {
    return (this.#full ??= parseFull(this.#text)).lines;
  }
}

/** Offset of the first node nested deeper than MAX_DEPTH under `root`, or undefined; iterative, so it cannot overflow. */
function tooDeep(root: unknown): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) return node.range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Line and column of the field at `path` in `source`, or of its nearest existing parent. */
export function locate(source: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = source.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      // Point at the key of a mapping pair when the path ends in a field name, so "unknown key" lands on the key.
      const pos = source.lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}
