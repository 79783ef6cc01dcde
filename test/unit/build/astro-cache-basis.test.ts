import { describe, expect, it } from 'vitest';
import { cacheBasis, renderReason } from '../../../src/build/astro-cache-basis.ts';
import type { AstroManifest } from '../../../src/build/astro-cache-links.ts';

const paths = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`/p/${i}/`, { outputFile: `p/${i}/index.html` }]));

function manifest(over: Partial<AstroManifest> = {}, code: Record<string, string> = {}): AstroManifest {
  return {
    version: 1,
    configHash: 'c',
    lockfileHash: 'l',
    routes: {
      'src/pages/people/[id].astro': { dependencyHash: code.people ?? 'h', paths: paths(3) },
      'src/pages/rounds/[id].astro': { dependencyHash: code.rounds ?? 'h', paths: paths(2) },
    },
    ...over,
  };
}

describe('renderReason', () => {
  it('names nothing when only keys can have changed', () => {
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest()))).toBeUndefined();
  });

  it('says there was no cache to start from, with the pages Astro then rendered', () => {
    expect(renderReason(undefined, cacheBasis(manifest()))).toEqual({ kind: 'no-cache', pages: 5 });
    expect(renderReason(cacheBasis(manifest()), undefined)).toBeUndefined();
  });

  it('names the manifest-wide hash that moved: format, config, lockfile, in that order', () => {
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest({ version: 2, configHash: 'x' })))).toEqual({ kind: 'astro', pages: 5 });
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest({ configHash: 'x', lockfileHash: 'y' })))).toEqual({ kind: 'config', pages: 5 });
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest({ lockfileHash: 'y' })))).toEqual({ kind: 'lockfile', pages: 5 });
  });

  it('names the routes whose code changed and counts only their pages', () => {
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest({}, { rounds: 'h2' })))).toEqual({ kind: 'code', routes: ['src/pages/rounds/[id].astro'], pages: 2 });
    expect(renderReason(cacheBasis(manifest()), cacheBasis(manifest({}, { rounds: 'h2', people: 'h3' })))).toEqual({ kind: 'code', routes: ['src/pages/people/[id].astro', 'src/pages/rounds/[id].astro'], pages: 5 });
  });

  it('does not count a route the last build did not have as changed code', () => {
    const before = manifest();
    delete before.routes!['src/pages/rounds/[id].astro'];
    expect(renderReason(cacheBasis(before), cacheBasis(manifest()))).toBeUndefined();
  });
});
