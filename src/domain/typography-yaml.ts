/**
 * Typography of a content file: every Chinese string value checked by the house rules
 * (typography.ts), reported as a warning with file, line, field and the corrected text, and fixed
 * in place by rewriting only that value's characters, so comments, key order and quoting stay as
 * the clerk wrote them.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node } from 'yaml';
import { formatPath, type Problem } from './problem.ts';
import { checkTypography, describeFix } from './typography.ts';
import { typographyUi } from '../i18n/zh-cn-typography.ts';

/** One string value whose typography is off. */
interface Finding {
  problem: Problem;
  /** Source offsets of the value and its corrected source text. */
  start: number;
  end: number;
  replacement: string;
}

/** Warnings for every Chinese string value of `text` (the content of `file`). */
export function lintYamlTypography(file: string, text: string): Problem[] {
  return findings(file, text).map((f) => f.problem);
}

/** `text` with every fixable value corrected, and how many values changed. */
export function fixYamlTypography(file: string, text: string): { text: string; fixed: number } {
  const found = findings(file, text).sort((a, b) => b.start - a.start);
  let out = text;
  for (const f of found) out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  return { text: out, fixed: found.length };
}

function findings(file: string, text: string): Finding[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  if (doc.errors.length) return []; // the shape check reports syntax errors; nothing to judge here
  const out: Finding[] = [];
  const walk = (node: Node | null | undefined, path: (string | number)[]): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value as Node, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const { fixed, issues } = checkTypography(node.value);
      if (!issues.length) return;
      const [start, end] = node.range;
      const pos = lines.linePos(start);
      out.push({
        problem: { file, path: formatPath(path), line: pos.line, column: pos.col, message: describeFix(node.value, fixed, issues) + typographyUi.fixHint },
        start,
        end,
        replacement: sourceOf(node, fixed, text.slice(start, end)),
      });
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

/** The corrected value written in the value's own style when that reads back the same; otherwise double-quoted. */
function sourceOf(node: Scalar, fixed: string, original: string): string {
  const single = !original.includes('\n');
  const candidates: string[] = [];
  if (single && node.type === Scalar.PLAIN) candidates.push(fixed);
  if (single && node.type === Scalar.QUOTE_SINGLE) candidates.push(`'${fixed.replaceAll("'", "''")}'`);
  candidates.push(JSON.stringify(fixed));
  for (const c of candidates) {
    const back = parseDocument(`v: ${c}\n`);
    if (!back.errors.length && back.get('v') === fixed) return c;
  }
  return JSON.stringify(fixed);
}
