import { describe, expect, it } from 'vitest';
import { stableDigest, stableJson } from '../../../src/domain/stable-digest.ts';

describe('stable digest of a page key', () => {
  it('follows the order of object keys, as a page listing them would, and leaves undefined members out', () => {
    expect(stableJson({ b: 1, a: [2, { d: 'x', c: undefined }] })).toBe('{"b":1,"a":[2,{"d":"x"}]}');
    expect(stableDigest({ a: 1, b: 2 })).toBe(stableDigest({ a: 1, b: 2 }));
    expect(stableDigest({ a: 1, b: 2 })).not.toBe(stableDigest({ b: 2, a: 1 }));
  });

  it('sees into Maps and Sets, which JSON would write as {}', () => {
    expect(stableDigest(new Map([['k', 1]]))).not.toBe(stableDigest(new Map([['k', 2]])));
    expect(stableDigest(new Set(['a']))).not.toBe(stableDigest(new Set(['b'])));
    expect(stableJson(new Map([['k', new Set([1])]]))).toBe('{"$map":[["k",{"$set":[1]}]]}');
    expect(stableJson({ m: new Map([['k', { v: [1n] }]]) })).toBe('{"m":{"$map":[["k",{"v":["1n"]}]]}}');
  });

  it('tells its parts apart, and values JSON would merge, and refuses what it cannot see into', () => {
    expect(stableDigest('ab', 'c')).not.toBe(stableDigest('a', 'bc'));
    expect(stableDigest(null)).not.toBe(stableDigest('null'));
    expect(stableDigest(Infinity)).not.toBe(stableDigest(null));
    expect(stableJson(undefined)).toBe('null');
    expect(stableJson(new Date(Date.UTC(2026, 10, 20)))).toBe('"2026-11-20T00:00:00.000Z"');
    expect(() => stableJson({ f: () => 1 })).toThrow('function');
    expect(() => stableJson([Symbol('s')])).toThrow('symbol');
  });
});
