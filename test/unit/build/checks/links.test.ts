import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, linksCheck } from '../../../../src/build/checks/links.ts';
import { listFiles } from '../../../../src/build/checks/built-site.ts';
import { tags } from '../../../../src/build/checks/html.ts';
import { page, tmpSite } from './tmp-site.ts';

const run = (dist: Record<string, string>) => {
  const { root, dir } = tmpSite(dist);
  return checkLinks({ root, dir });
};

describe('internal links and anchors', () => {
  it('passes links to existing pages, files and anchors', () => {
    expect(
      run({
        'index.html': page('<a href="/rounds/">轮次</a><a href="rounds/r1/#stages">阶段</a><a href="#main">跳</a><main id="main"></main><img src="/logo.svg" alt="">'),
        'rounds/index.html': page('<a href="../">首页</a><a href="r1/">r1</a>'),
        'rounds/r1/index.html': page('<section id="stages"></section>'),
        'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      }),
    ).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const issues = run({ 'index.html': page('<a href="/people/nobody/">某人</a>') });
    expect(issues).toEqual([{ check: 'links', file: 'index.html', message: expect.stringContaining('/people/nobody/不存在') }]);
  });

  it('reports an anchor with no matching id on the target page', () => {
    const issues = run({ 'index.html': page('<a href="/a/#missing">去</a>'), 'a/index.html': page('<h2 id="present">有</h2>') });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('#missing')]);
  });

  it('reports an anchor missing on a page that comes later in the listing, in the order written', () => {
    const issues = run({
      'a/index.html': page('<a href="/z/#missing">去</a><a href="/gone/">旧</a><a href="/z/#there">到</a>'),
      'z/index.html': page('<h2 id="there">有</h2>'),
    });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('#missing在z/index.html'), expect.stringContaining('/gone/不存在')]);
  });

  it('reports an anchor missing on the same page', () => {
    expect(run({ 'index.html': page('<a href="#main">跳到正文</a>') })).toHaveLength(1);
  });

  it('reports a missing script, stylesheet and image', () => {
    const issues = run({ 'index.html': page('<img src="/x.png" alt="">', '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>') });
    expect(issues).toHaveLength(3);
  });

  it('treats an absolute URL of the site itself as internal', () => {
    const issues = run({ 'index.html': page('', '<link rel="canonical" href="https://gongshi.wangchuan.example/gone/">') });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('/gone/不存在')]);
  });

  it('leaves other sites, mailto: and tel: alone', () => {
    expect(run({ 'index.html': page('<a href="https://www.12380.gov.cn">12380</a><a href="mailto:a@b.example">信</a><a href="tel:0000-12380">电话</a>') })).toEqual([]);
  });

  it('checks the addresses in the sitemap and feeds', () => {
    const issues = run({
      'index.html': page(''),
      'sitemap-0.xml': '<urlset><url><loc>https://gongshi.wangchuan.example/</loc></url><url><loc>https://gongshi.wangchuan.example/nope/</loc></url></urlset>',
      'feeds/all.xml': '<rss><channel><link>https://gongshi.wangchuan.example/</link><atom:link href="https://gongshi.wangchuan.example/feeds/gone.xml" rel="self"/></channel></rss>',
    });
    expect(issues.map((i) => `${i.file} ${i.message}`).sort()).toEqual([
      expect.stringMatching(/^feeds\/all\.xml .*gone\.xml/),
      expect.stringMatching(/^sitemap-0\.xml .*\/nope\//),
    ]);
  });

  it('reports each broken address once per file', () => {
    expect(run({ 'index.html': page('<a href="/x/">1</a><a href="/x/">2</a>') })).toHaveLength(1);
  });

  it('does not look for links inside scripts or comments', () => {
    expect(run({ 'index.html': page('<!-- <a href="/old/">旧</a> --><script>const s = \'<a href="/nope/">\';</script>') })).toEqual([]);
  });
});

describe('what the link check keeps of a page for the next build', () => {
  const dist = {
    'a/index.html': page('<a href="/z/#12:x">一</a><a href="/gone/?q=3:4\u0000">二</a><a href="http://[bad">三</a><a href="/z/">四</a><h2 id="own">有</h2>'),
    'b/index.html': page('<a href="/z/">四</a><a href="/a/#own">五</a><a href="/a/#lost">六</a>'),
    'z/index.html': page('<h2 id="there">有</h2>'),
  };

  it('judges a page restored from its memo exactly as the page read again, whatever its URLs hold', () => {
    const { root, dir } = tmpSite(dist);
    const files = listFiles(dir);
    const read = linksCheck({ root, dir }, files);
    const kept: Record<string, string[]> = {};
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      read.visit({ file, lower: file.toLowerCase(), text, tags: () => tags(text) });
      kept[file] = read.memo!.save(file);
    }
    const issues = read.finish();
    expect(issues.length).toBe(4);
    const again = linksCheck({ root, dir }, files);
    for (const file of files) again.memo!.restore(file, file.toLowerCase(), kept[file]!);
    expect(again.finish()).toEqual(issues);
    // One kept string per reference: the length prefixes keep a URL's own digits and colons apart.
    expect(kept['a/index.html']!.length).toBe(1 + 4);
  });
});
