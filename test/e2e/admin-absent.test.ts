/**
 * The clerk's editor never reaches the published site: no admin page, no Decap CMS script, no
 * editor configuration and no call to the editor's loopback API anywhere in the build. Runs over
 * the test build of the global setup (the same `scripts/build.ts` that `npm run build` runs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIST } from './site.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** What only the editor's page, bundle, configuration or server would put into a file. */
const EDITOR_MARKS = ['decap-cms', 'CMS_MANUAL_INIT', 'CMS.init(', 'netlify-cms', '/admin-api/', 'local_backend', 'gongshi-panel', 'proxy_url', '公示内容编辑器'];

describe('the built site has no editor in it', () => {
  const all = files(E2E_DIST).map((f) => relative(E2E_DIST, f));

  it('has no admin route or file', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((f) => /(^|\/)(admin|decap|cms)(\/|\.|$)/i.test(f))).toEqual([]);
  });

  it('has no page, script or data file that loads or configures the editor', () => {
    const found: string[] = [];
    for (const f of all) {
      if (!/\.(html|js|mjs|css|json|xml|txt|xsl|ics|csv|webmanifest)$/.test(f)) continue;
      const text = readFileSync(join(E2E_DIST, f), 'utf8');
      for (const mark of EDITOR_MARKS) if (text.includes(mark)) found.push(`${f}: ${mark}`);
    }
    expect(found).toEqual([]);
  });
});
