import { describe, expect, it } from 'vitest';
import { facts, paragraphs, period, positionLabel, recordLink } from '../../../src/view/display.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

describe('display helpers', () => {
  it('drops facts whose value is missing', () => {
    expect(facts(['甲', 'a'], ['乙', undefined], ['丙', ''], ['丁', false], ['戊', null])).toEqual([{ label: '甲', value: 'a' }]);
  });

  it('splits long text into the paragraphs the clerk wrote', () => {
    expect(paragraphs('一。\n\n  二。  \n')).toEqual({ paragraphs: ['一。', '二。'] });
  });

  it('writes a period as two dates joined by 至', () => {
    expect(period({ from: '2026-06-02', to: '2026-06-08' })).toEqual([{ date: '2026-06-02' }, '至', { date: '2026-06-08' }]);
  });

  it('falls back to the position key when the round has no such position', () => {
    expect(positionLabel(exampleDataset(), 'r1', 'p9')).toBe('p9');
  });

  it('gives a record without a page as plain text', () => {
    expect(recordLink(exampleDataset(), 'bodies', 'swcwh')).toBe('中共望川市委常委会');
  });
});
