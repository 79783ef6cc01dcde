/**
 * Every user-facing string of the ledger is in src/i18n/ (zh-cn-ledger-check.ts): the problems
 * validation, the build and `npm run verify` report about ledger/, a witness's checks and the
 * key messages. The ledger passes line numbers, keys, file names and dates and writes no Chinese
 * of its own.
 */
import { describe, expect, it } from 'vitest';
import { chineseLiterals, chineseLiteralsIn, sourceFiles } from '../../fixtures/chinese-literals.ts';
import { SAMPLE_OPERATOR_PHRASE, SAMPLE_WITNESS_PHRASE } from '../../../src/ledger/sample-keys.ts';

/**
 * The sample's seed phrases (src/ledger/sample-keys.ts): SHA-256 of each is the seed of a
 * published sample key, so they are key material, never shown; changing a character changes
 * the sample's keys and every signature in ledger/. Allowed by their exact text only.
 */
const SEED_PHRASES = new Set([SAMPLE_OPERATOR_PHRASE, SAMPLE_WITNESS_PHRASE]);
const seedPhrase = (_node: unknown, text: string) => SEED_PHRASES.has(text);

describe('strings of the ledger', () => {
  it('finds a Chinese literal when the ledger writes one', () => {
    expect(chineseLiterals('x.ts', "const m = `第 ${line} 行不是合法的 JSON`; const k = 'seq';", seedPhrase)).toEqual(['x.ts:1 第  行不是合法的 JSON']);
  });

  it('leaves no Chinese string in src/ledger/ but the sample keys\' seed phrases', () => {
    expect(sourceFiles('src/ledger').length).toBeGreaterThan(10);
    expect(chineseLiteralsIn('src/ledger', [], seedPhrase)).toEqual([]);
  });
});
