import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/schemas/common.ts';
import { SCHEMAS, NOTICE_KINDS, STAGES, stageOf } from '../../../src/schemas/index.ts';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('every record kind', () => {
  it.each(KINDS)('accepts the named example of %s', (kind) => {
    expect(issues(kind, example(kind))).toEqual([]);
  });

  it.each(KINDS)('rejects an unknown key in %s, so private fields cannot slip in', (kind) => {
    const data = { ...example(kind), idNumber: '110101199003071234' };
    const r = SCHEMAS[kind].safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('idNumber'))).toBe(true);
  });

  it('places every notice kind in exactly one stage', () => {
    for (const kind of NOTICE_KINDS) {
      const stages = Object.values(STAGES).filter((s) => (s.kinds as readonly string[]).includes(kind));
      expect(stages, kind).toHaveLength(1);
      expect(stageOf(kind)).toBeTruthy();
    }
  });
});
