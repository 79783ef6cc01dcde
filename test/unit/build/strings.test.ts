/**
 * Every user-facing string of the build steps is in src/i18n/: the checks of the built site
 * (zh-cn-checks.ts), the search indexer's failures (same file) and the titles and descriptions
 * of the published JSON Schemas (zh-cn-schema-docs.ts), which editors show clerks next to each
 * field. The steps pass tag names, addresses and counts and write no Chinese of their own.
 */
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';

describe('strings of the build steps', () => {
  it('finds a Chinese literal when a build step writes one', () => {
    expect(chineseLiterals('x.ts', "const a = { description: '记录类别' }; const b = `<${tag}> 之后`; const c = 'script-src';")).toEqual(['x.ts:1 记录类别', 'x.ts:1 <> 之后']);
  });

  it('leaves no Chinese string in src/build/: every message and schema description comes from src/i18n/', () => {
    expect(sourceFiles('src/build').length).toBeGreaterThan(10);
    expect(chineseLiteralsIn('src/build')).toEqual([]);
  });
});
