import { describe, expect, it } from 'vitest';
import { CODE_PREFIXES, findCodeClashes, isCodedKind, normalizeReferenceCode, referenceCode, referenceCodeOfKey } from '../../../src/domain/reference-code.ts';

describe('reference codes', () => {
  it('is a two-letter kind prefix, a hyphen and eight Crockford base32 characters', () => {
    expect(referenceCode('publicities', '2026-jtj-fjz-gs')).toMatch(/^GS-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(referenceCode('rounds', '2026-jtj-fjz')).toMatch(/^XB-[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('never changes for a published record (the scheme is pinned)', () => {
    // Codes are printed on notices and quoted by callers; changing the hash or alphabet would orphan them.
    expect(referenceCode('publicities', 'gs-1')).toBe('GS-XTQ2MSWX');
    expect(referenceCode('rounds', 'r1')).toBe(referenceCode('rounds', 'r1'));
  });

  it('differs between kinds for the same ID and between IDs of the same kind', () => {
    expect(referenceCode('publicities', 'x').slice(3)).not.toBe(referenceCode('appointments', 'x').slice(3));
    expect(referenceCode('publicities', 'a')).not.toBe(referenceCode('publicities', 'b'));
  });

  it('gives every coded kind its own prefix', () => {
    const prefixes = Object.values(CODE_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('reads a record key kind/id, and has no code for kinds without one', () => {
    expect(referenceCodeOfKey('publicities/gs-1')).toBe(referenceCode('publicities', 'gs-1'));
    expect(referenceCodeOfKey('people/lin-xc')).toBeUndefined();
    expect(referenceCodeOfKey('nonsense')).toBeUndefined();
    expect(isCodedKind('corrections')).toBe(true);
    expect(isCodedKind('units')).toBe(false);
  });

  it('tidies a code as a caller types it: case, spaces, hyphens and look-alike letters', () => {
    const code = referenceCode('publicities', 'gs-1');
    expect(normalizeReferenceCode(code.toLowerCase())).toBe(code);
    expect(normalizeReferenceCode(` ${code.replace('-', ' ')} `)).toBe(code);
    expect(normalizeReferenceCode('GS-0O1IL000')).toBe('GS-00111000');
  });

  it('rejects what cannot be a code', () => {
    expect(normalizeReferenceCode('GS-123')).toBeUndefined();
    expect(normalizeReferenceCode('QQ-12345678')).toBeUndefined();
    expect(normalizeReferenceCode('GS-1234567U')).toBeUndefined();
  });

  it('finds no clash among twenty thousand notices of one kind', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `publicities/2026-unit-${i}-gs`);
    expect(findCodeClashes(keys)).toEqual([]);
  });

  it('reports keys that share a code', () => {
    expect(findCodeClashes(['publicities/a', 'publicities/a', 'rounds/a'])).toEqual([{ code: referenceCode('publicities', 'a'), keys: ['publicities/a', 'publicities/a'] }]);
  });
});
