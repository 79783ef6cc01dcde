import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCsp, cspProblems, parsePolicy } from '../../../src/build/checks/csp.ts';
import { applyCsp, inlineHashes, sha256Source, siteHeaderPolicy, withCspMeta } from '../../../src/build/csp.ts';
import { page, tmpSite } from './checks/tmp-site.ts';

describe('CSP post-build step', () => {
  it('writes a policy that the check accepts, with the hash of each inline script and style', () => {
    const html = page('<p style="color: red">x</p><script>console.log(1)</script>', '<style>p{margin:0}</style>');
    const out = withCspMeta(html);
    expect(cspProblems(out)).toEqual([]);
    expect(out).toContain(sha256Source('console.log(1)'));
    expect(out).toContain(sha256Source('p{margin:0}'));
  });

  it('hashes a script as the browser runs it (raw text) and a style attribute as decoded', () => {
    const h = inlineHashes('<p style="color:red&amp;"><script>if (a &amp;&amp; b < c) go()</script><script type="application/ld+json">{}</script><SCRIPT TYPE="Module">m()</SCRIPT>');
    expect([...h.scripts].sort()).toEqual([sha256Source('if (a &amp;&amp; b < c) go()'), sha256Source('m()')].sort());
    expect([...h.styleAttrs]).toEqual([sha256Source('color:red&')]);
  });

  it('puts the policy right after <meta charset>', () => {
    expect(withCspMeta(page(''))).toMatch(/^<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
  });

  it('replaces an existing policy rather than adding a second one', () => {
    const once = withCspMeta(page('<script>a()</script>'));
    const twice = withCspMeta(once.replace('a()', 'b()'));
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(cspProblems(twice)).toEqual([]);
  });

  it('forbids objects, frames and foreign sources, and allows no inline code without a hash', () => {
    const policy = parsePolicy(/content="([^"]+)"/.exec(withCspMeta(page('')))![1]!);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('processes every page of a built folder and leaves other files alone', () => {
    const { root, dir } = tmpSite({ 'index.html': page('<script>a()</script>'), 'a/index.html': page(''), 'feed.xml': '<rss/>' });
    expect(applyCsp(dir).pages).toBe(2);
    expect(readFileSync(join(dir, 'feed.xml'), 'utf8')).toBe('<rss/>');
    expect(checkCsp({ root, dir })).toEqual([]);
  });

  it('gives the web server one policy with the hashes of every page and frame-ancestors', () => {
    const { dir } = tmpSite({ 'index.html': page('<script>a()</script>'), 'b/index.html': page('<script>b()</script>') });
    const header = parsePolicy(siteHeaderPolicy(dir));
    expect(header.get('script-src')).toEqual(expect.arrayContaining([sha256Source('a()'), sha256Source('b()')]));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
