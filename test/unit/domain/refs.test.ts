import { describe, expect, it } from 'vitest';
import { findRefs } from '../../../src/domain/refs.ts';
import { z } from 'zod';
import { ref } from '../../../src/schemas/common.ts';
import { DecisionSchema } from '../../../src/schemas/decision.ts';
import { example } from '../../fixtures/examples.ts';

describe('finding references', () => {
  it('finds references in nested objects and arrays with their paths', () => {
    const refs = findRefs(DecisionSchema, DecisionSchema.parse(example('decisions')));
    expect(refs.map((r) => `${r.path.join('.')}→${r.target}:${r.id}`)).toEqual([
      'round→rounds:r1',
      'body→bodies:swcwh',
      'present.0→people:li-ming',
      'reportedBy→people:li-ming',
      'items.0.person→people:lin-xc',
      'items.0.position→position:p1',
    ]);
  });
  it('skips optional references that are absent', () => {
    const refs = findRefs(DecisionSchema, DecisionSchema.parse(example('decisions')));
    expect(refs.some((r) => r.path[0] === 'issuer')).toBe(false);
  });
  it('finds references behind optional fields and in lists of objects, in field order', () => {
    const schema = z.object({ note: z.string(), list: z.array(z.object({ text: z.string(), who: ref('people') })).optional(), unit: ref('units') });
    const refs = findRefs(schema, { note: 'x', list: [{ text: 'a', who: 'p1' }, { text: 'b', who: 'p2' }], unit: 'u1' });
    expect(refs).toEqual([
      { path: ['list', 0, 'who'], target: 'people', id: 'p1' },
      { path: ['list', 1, 'who'], target: 'people', id: 'p2' },
      { path: ['unit'], target: 'units', id: 'u1' },
    ]);
  });
});
