// The bare-Astro baseline of `npm run bench`: one minimal page per record, read from the same YAML.
import { defineConfig } from 'astro/config';

export default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false }, logLevel: 'warn' });
