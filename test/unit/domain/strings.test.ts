/**
 * Every user-facing string is in src/i18n/: the domain passes names, numbers, files and dates to
 * the dictionaries (zh-cn-validation.ts, zh-cn-input.ts, zh-cn-scaffold.ts, zh-cn-roles.ts) and
 * writes no Chinese of its own. One literal stays: the rare character that stands for a
 * substitution while the typography check reads a template (src/domain/typography.ts `HOLE`); it is
 * a placeholder inside the checker, never shown.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles, type Allowed } from '../../fixtures/chinese-literals.ts';

/** The initializer of `const HOLE = '…'` in src/domain/typography.ts, and nothing else. */
const typographyHole: Allowed = (node) => {
  const decl = node.parent;
  return ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.name.text === 'HOLE' && node.getSourceFile().fileName === 'src/domain/typography.ts';
};

describe('strings of the domain', () => {
  it('finds a Chinese literal in the domain, and lets only the typography checker’s placeholder through', () => {
    const code = "export const HOLE = '龘'; const other = '龘'; const m = `引用的${kind}不存在`;";
    expect(chineseLiterals('src/domain/typography.ts', code, typographyHole)).toEqual(['src/domain/typography.ts:1 龘', 'src/domain/typography.ts:1 引用的不存在']);
    // The same declaration in another file is not exempt.
    expect(chineseLiterals('src/domain/dates.ts', code, typographyHole)).toHaveLength(3);
  });

  it('leaves no Chinese string in src/domain/: every message a clerk reads comes from src/i18n/', () => {
    expect(sourceFiles('src/domain').length).toBeGreaterThan(15);
    expect(chineseLiteralsIn('src/domain', [], typographyHole)).toEqual([]);
  });
});
