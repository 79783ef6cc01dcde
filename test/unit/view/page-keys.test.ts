import { describe, expect, it } from 'vitest';
import { stableDigest } from '../../../src/domain/stable-digest.ts';
import { keyed } from '../../../src/view/page-keys.ts';

/** A `make` that counts its calls and returns fresh objects each time, as a view function does. */
function counted() {
  let calls = 0;
  const make = () => {
    calls += 1;
    return { view: { title: '关于林晓川同志任职前公示', rows: [1, 2, 3] }, layout: { path: '/publicity/x/' } };
  };
  return { make, calls: () => calls };
}

describe('keyed', () => {
  it('keys a page by the digest of the props it computes', () => {
    const { make } = counted();
    expect(keyed('notice', make).cacheKey).toBe(stableDigest('notice', make()));
    expect(keyed('person', make).cacheKey).not.toBe(keyed('notice', make).cacheKey);
  });

  it('does not hold the props between computing the key and rendering the page', async () => {
    const { make, calls } = counted();
    const { props } = keyed('notice', make);
    expect(calls()).toBe(1);
    await Promise.resolve();
    expect(calls()).toBe(1);

    // Rendering destructures the props: one computation for all of them, the same values as the key's.
    const { view, layout } = props;
    expect(calls()).toBe(2);
    expect(view.rows).toEqual([1, 2, 3]);
    expect(layout.path).toBe('/publicity/x/');
    expect({ ...props }).toEqual({ view, layout });
    expect(calls()).toBe(2);

    // Once the task is over they are let go, and a later read computes them again.
    await Promise.resolve();
    void props.view;
    expect(calls()).toBe(3);
  });
});
