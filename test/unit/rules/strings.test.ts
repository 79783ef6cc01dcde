/**
 * Every user-facing string is in src/i18n/: the rules pass numbers, names and dates to the
 * dictionaries (src/i18n/zh-cn-rule-evidence.ts) and write no Chinese of their own. The sections of
 * the supervision measures a rule adopts (`measures('一(三)2')`) are provenance for maintainers,
 * never shown, and stay beside the rule.
 */
import { describe, expect, it } from 'vitest';
import { argumentOf, chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

const provenance = (node: Parameters<typeof argumentOf>[0]) => argumentOf(node, 'measures');

describe('strings of the rules', () => {
  it('finds a Chinese literal when a rule writes one', () => {
    expect(chineseLiterals('x.ts', "const a = measures('一(三)2'); const b = `公示期 ${from} 开始`; const c = key(x);", provenance)).toEqual(['x.ts:1 公示期  开始']);
  });

  it('leaves no Chinese string in src/rules/: every sentence a rule says comes from src/i18n/', () => {
    expect(sourceFiles('src/rules').length).toBeGreaterThan(10);
    expect(chineseLiteralsIn('src/rules', [], provenance)).toEqual([]);
  });
});
