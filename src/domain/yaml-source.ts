/**
 * Reading one YAML file defensively: encoding, BOM, empty files, syntax and duplicate keys all
 * become problems with a line and column, never exceptions.
 */
import { isCollection, isMap, isPair, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';
import { parseSimpleYaml } from './simple-yaml.ts';

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
const TOO_DEEP = `嵌套层数过多(上限 ${MAX_DEPTH} 层):记录只需几层“字段: 值”,请检查是否有多余的括号或缩进`;

/** Parse `bytes` of `file`, returning the source or the problems that stop it. */
export function readYaml(file: string, bytes: Uint8Array): { source?: YamlSource; problems: Problem[] } {
  const fail = (message: string, line?: number, column?: number): { problems: Problem[] } => ({
    problems: [{ file, path: '', message, line, column }],
  });
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(`文件过大(${bytes.byteLength} 字节,上限 ${MAX_FILE_BYTES}):一份记录不应这么大,请检查是否误粘贴了内容`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return fail('文件不是 UTF-8 编码(可能是 GBK):请在编辑器中以 UTF-8 编码另存');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) return fail('文件是空的:请填写记录内容,或删除这个文件');
  // Most files are plain records: read their data directly and build the document only if a message needs a position.
  const simple = parseSimpleYaml(text);
  if (simple !== undefined) return { source: new LazySource(file, text, simple), problems: [] };
  const { doc, lines } = parseFull(text);
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    const pos = lines.linePos(err.pos[0]);
    // The parser recurses per level; a stack overflow means absurd nesting, and one message says so.
    if (/call stack/i.test(err.message)) {
      if (!problems.some((p) => p.message === TOO_DEEP)) problems.push({ file, path: '', line: pos.line, column: pos.col, message: TOO_DEEP });
      continue;
    }
    problems.push({
      file,
      path: '',
      line: pos.line,
      column: pos.col,
      message: err.code === 'DUPLICATE_KEY' ? '同一字段写了两次:请删除其中一个' : `YAML 语法错误:${err.message.split('\n')[0]}(检查缩进、冒号后的空格和引号是否成对)`,
    });
  }
  if (problems.length) return { problems };
  if (!isMap(doc.contents)) return fail('记录应是“字段: 值”形式的映射,而不是列表或单个值');
  const deep = tooDeep(doc.contents);
  if (deep !== undefined) {
    const pos = lines.linePos(deep);
    return fail(TOO_DEEP, pos.line, pos.col);
  }
  return { source: { file, data: doc.toJS({ maxAliasCount: 100 }), doc, lines }, problems: [] };
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
