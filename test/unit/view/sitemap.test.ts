/** Which date each page carries in the sitemap. */
import { describe, expect, it } from 'vitest';
import { pageDates } from '../../../src/view/sitemap.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';

describe('page dates for the sitemap', () => {
  const dates = pageDates(exampleDataset());

  it('dates a notice by its latest correction', () => {
    // gs-1 was published on 2026-06-02 and corrected on 2026-06-05.
    expect(dates.get('/publicities/gs-1/')).toBe('2026-06-05');
  });

  it('dates a notice without corrections by its publication', () => {
    expect(dates.get('/decisions/jd-1/')).toBe('2026-06-01');
  });

  it('dates a round, a person and the home page by the newest notice they show', () => {
    const newest = [...dates.entries()].filter(([p]) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(p)).map(([, d]) => d).sort().at(-1);
    expect(dates.get('/')).toBe(newest);
    expect(dates.get('/rounds/r1/')).toBeDefined();
    expect(dates.get('/people/lin-xc/')).toBeDefined();
  });

  it('gives no date to a page the records do not date', () => {
    expect(dates.has('/rules/')).toBe(false);
  });
});
