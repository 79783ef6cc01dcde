import { describe, expect, it } from 'vitest';
import { createRng } from '../../../bench/synth/prng.ts';

const draws = (seed: string | number, n = 20) => {
  const r = createRng(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws('a')).toEqual(draws('a'));
  });

  it('gives different sequences for different seeds', () => {
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('draws floats in [0, 1)', () => {
    const xs = draws('range', 5000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('draws integers covering both ends of an inclusive range', () => {
    const r = createRng('int');
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements', () => {
    const picked = createRng('sample').sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(picked).size).toBe(5);
  });

  it('forks a generator whose draws do not depend on later draws of the parent', () => {
    const a = createRng('fork');
    const b = createRng('fork');
    const fa = a.fork('x');
    const fb = b.fork('x');
    b.next();
    expect(Array.from({ length: 5 }, () => fa.next())).toEqual(Array.from({ length: 5 }, () => fb.next()));
  });
});
