/**
 * Every user-facing string is in src/i18n/: the pipeline's own lines (a stopped build, the rules
 * that wait for other fixes) are in src/i18n/zh-cn-validation.ts, and the pipeline writes no Chinese
 * of its own.
 */
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

describe('strings of the pipeline', () => {
  it('finds a Chinese literal when the pipeline writes one', () => {
    expect(chineseLiterals('x.ts', "throw new Error(`内容校验未通过：\\n${lines}`); const s = validationMessages.pipeline.stopped;")).toEqual(['x.ts:1 内容校验未通过：\n']);
  });

  it('leaves no Chinese string in src/pipeline/', () => {
    expect(sourceFiles('src/pipeline').length).toBeGreaterThan(5);
    expect(chineseLiteralsIn('src/pipeline')).toEqual([]);
  });
});
