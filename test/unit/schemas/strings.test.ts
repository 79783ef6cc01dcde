/**
 * The schemas hold no sentence a clerk or a citizen reads: their messages are codes
 * (src/schemas/messages.ts) worded in src/i18n/zh-cn-schema-messages.ts, and the names of their
 * values, kinds and stages are in src/i18n/zh-cn-schema-labels.ts. Two kinds of Chinese stay:
 * - field documentation, the `.meta()` / `.describe()` titles and descriptions (and a schema's own,
 *   registered with `.register(z.globalRegistry, …)`) that the JSON Schemas and the editor publish
 *   beside the fields they document;
 * - the record vocabulary, values a clerk writes in the records as they are (`level: 正科级`,
 *   `gender: 男`), declared once as the named constants below.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

const DOCUMENTING = new Set(['meta', 'describe']);

/** The literal is inside an argument of `.meta(…)` or `.describe(…)`, or the metadata of `.register(z.globalRegistry, …)`. */
function fieldDocumentation(node: ts.Node): boolean {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || !n.arguments.includes(child as ts.Expression)) continue;
    const method = n.expression.name.text;
    if (DOCUMENTING.has(method)) return true;
    if (method === 'register' && n.arguments[1] === child && n.arguments[0]!.getText() === 'z.globalRegistry') return true;
  }
  return false;
}

/** The constants whose values are written in the records as they are. */
const RECORD_VOCABULARY = new Set(['UNIT_TYPES', 'LEVELS', 'TEAM_ROLES', 'REPORT_FORMS', 'AUDIT_KINDS', 'NO_AUDIT', 'GENDERS']);

/** The literal is the value, or an element of the `[…] as const` value, of one of the record-vocabulary constants. */
function recordVocabulary(node: ts.Node): boolean {
  let n = node.parent;
  if (ts.isArrayLiteralExpression(n)) n = n.parent;
  if (ts.isAsExpression(n)) n = n.parent;
  return ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && RECORD_VOCABULARY.has(n.name.text) && ts.isVariableDeclarationList(n.parent) && (n.parent.flags & ts.NodeFlags.Const) !== 0;
}

const allowed = (node: ts.Node) => fieldDocumentation(node) || recordVocabulary(node);

describe('strings of the schemas', () => {
  it('finds a message, a label or a template written in a schema, and lets documentation and record values through', () => {
    const code = [
      "const a = z.string({ error: '应为文字' }).meta({ title: '姓名', description: `全称，例如 ${x}` });",
      "export const STATUS = { appointed: '已任职' } as const;",
      "const b = z.number().describe('分数');",
      "const c = z.enum(['男', '女']);",
      "export const GENDERS = ['男', '女'] as const;",
      "let LEVELS = ['正科级'];",
      "S.register(z.globalRegistry, { title: '单位' }); S.register(other, { title: '别处' });",
      "ctx.addIssue({ code: 'custom', message: `职位编号 ${id} 重复` });",
    ].join('\n');
    expect(chineseLiterals('x.ts', code, allowed)).toEqual([
      'x.ts:1 应为文字',
      'x.ts:2 已任职',
      'x.ts:4 男',
      'x.ts:4 女',
      'x.ts:6 正科级',
      'x.ts:7 别处',
      'x.ts:8 职位编号  重复',
    ]);
  });

  it('leaves no Chinese string in src/schemas/ but field documentation and the record vocabulary', () => {
    expect(sourceFiles('src/schemas').length).toBeGreaterThan(20);
    expect(chineseLiteralsIn('src/schemas', [], allowed)).toEqual([]);
  });
});
