import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';
import { RoundSchema } from '../../../src/schemas/round.ts';

describe('round schema', () => {
  it('rejects two positions with the same key', () => {
    const r = example('rounds') as { positions: Record<string, unknown>[] };
    r.positions.push({ ...r.positions[0] });
    expect(issues('rounds', r)).toContain('positions[1].id: 职位编号p1重复');
  });
  it('defaults a position to one vacancy without full-committee vote', () => {
    const p = RoundSchema.parse(example('rounds')).positions[0]!;
    expect(p).toMatchObject({ count: 1, fullCommitteeVote: false, unitHead: false, probation: false });
  });
  it('names the allowed levels', () => {
    const r = example('rounds') as { positions: Record<string, unknown>[] };
    r.positions[0]!.level = '处级';
    expect(issues('rounds', r).join()).toContain('职级应为：正厅级');
  });
  it('needs at least one published standard', () => {
    const r = example('rounds');
    r.standards = [];
    expect(issues('rounds', r)).toContain('standards: 至少一条选任标准');
  });
});
