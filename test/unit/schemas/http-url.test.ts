/** Hostile corpus, web addresses: the site's address and the 12380 website accept only absolute http(s) addresses. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../src/schemas/common.ts';
import { EXAMPLES } from '../../fixtures/examples.ts';
import { problemsOf } from '../../fixtures/problems-of.ts';

const FILE = 'content/site.yaml';
const EXAMPLE = 'https://gongshi.example.gov.cn';
const site = (url: string, website = 'https://www.12380.gov.cn') => stringify({ ...EXAMPLES.site, url, channels: { ...(EXAMPLES.site.channels as object), website } });
const urlProblems = (url: string) => problemsOf('site', FILE, site(url)).filter((p) => p.path === 'url');

describe('web addresses', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)', '，不能用“javascript:”'],
    ['JavaScript: in capitals', 'JavaScript:alert(document.domain)', '，不能用“javascript:”'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', '，不能用“data:”'],
    ['file:', 'file:///etc/passwd', '，不能用“file:”'],
    ['vbscript:', 'vbscript:msgbox(1)', '，不能用“vbscript:”'],
    ['ftp:', 'ftp://files.example.gov.cn/', '，不能用“ftp:”'],
    ['mailto:', 'mailto:jubao@example.gov.cn', '，不能用“mailto:”'],
    ['a relative path', '/gongshi/', '（这里写的是相对地址或不完整的网址）'],
    ['a bare host name', 'gongshi.example.gov.cn', '（这里写的是相对地址或不完整的网址）'],
    ['a protocol-relative address', '//gongshi.example.gov.cn', '（这里写的是相对地址或不完整的网址）'],
    ['an upper-case scheme', 'HTTPS://GONGSHI.EXAMPLE.GOV.CN', '（请把协议名写成小写https://）'],
    ['a scheme without slashes', 'https:gongshi.example.gov.cn', '（“https:”后面应紧跟//）'],
    ['backslashes', 'https:\\\\gongshi.example.gov.cn', '（“https:”后面应紧跟//）'],
  ])('refuses %s, naming the field and the fix', (_name, url, why) => {
    expect(urlProblems(url)).toEqual([
      expect.objectContaining({ file: FILE, path: 'url', line: 5, message: `网址只能以http://或https://开头${why}：请写完整的网址，例如${EXAMPLE}` }),
    ]);
  });

  it.each([
    ['user name and password that disguise the host', 'https://gov.cn@evil.example/'],
    ['a user name', 'https://admin@gongshi.example.gov.cn/'],
    ['no host', 'https://'],
    ['no host but a path', 'https:///etc/passwd'],
    ['an invalid port', 'https://gongshi.example.gov.cn:99999/'],
    ['a host with a backslash', 'https://evil.example\\@gongshi.example.gov.cn/'],
  ])('refuses an address with %s', (_name, url) => {
    expect(urlProblems(url)).toEqual([
      expect.objectContaining({ path: 'url', message: `网址不完整或有误：应为“https://域名/路径”，不能含用户名或密码，例如${EXAMPLE}` }),
    ]);
  });

  it.each([
    ['a space', 'https://gongshi.example.gov.cn/a b'],
    ['a leading space', ' https://gongshi.example.gov.cn'],
    ['a zero-width space', 'https://gongshi\u200B.example.gov.cn'],
    ['a right-to-left override', 'https://gongshi.example.gov.cn/\u202Efdp.exe'],
    ['a NUL', 'https://gongshi.example.gov.cn/\u0000'],
    ['a line break', 'https://gongshi.example.gov.cn/\njavascript:alert(1)'],
    ['a tab', 'https://gongshi.example.gov.cn/\t'],
  ])('refuses an address with %s in it', (_name, url) => {
    expect(urlProblems(url)).toEqual([expect.objectContaining({ path: 'url', message: `网址里不能有空格或看不见的字符：请重新输入，例如${EXAMPLE}` })]);
  });

  it('refuses javascript: as the 12380 website too', () => {
    expect(problemsOf('site', FILE, site(EXAMPLE, 'javascript:alert(1)'))).toEqual([
      expect.objectContaining({ path: 'channels.website', message: '网址只能以http://或https://开头，不能用“javascript:”：请写完整的网址，例如https://www.12380.gov.cn' }),
    ]);
  });

  it('refuses a number where an address belongs', () => {
    expect(urlProblems('12380' as string)).toHaveLength(1);
  });

  it.each([
    ['https', 'https://gongshi.example.gov.cn'],
    ['http', 'http://gongshi.example.gov.cn'],
    ['a path and trailing slash', 'https://example.gov.cn/gongshi/'],
    ['a port', 'https://gongshi.example.gov.cn:8443/'],
    ['a query and fragment', 'https://www.12380.gov.cn/?from=gs#top'],
    ['an IDN host', 'https://公示.example.gov.cn/'],
    ['an IPv4 address', 'http://192.0.2.1/'],
  ])('accepts %s', (_name, url) => {
    expect(httpUrl(EXAMPLE).safeParse(url).success).toBe(true);
  });
});
