import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// GONGSHI_ROOT builds another jurisdiction (its content/ and ledger/) with this code; scripts/build.ts --root sets it.
const dataRoot = process.env.GONGSHI_ROOT ? resolve(process.env.GONGSHI_ROOT) : fileURLToPath(new URL('.', import.meta.url));

// The deployed address lives with the content (site.yaml) so feeds and permalinks agree with it.
const site = (parse(readFileSync(join(dataRoot, 'content', 'site.yaml'), 'utf8')) as { url: string }).url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // Another jurisdiction keeps its own content cache, so builds of different roots never share one.
  ...(process.env.GONGSHI_ROOT ? { cacheDir: join(dataRoot, '.astro-cache') } : {}),
});
