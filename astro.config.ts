import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSite } from './src/pipeline/site-settings.ts';
import { outputsIntegration } from './src/build/astro-cache-links.ts';

// GONGSHI_ROOT builds another jurisdiction (its content/ and ledger/) with this code; scripts/build.ts --root sets it.
const dataRoot = process.env.GONGSHI_ROOT ? resolve(process.env.GONGSHI_ROOT) : fileURLToPath(new URL('.', import.meta.url));

// The deployed address lives with the content (site.yaml) so feeds and permalinks agree with it. It is
// read as validation reads it; when site.yaml is unusable the content loader reports why, in Chinese.
const site = readSite(dataRoot).address;

// Pages generated at once (GONGSHI_ASTRO_CONCURRENCY to change it). A page Astro skips is a file copied
// from its cache, one at a time with Astro's default of 1: in a profile of a no-change rebuild at
// 100,000 records, restoring 174,000 pages took 97 s, 68 s of it waiting on the disk. Eight at once
// overlap those waits; rendering stays on one thread either way and writes the same bytes (the
// sample built both ways: 991 files, no difference). Measured at 9,956 records, no-change rebuilds
// built anyway, alternating: Astro 15.9 and 16.9 s with 1, 11.7–13.0 s with 8 (docs/scale.md).
const concurrency = /^[1-9]\d*$/.test(process.env.GONGSHI_ASTRO_CONCURRENCY ?? '') ? Number(process.env.GONGSHI_ASTRO_CONCURRENCY) : 8;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency },
  integrations: [sitemap(), outputsIntegration()],
  devToolbar: { enabled: false },
  // scripts/build.ts hands Astro an output folder holding links to its cache (src/build/astro-cache-links.ts):
  // emptying it would throw them away and make Astro copy every page it skips.
  vite: { build: { emptyOutDir: false } },
  // Pages whose cacheKey (src/view/page-keys.ts) and code are unchanged are copied from the previous build.
  experimental: { incrementalBuild: true },
  // Another jurisdiction keeps its own content cache, so builds of different roots never share one.
  ...(process.env.GONGSHI_ROOT ? { cacheDir: join(dataRoot, '.astro-cache') } : {}),
});
