import { describe, expect, it } from 'vitest';
import { formatPath, formatProblems } from '../../../src/domain/problem.ts';

describe('problems', () => {
  it('writes array indexes in brackets', () => expect(formatPath(['candidates', 0, 'person'])).toBe('candidates[0].person'));
  it('prints file, line, column, field, message and rule on one line', () => {
    expect(formatProblems([{ rule: 'G2', file: 'content/publicities/a.yaml', line: 7, column: 3, path: 'window.to', message: '公示期不足' }])).toBe(
      'content/publicities/a.yaml:7:3  window.to  公示期不足  [G2]',
    );
  });
  it('sorts by file and then line', () => {
    const out = formatProblems([
      { file: 'b.yaml', line: 1, path: 'x', message: 'm' },
      { file: 'a.yaml', line: 9, path: 'y', message: 'm' },
      { file: 'a.yaml', line: 2, path: 'z', message: 'm' },
    ]);
    expect(out.split('\n').map((l) => l.split('  ')[0])).toEqual(['a.yaml:2:1', 'a.yaml:9:1', 'b.yaml:1:1']);
  });
});
