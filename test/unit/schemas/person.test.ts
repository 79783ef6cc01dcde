import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('person schema', () => {
  it('has no field for a home address', () => {
    expect(issues('people', { ...example('people'), homeAddress: '某路 1 号' }).length).toBe(1);
  });
  it('rejects a birth date where the month is asked for', () => {
    expect(issues('people', { ...example('people'), birthMonth: '1982-05-03' }).join()).toContain('YYYY-MM');
  });
  it('accepts an official with a name only', () => {
    expect(issues('people', { name: '赵文远' })).toEqual([]);
  });
  it('names the allowed genders', () => {
    expect(issues('people', { name: '赵文远', gender: 'M' }).join()).toContain('“男”或“女”');
  });
});
