/**
 * Every user-facing string is in src/i18n/: the view models take headings, labels, column headers
 * (zh-cn-open-data.ts), dates (zh-cn-dates.ts) and the marks that join the pieces of a fact
 * (ui.facts.comma, ui.facts.clauses) from the dictionaries, and write no Chinese of their own.
 * Punctuation that joins Chinese text counts too: a bare ',' or ';' between pieces is caught by the
 * half-width check below, since it has no Han character for the literal scan to see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, ROOT, sourceFiles } from '../../fixtures/chinese-literals.ts';

/** The field separator of the CSV files (RFC 4180), `fields.join(',')` in src/view/csv.ts: a format's comma, not punctuation. */
const csvSeparator = (file: string, node: ts.Node) => {
  const call = node.parent;
  return file === 'src/view/csv.ts' && (node as ts.StringLiteral).text === ',' && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'join';
};

/** `file:line` of every string literal that is exactly one half-width comma or semicolon (a joiner of Chinese pieces), except the CSV separator. */
function halfWidthJoiners(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^[,;]$/.test(node.text) && !csvSeparator(file, node))
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('strings of the view models', () => {
  it('finds a Chinese literal and a half-width joiner when a view model writes one', () => {
    expect(chineseLiterals('x.ts', "const a = [cert, '，', basis]; const b = `${y}年`; const c = t.title;")).toEqual(['x.ts:1 年']);
    const joins = "const a = [cert, ',', basis, ';', v]; const b = xs.join(';'); const c = 'a,b'; const d = cells.join(',');";
    expect(halfWidthJoiners('x.ts', joins)).toEqual(['x.ts:1 ,', 'x.ts:1 ;', 'x.ts:1 ;', 'x.ts:1 ,']);
    // Only the CSV writer may join with a comma, and only with join(): the same code there keeps its bare pieces flagged.
    expect(halfWidthJoiners('src/view/csv.ts', joins)).toEqual(['src/view/csv.ts:1 ,', 'src/view/csv.ts:1 ;', 'src/view/csv.ts:1 ;']);
  });

  it('leaves no Chinese string in src/view/: every word a citizen reads comes from src/i18n/', () => {
    expect(sourceFiles('src/view').length).toBeGreaterThan(20);
    expect(chineseLiteralsIn('src/view')).toEqual([]);
  });

  it('joins no pieces of Chinese text with a half-width comma or semicolon', () => {
    expect(sourceFiles('src/view').flatMap((f) => halfWidthJoiners(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
