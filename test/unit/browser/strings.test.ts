/**
 * Every user-facing string is in src/i18n/: the scripts the pages run in the browser (search,
 * verification, the window status) take their words from the dictionaries they import, which the
 * bundler carries into the page, and write no Chinese of their own.
 */
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

describe('strings of the browser scripts', () => {
  it('finds a Chinese literal when a script writes one', () => {
    expect(chineseLiterals('x.ts', "status.textContent = `共找到${n}条`; const q = 'q';")).toEqual(['x.ts:1 共找到条']);
  });

  it('leaves no Chinese string in src/browser/', () => {
    expect(sourceFiles('src/browser').length).toBeGreaterThan(3);
    expect(chineseLiteralsIn('src/browser')).toEqual([]);
  });
});
