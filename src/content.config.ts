/**
 * Astro collections, one per record kind, all filled by the project's own loader
 * (src/pipeline/astro-loader.ts), which reads content/ through the validator: one reader, one set of
 * YAML rules and problems for `npm run validate` and the build.
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { recordsLoader } from './pipeline/astro-loader.ts';
import { KINDS, type Kind } from './schemas/index.ts';

// GONGSHI_ROOT (set by scripts/build.ts --root) builds another jurisdiction's content with this code.
const root = resolve(process.env.GONGSHI_ROOT ?? '.');

function collection(kind: Kind) {
  return defineCollection({ loader: recordsLoader(kind, root) });
}

export const collections = Object.fromEntries(KINDS.map((k) => [k, collection(k)])) as { [K in Kind]: ReturnType<typeof collection> };
