/**
 * Typography of the UI strings written in TypeScript (src/i18n/): every string and template
 * literal with Chinese in it, checked by the house rules (domain/typography.ts) and fixed in place.
 * A template's `${…}` parts are replaced by a placeholder while checking, so `共 ${n} 条` is judged
 * as the sentence a reader sees (“共74条”), and written back around the same expressions.
 */
import ts from 'typescript';
import { checkTypography, describeFix, hasChinese, HOLE } from '../domain/typography.ts';

/** One string literal whose typography is off. */
export interface SourceFinding {
  file: string;
  line: number;
  column: number;
  /** Where the string sits in the dictionary, e.g. home.statement; '' outside an object. */
  path: string;
  /** The literal's text as written (templates with `${…}`). */
  text: string;
  fixed: string;
  message: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Every Chinese string literal of `code` (the TypeScript source of `file`) whose typography is off. */
export function lintSourceTypography(file: string, code: string): SourceFinding[] {
  return scan(file, code).findings;
}

/** `code` with every such literal corrected, and how many literals changed. */
export function fixSourceTypography(file: string, code: string): { code: string; fixed: number } {
  const { edits } = scan(file, code);
  let out = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, fixed: edits.length };
}

function scan(file: string, code: string): { findings: SourceFinding[]; edits: Edit[] } {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: SourceFinding[] = [];
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    const parts = literalParts(node, source);
    if (parts) check(node, parts);
    // Expressions inside `${…}` may hold strings of their own; a template's own pieces are done.
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
    else if (!parts) ts.forEachChild(node, visit);
  };
  const check = (node: ts.Node, parts: { start: number; end: number; raw: string }[]): void => {
    const joined = parts.map((p) => p.raw).join(HOLE);
    // Only literals with Chinese of their own are prose. Escapes would need cooking and re-escaping;
    // UI strings do not use them, so they are left alone.
    if (!parts.some((p) => hasChinese(p.raw)) || joined.includes('\\')) return;
    const { fixed, issues } = checkTypography(joined);
    if (!issues.length) return;
    const pieces = fixed.split(HOLE);
    const { line, character } = source.getLineAndCharacterOfPosition(parts[0]!.start);
    const shown = (s: string) => s.replaceAll(HOLE, '${…}');
    findings.push({ file, path: keyPath(node), line: line + 1, column: character + 1, text: shown(joined), fixed: shown(fixed), message: describeFix(shown(joined), shown(fixed), issues) });
    if (pieces.length !== parts.length) return; // the placeholder was split or merged: report, never guess
    parts.forEach((p, i) => {
      if (pieces[i] !== p.raw) edits.push({ start: p.start, end: p.end, text: pieces[i]! });
    });
  };
  visit(source);
  return { findings, edits };
}

/** The raw text pieces (between quotes, between `${…}`) of a string or template literal, with their offsets. */
function literalParts(node: ts.Node, source: ts.SourceFile): { start: number; end: number; raw: string }[] | undefined {
  const inner = (n: ts.Node, open: number, close: number) => {
    const start = n.getStart(source) + open;
    const end = n.getEnd() - close;
    return { start, end, raw: source.text.slice(start, end) };
  };
  if (ts.isStringLiteral(node)) {
    // Property names and import paths are code, not text.
    if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return undefined;
    if (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isLiteralTypeNode(node.parent)) return undefined;
    return [inner(node, 1, 1)];
  }
  if (ts.isNoSubstitutionTemplateLiteral(node)) return [inner(node, 1, 1)];
  if (ts.isTemplateExpression(node)) {
    const parts = [inner(node.head, 1, 2)];
    for (const span of node.templateSpans) {
      const lit = span.literal;
      parts.push(inner(lit, 1, ts.isTemplateTail(lit) ? 1 : 2));
    }
    return parts;
  }
  return undefined;
}

/** The chain of property names from the outermost object down to `node`: `home.statement`. */
function keyPath(node: ts.Node): string {
  const keys: string[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) keys.unshift(n.name.text);
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) keys.unshift(n.name.text);
  }
  return keys.join('.');
}
