import { describe, expect, it } from 'vitest';
import { checkThirdParty } from '../../../../src/build/checks/third-party.ts';
import { page, tmpSite } from './tmp-site.ts';

const run = (dist: Record<string, string>) => {
  const { root, dir } = tmpSite(dist);
  return checkThirdParty({ root, dir });
};

describe('third-party requests', () => {
  it('allows links a citizen clicks, such as the 12380 website', () => {
    expect(run({ 'index.html': page('<a href="https://www.12380.gov.cn">12380</a>', '<link rel="alternate" href="https://feeds.example/x.xml">') })).toEqual([]);
  });

  it('allows resources of the site itself, relative or absolute', () => {
    expect(run({ 'index.html': page('<img src="https://gongshi.wangchuan.example/a.png" alt=""><img src="/b.png" alt="">') })).toEqual([]);
  });

  it('reports a script, stylesheet, image and iframe from another host', () => {
    const issues = run({
      'index.html': page(
        '<img src="https://cdn.example/a.png" alt=""><iframe src="//maps.example/embed" title="地图"></iframe>',
        '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="https://fonts.example/css">',
      ),
    });
    expect(issues).toHaveLength(4);
    expect(issues.every((i) => i.check === 'third-party' && i.file === 'index.html')).toBe(true);
  });

  it('reports a font or image pulled in by a stylesheet', () => {
    const issues = run({ '_astro/site.css': '@font-face{src:url(https://fonts.example/a.woff2)}body{background:url("/ok.png")}' });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('https://fonts.example/a.woff2')]);
  });

  it('reports a srcset candidate from another host', () => {
    expect(run({ 'index.html': page('<img src="/a.png" srcset="/a.png 1x, https://cdn.example/a2.png 2x" alt="">') })).toHaveLength(1);
  });

  it('reports a preconnect to another host', () => {
    expect(run({ 'index.html': page('', '<link rel="preconnect" href="https://cdn.example">') })).toHaveLength(1);
  });
});
