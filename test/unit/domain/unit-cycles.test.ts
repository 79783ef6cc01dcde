/** Hostile corpus, unit hierarchy: a parent chain that loops is refused at every unit in the loop, each named. */
import { describe, expect, it } from 'vitest';
import { unitCycles } from '../../../src/domain/unit-cycles.ts';
import type { Entry } from '../../../src/domain/entry.ts';
import { datasetProblems } from '../../fixtures/dataset-problems.ts';

const unit = (name: string, parent?: string) => ({ name, type: '政府部门', ...(parent ? { parent } : {}) });
const entries = (parents: Record<string, string | undefined>) =>
  new Map(Object.entries(parents).map(([id, parent]) => [id, { kind: 'units', id, file: `content/units/${id}.yaml`, data: { name: id, type: '政府部门', parent } } as Entry<'units'>]));
const ids = (parents: Record<string, string | undefined>) => unitCycles(entries(parents)).map((c) => c.map((u) => u.id));

describe('unit parent cycles', () => {
  it.each([
    ['a unit that is its own parent', { a: 'a' }, [['a']]],
    ['two units each the parent of the other', { a: 'b', b: 'a' }, [['a', 'b']]],
    ['a loop of three', { c: 'a', a: 'b', b: 'c' }, [['a', 'b', 'c']]],
    ['a loop with a tail leading into it', { t: 'a', a: 'b', b: 'a' }, [['a', 'b']]],
    ['two separate loops', { a: 'b', b: 'a', x: 'y', y: 'x' }, [['a', 'b'], ['x', 'y']]],
    ['a loop of ten', Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`u${i}`, `u${(i + 1) % 10}`])), [['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']]],
  ])('finds %s', (_name, parents, expected) => {
    expect(ids(parents)).toEqual(expected);
  });

  it.each([
    ['a chain', { a: 'b', b: 'c', c: undefined }],
    ['a tree', { a: 'r', b: 'r', c: 'a', r: undefined }],
    ['a parent that does not exist', { a: 'gone' }],
  ])('finds none in %s', (_name, parents) => {
    expect(ids(parents)).toEqual([]);
  });

  it('walks a long chain of 100,000 units without recursion', () => {
    const parents = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`u${i}`, i === 0 ? undefined : `u${i - 1}`]));
    expect(ids(parents)).toEqual([]);
  });

  it('refuses a two-unit loop at both units, naming each unit with its file, line and field', () => {
    const problems = datasetProblems({ 'units/swzzb.yaml': unit('中共望川市委组织部', 'jtj'), 'units/jtj.yaml': unit('望川市交通运输局', 'swzzb') });
    const message = '上级单位形成循环：“望川市交通运输局”（jtj） → “中共望川市委组织部”（swzzb） → “望川市交通运输局”（jtj）。单位不能是自己的上级：请把其中一个单位的parent改为它真正的上级单位，没有上级的删去parent';
    expect(problems).toEqual([
      { file: 'content/units/jtj.yaml', path: 'parent', line: 3, column: 9, message },
      { file: 'content/units/swzzb.yaml', path: 'parent', line: 3, column: 9, message },
    ]);
  });

  it('refuses a unit that names itself as its parent', () => {
    const problems = datasetProblems({ 'units/jtj.yaml': unit('望川市交通运输局', 'jtj') });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/units/jtj.yaml', path: 'parent', message: expect.stringContaining('上级单位形成循环：“望川市交通运输局”（jtj） → “望川市交通运输局”（jtj）。') }),
    ]);
  });

  it('refuses a loop of three at each of its units', () => {
    const problems = datasetProblems({
      'units/swzzb.yaml': unit('中共望川市委组织部', 'szf'),
      'units/szf.yaml': unit('望川市人民政府', 'jtj'),
      'units/jtj.yaml': unit('望川市交通运输局', 'swzzb'),
    });
    expect(problems.map((p) => p.file)).toEqual(['content/units/jtj.yaml', 'content/units/swzzb.yaml', 'content/units/szf.yaml']);
    expect(new Set(problems.map((p) => p.message)).size).toBe(1);
    expect(problems[0]!.message).toContain('“望川市交通运输局”（jtj） → “中共望川市委组织部”（swzzb） → “望川市人民政府”（szf） → “望川市交通运输局”（jtj）');
  });
});
