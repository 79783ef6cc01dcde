/** RFC 8785 canonical JSON, checked against the RFC's own examples. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalize, sameCanonical } from '../../../src/ledger/jcs.ts';
import { propertyOptions } from '../../fixtures/property.ts';

/** The IEEE-754 double with these 64 bits (hex). */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalize', () => {
  // RFC 8785 Appendix B.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double with bits %s as %s', (bits, text) => {
    expect(canonicalize(fromBits(bits))).toBe(text);
  });

  it.each([['7fffffffffffffff'], ['7ff0000000000000'], ['fff0000000000000']])('rejects NaN and infinities (bits %s)', (bits) => {
    expect(() => canonicalize(fromBits(bits))).toThrow(/JCS: \$ is/);
  });

  it('serialises the RFC 8785 §3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    const out = canonicalize(input);
    expect(out).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
    // RFC 8785 §3.2.4: the UTF-8 bytes that get hashed.
    const hex = `7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
      5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
      5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`;
    expect(Buffer.from(out, 'utf8').toString('hex')).toBe(hex.replace(/\s+/g, ''));
  });

  it('sorts keys by UTF-16 code units as in RFC 8785 §3.2.3', () => {
    const input = JSON.parse('{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}');
    // Read the order from the text: parsing it back would move the integer-like key "1" first.
    const order = [...canonicalize(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(order).toEqual(['Carriage Return', 'One', 'Control', 'Latin Small Letter O With Diaeresis', 'Euro Sign', 'Emoji: Grinning Face', 'Hebrew Letter Dalet With Dagesh']);
  });

  it('orders "10" before "9" as strings, not numbers', () => {
    expect(canonicalize({ 9: 'a', 10: 'b' })).toBe('{"10":"b","9":"a"}');
  });

  it('escapes control characters in lower-case hex and leaves non-ASCII as UTF-8', () => {
    expect(canonicalize('\u0001\u001f\b\t\n\f\r"\\/望')).toBe('"\\u0001\\u001f\\b\\t\\n\\f\\r\\"\\\\/望"');
  });

  it('sorts nested objects and keeps array order', () => {
    expect(canonicalize({ b: [3, { z: 1, a: 2 }], a: { y: null, x: true } })).toBe('{"a":{"x":true,"y":null},"b":[3,{"a":2,"z":1}]}');
  });

  it('rejects a lone surrogate', () => {
    expect(() => canonicalize({ a: '\ud800' })).toThrow(/unpaired surrogate/);
  });

  it('names where a rejected value sits, however deep', () => {
    expect(() => canonicalize({ a: [1, { b: Number.NaN }] })).toThrow('JCS: $.a[1].b is NaN');
  });

  it('rejects undefined, dates and other non-JSON values', () => {
    expect(() => canonicalize({ a: undefined })).toThrow(/undefined/);
    expect(() => canonicalize({ a: new Date(0) })).toThrow(/Date/);
    expect(() => canonicalize(10n)).toThrow(/bigint/);
  });
});

/** RFC 8785 built the plainest way: sort every object's keys, write each value by hand. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

describe('canonicalize on any JSON value', () => {
  // Keys the engine lists out of insertion order ("10" before "9", integer-like first), __proto__,
  // and orders already sorted (the log's data) or not (a YAML record's).
  const key = fc.oneof(fc.string(), fc.constantFrom('9', '10', '01', '1a', '__proto__', 'a', 'b', 'é', '\u{1F600}', ''));
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.array(tie('v')), fc.dictionary(key, tie('v'))),
  })).v;

  it('is the reference text, whether or not keys arrive in order', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalize(v)).toBe(reference(v));
        // The same value as the log holds it: parsed back from its canonical text, keys in order.
        expect(canonicalize(JSON.parse(reference(v)))).toBe(reference(v));
      }),
      propertyOptions(500),
    );
  });

  it('rejects a lone surrogate or undefined wherever it sits, in sorted or unsorted objects', () => {
    for (const bad of [{ a: 1, b: '\uD800' }, { b: '\uD800', a: 1 }, { a: [1, { z: undefined }] }, { z: 1, a: [{ y: 1, x: undefined }] }, { '\uDC00': 1 }])
      expect(() => canonicalize(bad)).toThrow(/JCS: \$/);
  });
});

describe('sameCanonical', () => {
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.constantFrom(0, -0, 1, 1.5), fc.constantFrom('a', 'b', ''), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', '9', '10'), tie('v'), { maxKeys: 3 })),
  })).v;

  it('is true exactly when the canonical texts are equal, keys in any order', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameCanonical(a, b)).toBe(canonicalize(a) === canonicalize(b));
        // The log's copy of a record: its canonical text parsed back, keys in order.
        expect(sameCanonical(a, JSON.parse(canonicalize(a)))).toBe(true);
      }),
      propertyOptions(1000),
    );
  });

  it('is false for what canonicalize refuses, even when both sides hold the same value', () => {
    const date = new Date(0);
    for (const v of [NaN, Infinity, undefined, '\uD800', date, { a: undefined }, [undefined], { '\uDC00': 1 }]) expect(sameCanonical(v, v)).toBe(false);
  });
});
