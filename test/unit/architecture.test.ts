/**
 * The layer map of the README, enforced: data flows schemas → i18n → domain → ledger → rules →
 * pipeline → view → browser and build → components → pages, and nothing imports a layer above
 * its own. Scripts and the bench sit on top; nothing outside test/ imports test/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Each top folder (or file) under the project root, with its rank: lower ranks never import higher ones. */
const LAYERS: [prefix: string, rank: number][] = [
  ['src/schemas/', 0],
  ['src/i18n/', 1],
  ['src/domain/', 2],
  ['src/ledger/', 3],
  ['src/rules/', 4],
  ['src/pipeline/', 5],
  ['src/view/', 6],
  ['src/browser/', 7],
  ['src/build/', 7],
  ['src/admin/', 7],
  ['src/styles/', 8],
  ['src/components/', 8],
  ['src/layouts/', 9],
  ['src/pages/', 10],
  ['src/content.config.ts', 10],
  ['bench/', 11],
  ['scripts/', 12],
];

function rankOf(file: string): number | undefined {
  return LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix))?.[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|astro|mjs)$/.test(name) && !name.endsWith('.json') ? [rel] : [];
  });
}

/** Every relative import of a file, resolved to a project path. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => relative(ROOT, normalize(join(ROOT, dirname(file), s))).split('\\').join('/'));
}

const FILES = ['src', 'scripts', 'bench'].flatMap(sourceFiles);

describe('layers', () => {
  it('places every source file in a layer of the map', () => {
    expect(FILES.filter((f) => rankOf(f) === undefined)).toEqual([]);
  });

  it('never imports from a layer above, nor from test/', () => {
    const upward: string[] = [];
    for (const file of FILES) {
      const rank = rankOf(file)!;
      for (const target of importsOf(file)) {
        if (target.startsWith('test/')) upward.push(`${file} → ${target}`);
        const r = rankOf(target);
        if (r !== undefined && r > rank) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps src/lib gone: every module lives in its layer', () => {
    expect(FILES.filter((f) => f.startsWith('src/lib/'))).toEqual([]);
  });
});
