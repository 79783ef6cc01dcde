/**
 * Every user-facing string is in src/i18n/: the rules pass numbers, names and dates to the
 * dictionaries (src/i18n/zh-cn-rule-evidence.ts) and write no Chinese of their own. The sections of
 * the supervision measures a rule adopts (`measures('一(三)2')`) are provenance for maintainers,
 * never shown, and stay beside the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Owned by the ledger's evidence (its own dictionary is src/i18n/zh-cn-ledger-evidence.ts), converted separately. */
const NOT_YET_MOVED = ['ledger-evidence.ts'];

/** The Chinese string and template literals of `code`, with their lines, except arguments of `measures(…)`. */
function chineseLiterals(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
    if (literal) {
      const parent = node.parent;
      const provenance = ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'measures';
      const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('') : node.text;
      if (!provenance && /\p{Script=Han}/u.test(text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('strings of the rules', () => {
  it('finds a Chinese literal when a rule writes one', () => {
    expect(chineseLiterals('x.ts', "const a = measures('一(三)2'); const b = `公示期 ${from} 开始`; const c = key(x);")).toEqual(['x.ts:1 公示期  开始']);
  });

  it('leaves no Chinese string in src/rules/: every sentence a rule says comes from src/i18n/', () => {
    const dir = join(ROOT, 'src/rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_YET_MOVED.includes(f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => chineseLiterals(`src/rules/${f}`, readFileSync(join(dir, f), 'utf8')))).toEqual([]);
  });
});
