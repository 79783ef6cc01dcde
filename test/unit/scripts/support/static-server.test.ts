import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../../scripts/support/static-server.ts';

describe('the test static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-serve-'));
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    mkdirSync(join(root, 'site/a'), { recursive: true });
    mkdirSync(join(root, 'site2'));
    writeFileSync(join(root, 'site/a/index.html'), '<p>a</p>');
    writeFileSync(join(root, 'site/404.html'), '<p>没有这个页面</p>');
    writeFileSync(join(root, 'site2/secret.txt'), 'secret');
    server = await serve(join(root, 'site'));
  });
  afterAll(() => server.close());

  it('serves a folder index', async () => {
    const res = await fetch(`${server.url}/a/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p>a</p>');
  });

  it('never reads a sibling folder through an encoded slash', async () => {
    for (const path of ['/..%2fsite2/secret.txt', '/%2e%2e/site2/secret.txt', '/a/..%2f..%2fsite2/secret.txt']) {
      const res = await fetch(`${server.url}${path}`);
      expect(await res.text()).not.toContain('secret');
      expect(res.status).toBe(404);
    }
  });

  it('answers an unknown path with the site 404 page', async () => {
    const res = await fetch(`${server.url}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('没有这个页面');
  });
});
