/** Astro collections, one per record kind, wired to the schemas in src/schemas (no inline schemas). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { KINDS, SCHEMAS, type Kind } from './schemas/index.ts';

// GONGSHI_ROOT (set by scripts/build.ts --root) builds another jurisdiction's content with this code.
const base = process.env.GONGSHI_ROOT ? `${process.env.GONGSHI_ROOT.replace(/\/+$/, '')}/content` : './content';

function collection(kind: Kind) {
  return defineCollection({
    loader:
      kind === 'site'
        ? glob({ pattern: 'site.yaml', base, generateId: () => 'site' })
        : glob({ pattern: '*.yaml', base: `${base}/${kind}`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: SCHEMAS[kind],
  });
}

export const collections = Object.fromEntries(KINDS.map((k) => [k, collection(k)])) as { [K in Kind]: ReturnType<typeof collection> };
