/** Astro collections, one per record kind, wired to the schemas in src/schemas (no inline schemas). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { KINDS, SCHEMAS, type Kind } from './schemas/index.ts';

function collection(kind: Kind) {
  return defineCollection({
    loader:
      kind === 'site'
        ? glob({ pattern: 'site.yaml', base: './content', generateId: () => 'site' })
        : glob({ pattern: '*.yaml', base: `./content/${kind}`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: SCHEMAS[kind],
  });
}

export const collections = Object.fromEntries(KINDS.map((k) => [k, collection(k)])) as { [K in Kind]: ReturnType<typeof collection> };
