import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The deployed address lives with the content (site.yaml) so feeds and permalinks agree with it.
const site = (parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')) as { url: string }).url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
});
