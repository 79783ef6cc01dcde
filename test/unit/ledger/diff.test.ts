/** Field-by-field differences between two versions of a record. */
import { describe, expect, it } from 'vitest';
import { diffValues, showValue } from '../../../src/ledger/diff.ts';

describe('diffValues', () => {
  it('finds nothing between equal records, whatever their key order', () => {
    expect(diffValues({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('names a changed nested field by its path with both values', () => {
    expect(diffValues({ candidates: [{ post: '副局长' }] }, { candidates: [{ post: '党组成员、副局长' }] })).toEqual([
      { path: 'candidates[0].post', type: 'changed', before: '副局长', after: '党组成员、副局长' },
    ]);
  });

  it('reports added and removed fields', () => {
    expect(diffValues({ a: 1, b: 2 }, { a: 1, c: 3 })).toEqual([
      { path: 'b', type: 'removed', before: 2 },
      { path: 'c', type: 'added', after: 3 },
    ]);
  });

  it('reports one insertion into a list, not every later item as changed', () => {
    expect(diffValues({ s: ['甲', '乙', '丙'] }, { s: ['甲', '新', '乙', '丙'] })).toEqual([{ path: 's[1]', type: 'added', after: '新' }]);
  });

  it('reports a removal from a list at its old position', () => {
    expect(diffValues({ s: ['甲', '乙', '丙'] }, { s: ['甲', '丙'] })).toEqual([{ path: 's[1]', type: 'removed', before: '乙' }]);
  });

  it('pairs a replaced list item with its replacement and looks inside it', () => {
    expect(diffValues({ p: [{ id: 'p1', n: 1 }] }, { p: [{ id: 'p1', n: 2 }] })).toEqual([{ path: 'p[0].n', type: 'changed', before: 1, after: 2 }]);
  });

  it('reports a change of type as a change of the whole field', () => {
    expect(diffValues({ a: [1] }, { a: 'x' })).toEqual([{ path: 'a', type: 'changed', before: [1], after: 'x' }]);
  });
});

describe('showValue', () => {
  it('shows text as written and anything else as compact JSON', () => {
    expect(showValue('望川')).toBe('望川');
    expect(showValue({ from: '2026-01-01' })).toBe('{"from":"2026-01-01"}');
    expect(showValue(undefined)).toBe('');
  });
});
