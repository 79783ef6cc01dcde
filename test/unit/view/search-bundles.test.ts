import { describe, expect, it } from 'vitest';
import { bundlePath, bundleSummaries, searchBundles } from '../../../src/view/search-bundles.ts';
import { exampleDataset } from '../../fixtures/example-dataset.ts';
import { attributesFor } from '../../../src/view/search-attributes.ts';

const ds = exampleDataset();
const pagesOf = () => {
  const all = [
    ...ds.notices.map((n) => `/${n.kind}/${n.id}/`),
    ...[...ds.byKind.rounds.keys()].map((id) => `/rounds/${id}/`),
    ...[...ds.byKind.people.keys()].map((id) => `/people/${id}/`),
    ...[...ds.byKind.units.keys()].map((id) => `/units/${id}/`),
  ];
  return all.filter((p) => {
    const [, kind, id] = p.split('/');
    return attributesFor(ds, kind!, id!) !== undefined;
  });
};

describe('search bundles', () => {
  it('keeps a site that fits in one bundle in one, named by its years', () => {
    const bundles = searchBundles(ds, 5000);
    expect(bundles).toHaveLength(1);
    expect(bundles[0]!.pages.sort()).toEqual(pagesOf().sort());
  });

  it('cuts a year that does not fit into periods of at most maxPages, newest first, holding every page once', () => {
    const bundles = searchBundles(ds, 5, 5);
    expect(bundles.length).toBeGreaterThan(1);
    for (const b of bundles) expect(b.pages.length).toBeLessThanOrEqual(5);
    const all = bundles.flatMap((b) => b.pages);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(pagesOf().sort());
    const ends = bundles.map((b) => b.to);
    expect(ends).toEqual([...ends].sort().reverse());
    expect(bundles.every((b) => b.from <= b.to)).toBe(true);
    expect(bundles.filter((b) => b.years.length === 1 && b.years[0] === '2026').map((b) => b.id)[0]).toMatch(/^2026(-p1)?$/);
  });

  it('files a unit in the newest bundle and a notice by its publication date', () => {
    const [newest] = searchBundles(ds, 5, 5);
    expect(newest!.pages).toContain('/units/jtj/');
    const bundles = searchBundles(ds, 5, 5);
    const gs = ds.byKind.publicities.get('gs-1')!;
    const home = bundles.find((b) => b.pages.includes('/publicities/gs-1/'))!;
    expect(home.from <= gs.data.published.slice(0, 7) && gs.data.published.slice(0, 7) <= home.to).toBe(true);
  });

  it('describes bundles to the page without their page lists', () => {
    const [s] = bundleSummaries(searchBundles(ds, 5000));
    expect(s).not.toHaveProperty('pages');
    expect(s!.path).toBe(bundlePath(s!.id));
    expect(s!.size).toBe(pagesOf().length);
  });

  it('is the same on every build', () => {
    expect(searchBundles(ds, 5, 5)).toEqual(searchBundles(ds, 5, 5));
  });
});
