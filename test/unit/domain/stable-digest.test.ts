import { describe, expect, it } from 'vitest';
import { stableDigest, stableJson } from '../../../src/domain/stable-digest.ts';

describe('stable digest of a page key', () => {
  it('does not depend on the order of object keys, and leaves undefined members out', () => {
    expect(stableJson({ b: 1, a: [2, { d: 'x', c: undefined }] })).toBe('{"a":[2,{"d":"x"}],"b":1}');
    expect(stableDigest({ a: 1, b: 2 })).toBe(stableDigest({ b: 2, a: 1 }));
  });

  it('sees into Maps and Sets, which JSON would write as {}', () => {
    expect(stableDigest(new Map([['k', 1]]))).not.toBe(stableDigest(new Map([['k', 2]])));
    expect(stableDigest(new Set(['a']))).not.toBe(stableDigest(new Set(['b'])));
    expect(stableJson(new Map([['k', new Set([1])]]))).toBe('{"$map":[["k",{"$set":[1]}]]}');
  });

  it('tells its parts apart and refuses what it cannot see into', () => {
    expect(stableDigest('ab', 'c')).not.toBe(stableDigest('a', 'bc'));
    expect(stableDigest(null)).not.toBe(stableDigest('null'));
    expect(() => stableJson({ f: () => 1 })).toThrow('function');
  });
});
