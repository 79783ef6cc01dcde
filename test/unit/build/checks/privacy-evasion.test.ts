/**
 * Hostile corpus, privacy: personal data written so that a plain pattern misses it — spaces, hyphens,
 * full-width digits, zero-width characters, a mistyped check digit — is still found; ordinary
 * numbers of a notice (dates, vote counts, reference codes, the declared channels) are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPrivacy, findPersonalData, isLikelyResidentId, normalizeForScan } from '../../../../src/build/checks/privacy.ts';
import { referenceCode } from '../../../../src/domain/reference-code.ts';
import { page, tmpSite } from './tmp-site.ts';

const ZW = '\u200B';
// Fictional: 320102 (a real county code), born 1985-01-01, valid check digit 2.
const ID = '320102198501010012';
const MOBILE = '13912345678';
const CHANNELS = ['0000-12380', '12380', 'jubao@wangchuan.example'];
const full = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const kinds = (text: string) => findPersonalData(text, CHANNELS).map((h) => h.kind);

describe('privacy scan: ID numbers however they are written', () => {
  it.each([
    ['plain', ID],
    ['spaced in fours', '3201 0219 8501 0100 12'],
    ['spaced 6-8-4', '320102 19850101 0012'],
    ['hyphenated', '320102-19850101-0012'],
    ['full-width digits', full(ID)],
    ['full-width digits and ideographic spaces', full('320102　19850101　0012')],
    ['zero-width spaces between digits', ID.split('').join(ZW)],
    ['word joiners and BOMs', `3201\u20600219\uFEFF85010100\u200D12`],
    ['soft hyphens', `320102\u00AD19850101\u00AD0012`],
    ['en dashes', '320102–19850101–0012'],
    ['full-width hyphens', '320102－19850101－0012'],
    ['as a character reference', `&#51;20102198501010012`],
    ['inside Chinese text', `身份证号码：${ID}，现任`],
    ['with lower-case x', '11010519491231002x'],
  ])('finds an ID number %s', (_name, text) => {
    expect(kinds(text)).toEqual(['id']);
  });

  it.each([
    ['check digit off by one', '320102198501010013'],
    ['check digit X for 2', '32010219850101001X'],
    ['mistyped with spaces', '3201 0219 8501 0100 13'],
    ['mistyped in full-width digits', full('320102198501010013')],
  ])('flags a likely ID number (real region and birth date, %s)', (_name, text) => {
    expect(kinds(text)).toEqual(['likely-id']);
  });

  it.each([
    ['province code that does not exist', '990102198501010013'],
    ['prefecture 00', '320002198501010013'],
    ['month 13', '320102198513010013'],
    ['30 February', '320102198502300013'],
    ['born before 1900', '320102180001010013'],
    ['born in the future', '320102290001010013'],
    ['17 digits', '32010219850101001'],
    ['19 digits', '3201021985010100121'],
    ['inside a hex hash', `ab${ID}cd`],
  ])('ignores an 18-digit-like number with a %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('accepts an ID-shaped residence permit only with its 0000 region', () => {
    expect(isLikelyResidentId('810000199001010012')).toBe(true);
    expect(isLikelyResidentId('810102199001010012')).toBe(false);
  });
});

describe('privacy scan: mobile numbers however they are written', () => {
  it.each([
    ['plain', MOBILE],
    ['spaced 3-4-4', '139 1234 5678'],
    ['hyphenated', '139-1234-5678'],
    ['dotted', '139.1234.5678'],
    ['mixed separators', '139-1234 5678'],
    ['spaced hyphens', '139 - 1234 - 5678'],
    ['full-width digits', full(MOBILE)],
    ['full-width digits and ideographic spaces', full('139　1234　5678')],
    ['full-width hyphens', '１３９－１２３４－５６７８'],
    ['em dashes', '139—1234—5678'],
    ['zero-width spaces between digits', MOBILE.split('').join(ZW)],
    ['zero-width joiners in groups', `139\u200D1234\u200C5678`],
    ['bidi marks', `\u202D139\u202C1234\u200E5678`],
    ['+86 prefix', '+86 139 1234 5678'],
    ['0086 prefix', '0086-139-1234-5678'],
    ['86 prefix without plus', '86 13912345678'],
    ['every digit spaced', '1 3 9 1 2 3 4 5 6 7 8'],
    ['in a sentence', `联系电话${MOBILE}（本人）`],
    ['no-break spaces', '139\u00A01234\u00A05678'],
    ['circled digits', '①③⑨①②③④⑤⑥⑦⑧'],
    ['mathematical bold digits', '𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['small-form hyphens', '139﹣1234﹣5678'],
    ['a thin space and an ideographic space', '139\u20091234\u30005678'],
    ['mixed full-width and ASCII digits', '１39１234５678'],
  ])('finds a mobile number %s', (_name, text) => {
    expect(kinds(text)).toEqual(['mobile']);
  });

  it.each([
    ['a landline', '0739-12380'],
    ['a 12-digit number', '139123456789'],
    ['a 10-digit number', '1391234567'],
    ['a number starting 12', '12912345678'],
    ['a number starting 10', '10912345678'],
  ])('ignores %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['as declared', '短信 12380'],
    ['written with full-width digits', `电话 ${full('0000-12380')}`],
  ])('accepts a declared channel %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('accepts a declared mobile channel however it is spaced', () => {
    expect(findPersonalData(full('139 1234 5678'), ['139-1234-5678'])).toEqual([]);
  });
});

describe('privacy scan: e-mail addresses however they are written', () => {
  it.each([
    ['full-width at sign', 'lin＠mail.example'],
    ['full-width letters', 'ｌｉｎ@ｍａｉｌ.ｅｘａｍｐｌｅ'],
    ['zero-width space inside', `lin${ZW}@mail.example`],
    ['full-width full stop', 'lin@mail．example'],
  ])('finds an address with a %s', (_name, text) => {
    expect(kinds(text)).toEqual(['email']);
  });

  it('accepts the declared address written in full-width letters', () => {
    expect(kinds('ｊｕｂａｏ＠ｗａｎｇｃｈｕａｎ.ｅｘａｍｐｌｅ')).toEqual([]);
  });
});

describe('privacy scan: no false alarms on what notices publish', () => {
  it.each([
    ['a date range', '公示期：2026-11-20 至 2026-11-26'],
    ['dates joined by a dash', '2026-11-20—2026-11-26'],
    ['vote counts', '应到 13 人，实到 12 人；同意 11 票，不同意 1 票，弃权 0 票'],
    ['scores', '85.50 86.25 88.00 90.75 87.60'],
    ['office hours', '工作日 8:30—12:00、14:30—17:30'],
    ['a postcode and address', '望川市明德路 1 号（999001）'],
    ['a document number', '望组干〔2026〕138号'],
    ['a reference code', referenceCode('publicities', '2026-jtj-fjz-gs')],
    ['a year and a month', '1985-01 参加工作，2026-11 任现职'],
    ['a ledger size and a timestamp', 'size 1234 1764547200000'],
  ])('ignores %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('finds nothing in any record of the sample content', () => {
    const root = resolve(import.meta.dirname, '../../../../content');
    const site = parse(readFileSync(join(root, 'site.yaml'), 'utf8')) as { channels: Record<string, string> };
    const declared = Object.values(site.channels).map(String);
    const found: string[] = [];
    let files = 0;
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(root, dir.name))) {
        files++;
        for (const h of findPersonalData(readFileSync(join(root, dir.name, f), 'utf8'), declared)) found.push(`${dir.name}/${f}: ${h.kind} ${h.value}`);
      }
    }
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});

describe('privacy scan over a built site', () => {
  it('names the content file that holds an evasively written number, and masks it', () => {
    const { root, dir } = tmpSite(
      { 'people/lin/index.html': page(`<p>${full('139 1234 5678')}</p>`) },
      { 'people/lin.yaml': `name: 林\nachievements: 电话 1${ZW}39 1234 5678\n`, 'people/wang.yaml': 'name: 王\n' },
    );
    const issues = checkPrivacy({ root, dir });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.sources).toEqual(['content/people/lin.yaml']);
    expect(issues[0]!.message).toContain('手机号码139****5678');
  });

  it('reports one number once per file however many spellings it has', () => {
    const { root, dir } = tmpSite({ 'index.html': page(`<p>${MOBILE} 和 139-1234-5678</p>`) });
    expect(checkPrivacy({ root, dir })).toHaveLength(1);
  });

  it('says a likely ID is an ID number with a mistyped check digit', () => {
    const { root, dir } = tmpSite({ 'index.html': page('<p>3201 0219 8501 0100 13</p>') });
    expect(checkPrivacy({ root, dir })[0]!.message).toMatch(/^发现疑似身份证号（地区码和出生日期成立，校验位不符.*）320\*+0013/);
  });

  it('normalises full-width text to ASCII before matching', () => {
    expect(normalizeForScan('１３９　１２３４－５６７８')).toBe('139 1234-5678');
  });
});
