import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSite } from './src/pipeline/site-settings.ts';

// GONGSHI_ROOT builds another jurisdiction (its content/ and ledger/) with this code; scripts/build.ts --root sets it.
const dataRoot = process.env.GONGSHI_ROOT ? resolve(process.env.GONGSHI_ROOT) : fileURLToPath(new URL('.', import.meta.url));

// The deployed address lives with the content (site.yaml) so feeds and permalinks agree with it. It is
// read as validation reads it; when site.yaml is unusable the content loader reports why, in Chinese.
const site = readSite(dataRoot).address;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/view/page-keys.ts) and code are unchanged are copied from the previous build.
  experimental: { incrementalBuild: true },
  // Another jurisdiction keeps its own content cache, so builds of different roots never share one.
  ...(process.env.GONGSHI_ROOT ? { cacheDir: join(dataRoot, '.astro-cache') } : {}),
});
