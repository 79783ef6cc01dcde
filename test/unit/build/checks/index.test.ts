import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from '../../../../src/build/checks/index.ts';
import { cspWriter } from '../../../../src/build/csp.ts';
import { page, tmpSite } from './tmp-site.ts';

const BAD = {
  'index.html': page('<a href="/gone/">旧</a><p>13912345678</p><script src="https://cdn.example/a.js"></script>'),
  'feeds/all.xml': '<rss><channel><link>https://gongshi.wangchuan.example/nope/</link></channel></rss>',
};

describe('running the checks in one pass', () => {
  it('reports the same issues, in the same order, as running each check on its own', () => {
    const { root, dir } = tmpSite(BAD);
    const alone = Object.values(CHECKS).flatMap((check) => check({ root, dir }));
    expect(alone.length).toBeGreaterThan(3);
    expect(runChecks(dir, root)).toEqual(alone);
  });

  it('lists the issues check by check in the order the names are given', () => {
    const { root, dir } = tmpSite(BAD);
    expect([...new Set(runChecks(dir, root, ['csp', 'privacy']).map((i) => i.check))]).toEqual(['csp', 'privacy']);
  });

  it('writes each page its policy before judging it, so the CSP check passes the rewritten page', () => {
    const { root, dir } = tmpSite({ 'index.html': page('<script>a()</script>') });
    const csp = cspWriter();
    expect(runChecks(dir, root, ['csp'], { rewriteHtml: csp.rewrite })).toEqual([]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
    expect(csp.site.pages).toBe(1);
    expect(csp.site.scripts.size).toBe(1);
  });
});
