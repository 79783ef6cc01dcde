/**
 * Every user-facing string is in src/i18n/: the editor's hints and the texts of a drafted
 * correction are in src/i18n/zh-cn-admin.ts, and src/admin/ writes no Chinese of its own.
 */
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

describe('strings of the editor', () => {
  it('finds a Chinese literal when the editor writes one', () => {
    expect(chineseLiterals('x.ts', "const to = b?.text ?? '（无）'; const hint = adminUi.positionRef;")).toEqual(['x.ts:1 （无）']);
  });

  it('leaves no Chinese string in src/admin/', () => {
    expect(sourceFiles('src/admin').length).toBeGreaterThan(2);
    expect(chineseLiteralsIn('src/admin')).toEqual([]);
  });
});
