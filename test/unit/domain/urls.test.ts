import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  displayUrl,
  isListedKind,
  listUrl,
  mailtoHref,
  noticeUrl,
  personUrl,
  recordUrl,
  refUrl,
  roundUrl,
  sectionOf,
  smsHref,
  telHref,
  unitUrl,
} from '../../../src/domain/urls.ts';

describe('permalinks', () => {
  it('puts a notice under its kind', () => {
    expect(noticeUrl('publicities', '2026-jt-gs')).toBe('/publicities/2026-jt-gs/');
  });

  it('gives rounds, people and units their own folders', () => {
    expect(roundUrl('r1')).toBe('/rounds/r1/');
    expect(personUrl('lin-xc')).toBe('/people/lin-xc/');
    expect(unitUrl('jtj')).toBe('/units/jtj/');
  });

  it('gives the first page of a list the bare folder and later pages a page number', () => {
    expect(listUrl('publicities')).toBe('/publicities/');
    expect(listUrl('publicities', 1)).toBe('/publicities/');
    expect(listUrl('people', 3)).toBe('/people/page/3/');
  });

  it('refuses a page number below one', () => {
    expect(() => listUrl('rounds', 0)).toThrow('bad page number');
  });

  it('links any record with a page and none without', () => {
    expect(recordUrl('decisions', 'jd-1')).toBe('/decisions/jd-1/');
    expect(recordUrl('units', 'jtj')).toBe('/units/jtj/');
    expect(recordUrl('bodies', 'swcwh')).toBeUndefined();
    expect(recordUrl('qualifications', 'q1')).toBeUndefined();
  });

  it('follows a kind/id reference as a correction writes it', () => {
    expect(refUrl('publicities/gs-1')).toBe('/publicities/gs-1/');
    expect(refUrl('bodies/swcwh')).toBeUndefined();
  });

  it('knows which kinds have list pages', () => {
    expect(isListedKind('appointments')).toBe(true);
    expect(isListedKind('rounds')).toBe(true);
    expect(isListedKind('bodies')).toBe(false);
  });

  it('marks the navigation section of a kind', () => {
    expect(sectionOf('publicities')).toBe('publicities');
    expect(sectionOf('decisions')).toBeUndefined();
  });

  it('keeps a sub-path of the deployed address', () => {
    expect(absoluteUrl('https://gongshi.wangchuan.example', '/rounds/r1/')).toBe('https://gongshi.wangchuan.example/rounds/r1/');
    expect(absoluteUrl('https://example.gov.cn/gongshi/', '/rounds/r1/')).toBe('https://example.gov.cn/gongshi/rounds/r1/');
  });
});

describe('reporting links', () => {
  it('dials the number as published', () => {
    expect(telHref('0000-12380')).toBe('tel:0000-12380');
  });

  it('puts the reference code in the e-mail subject', () => {
    expect(mailtoHref('jubao@wangchuan.example', '反映问题:publicities/gs-1')).toBe(
      'mailto:jubao@wangchuan.example?subject=%E5%8F%8D%E6%98%A0%E9%97%AE%E9%A2%98%3Apublicities%2Fgs-1',
    );
  });

  it('writes a plain mailto without a subject', () => {
    expect(mailtoHref('jubao@wangchuan.example')).toBe('mailto:jubao@wangchuan.example');
  });

  it('texts the short number', () => {
    expect(smsHref('12380')).toBe('sms:12380');
  });

  it('shows a website without its scheme', () => {
    expect(displayUrl('https://www.12380.gov.cn')).toBe('www.12380.gov.cn');
    expect(displayUrl('https://www.12380.gov.cn/html/index.html')).toBe('www.12380.gov.cn/html/index.html');
  });
});
