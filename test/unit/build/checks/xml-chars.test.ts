/** The post-build check that no feed, sitemap, page or calendar carries a character XML 1.0 forbids. */
import { describe, expect, it } from 'vitest';
import { checkXmlChars, firstForbiddenXmlChar } from '../../../../src/build/checks/xml-chars.ts';
import { page, tmpSite } from './tmp-site.ts';

const run = (dist: Record<string, string>) => {
  const { root, dir } = tmpSite(dist);
  return checkXmlChars({ root, dir });
};

describe('characters XML forbids in the built site', () => {
  it('passes feeds, a sitemap and a calendar with Chinese, emoji and tabs', () => {
    expect(
      run({
        'feeds/all.xml': '<rss><channel><title>望川\t公示 😀</title></channel></rss>\n',
        'sitemap-0.xml': '<urlset><url><loc>https://gongshi.wangchuan.example/</loc></url></urlset>',
        'feeds/publicity-windows.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      }),
    ).toEqual([]);
  });

  it.each([
    ['an ESC in a feed', 'feeds/all.xml', '<rss>\n<title>林\u001B晓川</title></rss>', 2, 9, 'U+001B'],
    ['a NUL in the sitemap', 'sitemap-0.xml', '<urlset><loc>https://a.example/\u0000</loc></urlset>', 1, 32, 'U+0000'],
    ['a U+FFFF in a calendar', 'feeds/publicity-windows.ics', 'BEGIN:VCALENDAR\r\nSUMMARY:\uFFFF\r\n', 2, 9, 'U+FFFF'],
    ['a U+FFFE in a page', 'index.html', page('<p>\uFFFE</p>'), undefined, undefined, 'U+FFFE'],
    ['a form feed in an Atom feed', 'feeds/x.atom', '<feed>\u000C</feed>', 1, 7, 'U+000C'],
  ])('reports %s with its line, column and code', (_name, file, text, line, column, code) => {
    const issues = run({ [file]: text });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: 'xml-chars', file });
    expect(issues[0]!.message).toContain(`是XML不允许的控制字符${code}：订阅源和日历会因此无法解析`);
    if (line) expect(issues[0]!.message).toMatch(new RegExp(`^第${line}行第${column}个字符`));
  });

  it('ignores files that are not XML, HTML or calendars', () => {
    expect(run({ 'data/x.csv': 'a\u0000b', 'pagefind/x.js': '\u0000' })).toEqual([]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(firstForbiddenXmlChar('𠀀\u0001')).toEqual({ line: 1, column: 2, code: 'U+0001' });
  });
});
