import { describe, expect, it } from 'vitest';
import { checkPrivacy, findPersonalData, isResidentIdChecksum, mask } from '../../../../src/build/checks/privacy.ts';
import { page, tmpSite } from './tmp-site.ts';

// Fictional numbers: the first has a valid GB 11643 check digit, the second differs only in it.
const VALID_ID = '320102198501010012';
const INVALID_ID = '320102198501010013';

const run = (dist: Record<string, string>, content: Record<string, string> = {}) => {
  const { root, dir } = tmpSite(dist, content);
  return checkPrivacy({ root, dir });
};

describe('resident ID check digit', () => {
  it('accepts the GB 11643 sample number with check character X', () => {
    expect(isResidentIdChecksum('11010519491231002X')).toBe(true);
  });
  it('rejects a number whose check digit is wrong', () => {
    expect(isResidentIdChecksum(INVALID_ID)).toBe(false);
  });
});

describe('privacy scanner', () => {
  it('catches an ID number with a valid check digit', () => {
    const issues = run({ 'people/lin/index.html': page(`<p>身份证 ${VALID_ID}</p>`) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: 'privacy', file: 'people/lin/index.html' });
    expect(issues[0]!.message).toContain('身份证号');
  });

  it('flags an 18-digit number with a real region and birth date but a wrong check digit as a likely ID', () => {
    const issues = run({ 'index.html': page(`<p>编号 ${INVALID_ID}</p>`) });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('疑似身份证号')]);
  });

  it('ignores an 18-digit number whose region code is not one', () => {
    expect(run({ 'index.html': page('<p>编号 990102198501010013</p>') })).toEqual([]);
  });

  it('ignores digits inside a longer run of letters and digits such as a hash', () => {
    expect(run({ 'verify/index.html': page(`<code>ab${VALID_ID}cd</code><code>${VALID_ID}9</code>`) })).toEqual([]);
  });

  it('accepts the declared reporting e-mail', () => {
    expect(run({ 'index.html': page('<a href="mailto:jubao@wangchuan.example">jubao@wangchuan.example</a>') })).toEqual([]);
  });

  it('catches an e-mail address that is not a declared channel', () => {
    const issues = run({ 'index.html': page('<p>联系 lin.xiaochuan@mail.example</p>') });
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('电子邮箱')]);
  });

  it('catches an e-mail address written with a character reference', () => {
    expect(run({ 'index.html': page('<p>lin&#64;mail.example</p>') })).toHaveLength(1);
  });

  it('does not take an image name like logo@2x.png for an address', () => {
    expect(findPersonalData('<img src="/logo@2x.png">')).toEqual([]);
  });

  it('catches a mainland mobile number, with or without separators and +86', () => {
    const hits = findPersonalData('电话13912345678;139-1234-5679;+86 139 1234 5670');
    expect(hits.map((h) => h.kind)).toEqual(['mobile', 'mobile', 'mobile']);
  });

  it('accepts a mobile number that is a declared channel', () => {
    expect(findPersonalData('短信 13912345678', ['139-1234-5678'])).toEqual([]);
  });

  it('ignores the declared landline and a 12-digit number', () => {
    expect(findPersonalData('举报电话 0000-12380,编号 139123456789')).toEqual([]);
  });

  it('scans feeds and open data as well as pages', () => {
    const issues = run({ 'feeds/all.xml': `<rss><item><description>13912345678</description></item></rss>`, 'data/people.csv': 'name,mail\n林,x@y.example\n' });
    expect(issues.map((i) => i.file).sort()).toEqual(['data/people.csv', 'feeds/all.xml']);
  });

  it('scans the ledger log and other line-delimited JSON', () => {
    const issues = run({ 'ledger/log.jsonl': '{"id":"a","note":"13912345678"}\n', 'data/export.tsv': '名\t邮箱\n林\tx@y.example\n' });
    expect(issues.map((i) => i.file).sort()).toEqual(['data/export.tsv', 'ledger/log.jsonl']);
  });

  it('names the content record the text came from', () => {
    const issues = run(
      { 'rounds/r1/index.html': page(`<p>身份证 ${VALID_ID}</p>`) },
      { 'publicities/p1.yaml': `remarks: 身份证 ${VALID_ID}\n`, 'publicities/p2.yaml': 'remarks: 无\n' },
    );
    expect(issues[0]!.sources).toEqual(['content/publicities/p1.yaml']);
  });

  it('falls back to the record of the page when no content file holds the text verbatim', () => {
    const issues = run({ 'people/lin/index.html': page('<p>139 1234 5678</p>') }, { 'people/lin.yaml': 'name: 林\n' });
    expect(issues[0]!.sources).toEqual(['content/people/lin.yaml']);
  });

  it('masks the found number in the message', () => {
    expect(mask('13912345678')).toBe('139****5678');
    expect(run({ 'index.html': page('13912345678') })[0]!.message).not.toContain('13912345678');
  });
});

describe('privacy scanner on calendars', () => {
  it('ignores event UIDs, which look like addresses but name events', () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:gs-1@gongshi.wangchuan.exam\r\n ple\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(run({ 'feeds/windows.ics': ics })).toEqual([]);
  });

  it('still catches an address in an event description', () => {
    const ics = 'BEGIN:VEVENT\r\nUID:gs-1@gongshi.wangchuan.example\r\nDESCRIPTION:联系 lin@mail.example\r\nEND:VEVENT\r\n';
    expect(run({ 'feeds/windows.ics': ics })).toHaveLength(1);
  });
});
