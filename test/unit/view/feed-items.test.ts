import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { escapeHtml, feedItem, noticeHtml, noticeSubjects, rfc822Shanghai, shanghaiMidnight, summaryText, toRssItem } from '../../../src/view/feed-items.ts';
import { noticeView } from '../../../src/view/notices/index.ts';
import { exampleDataset, plain } from '../../fixtures/example-dataset.ts';

const ds = exampleDataset();
const site = 'https://gongshi.wangchuan.example';

describe('a notice as a feed item', () => {
  it('has the title, the absolute permalink as link and guid, and the publication date at midnight in Shanghai', () => {
    const item = feedItem(ds, ds.byKind.publicities.get('gs-1')!);
    expect(item.title).toBe('任前公示');
    expect(item.link).toBe(`${site}/publicities/gs-1/`);
    expect(item.guid).toBe(item.link);
    expect(item.pubDate.toISOString()).toBe('2026-06-01T16:00:00.000Z');
  });

  it('is filed under its kind first, then the units it is about', () => {
    expect(feedItem(ds, ds.byKind.publicities.get('gs-1')!).categories).toEqual(['任前公示', '望川市交通运输局']);
  });

  it('does not file a notice under its issuer, which issues nearly everything', () => {
    const withIssuer = exampleDataset({ overrides: { 'plans/plan-2026.yaml': { ...example('plans'), issuer: 'swzzb' } } });
    expect(feedItem(withIssuer, withIssuer.byKind.plans.get('plan-2026')!).categories).toEqual(['年度计划', '望川市交通运输局']);
  });

  it('keeps the same guid when the site is built again', () => {
    const again = exampleDataset();
    for (const n of ds.notices) expect(feedItem(again, again.byKind[n.kind].get(n.id) as never).guid).toBe(feedItem(ds, n).guid);
  });

  it('gives every notice its own guid', () => {
    const guids = ds.notices.map((n) => feedItem(ds, n).guid);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('summarises a publicity with its window and the deadline to report', () => {
    expect(feedItem(ds, ds.byKind.publicities.get('gs-1')!).description).toBe('任前公示，2026年6月2日发布；公示对象林晓川，拟任市交通运输局副局长；公示期2026年6月2日至2026年6月8日；反映问题截止2026年6月8日。');
  });

  it("leads with the kind and date, then the clerk's lead paragraph when there is one", () => {
    const led = exampleDataset({ overrides: { 'plans/plan-2026.yaml': { ...example('plans'), summary: '第一段。\n第二段。' } } });
    expect(summaryText(led, led.byKind.plans.get('plan-2026')!)).toBe('年度计划，2026年1月15日发布；第一段。');
  });
});

describe('a correction as a feed item', () => {
  const item = feedItem(ds, ds.byKind.corrections.get('gz-1')!);

  it('links to the record it corrects and keeps its own permalink as guid', () => {
    expect(item.link).toBe(`${site}/publicities/gs-1/`);
    expect(item.guid).toBe(`${site}/corrections/gz-1/`);
  });

  it('says what it corrects and why', () => {
    expect(item.description).toBe('更正，2026年6月5日发布；针对《任前公示》；原因：拟任职务表述有误。');
  });

  it('is about what its target is about: the round, the units and the people', () => {
    expect(noticeSubjects(ds, ds.byKind.corrections.get('gz-1')!)).toEqual({ round: 'r1', units: ['jtj'], people: ['lin-xc'] });
  });

  it('links to its own page when the corrected record has none', () => {
    const q = exampleDataset({ overrides: { 'corrections/gz-1.yaml': { ...example('corrections'), corrects: 'qualifications/q1' } } });
    expect(feedItem(q, q.byKind.corrections.get('gz-1')!).link).toBe(`${site}/corrections/gz-1/`);
  });
});

describe('the full notice in content:encoded', () => {
  it('holds every section the notice page shows', () => {
    const entry = ds.byKind['inspection-reports'].get('kcbg-1')!;
    const html = noticeHtml(ds, entry);
    for (const s of noticeView(ds, entry).sections) {
      const heading = 'caption' in s ? s.caption : 'heading' in s ? s.heading : undefined;
      if (heading) expect(html).toContain(escapeHtml(heading));
    }
    expect(html).toContain('民主测评结果');
  });

  it('escapes text from the content, so markup in a field is shown, never run', () => {
    const hostile = exampleDataset({ overrides: { 'plans/plan-2026.yaml': { ...example('plans'), title: '<script>alert(1)</script> & 计划', summary: '<img src=x onerror=alert(1)>' } } });
    const html = noticeHtml(hostile, hostile.byKind.plans.get('plan-2026')!);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links with absolute URLs, which a feed reader needs', () => {
    const html = noticeHtml(ds, ds.byKind.publicities.get('gs-1')!);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/gongshi\.wangchuan\.example\//);
  });

  it('tells the reader of a corrected notice where the correction is', () => {
    const html = noticeHtml(ds, ds.byKind.publicities.get('gs-1')!);
    expect(html).toContain('本记录已更正');
    expect(html).toContain(`href="${site}/corrections/gz-1/"`);
  });

  it('shows the reference code a reporter quotes', () => {
    expect(plain(noticeHtml(ds, ds.byKind.publicities.get('gs-1')!))).toContain('GS-XTQ2MSWX');
  });
});

describe('the item as @astrojs/rss takes it', () => {
  it('carries the guid as custom data, escaped, instead of reusing the link', () => {
    const rss = toRssItem({ ...feedItem(ds, ds.byKind.corrections.get('gz-1')!), guid: 'https://x.example/?a=1&b=2' });
    expect(rss.customData).toBe('<guid isPermaLink="true">https://x.example/?a=1&amp;b=2</guid><pubDate>Fri, 05 Jun 2026 00:00:00 +0800</pubDate>');
    expect('guid' in rss).toBe(false);
  });

  it('escapes the summary, which readers render as HTML', () => {
    const hostile = exampleDataset({ overrides: { 'plans/plan-2026.yaml': { ...example('plans'), summary: '计划<script>alert(1)</script>' } } });
    const rss = toRssItem(feedItem(hostile, hostile.byKind.plans.get('plan-2026')!));
    expect(rss.description).toBe('年度计划，2026年1月15日发布；计划&lt;script&gt;alert(1)&lt;/script&gt;。');
  });
});

describe('dates', () => {
  it('takes midnight in Asia/Shanghai, eight hours ahead of UTC', () => {
    expect(shanghaiMidnight('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });
});

describe('the substance of a feed item', () => {
  it('gives a decision its candidates, votes and results, not the members who voted', () => {
    const text = summaryText(ds, ds.byKind.decisions.get('jd-1')!);
    expect(text).toBe('讨论决定，2026年6月1日发布；林晓川，望川市交通运输局副局长（副处级）：同意1票，不同意0票，弃权或缓议0票，通过。');
    expect(text).not.toContain('李明');
  });

  it('gives an appointment its outcome and effective date', () => {
    expect(summaryText(ds, ds.byKind.appointments.get('rz-1')!)).toBe('任职结果，2026年6月20日发布；林晓川任市交通运输局副局长，2026年6月18日起生效。');
  });

  it('dates an item at midnight Beijing time with its own offset, never the evening before in GMT', () => {
    expect(rfc822Shanghai('2026-09-28')).toBe('Mon, 28 Sep 2026 00:00:00 +0800');
    expect(rfc822Shanghai('2026-01-01')).toBe('Thu, 01 Jan 2026 00:00:00 +0800');
    expect(Date.parse(rfc822Shanghai('2026-09-28'))).toBe(shanghaiMidnight('2026-09-28').getTime());
    expect(toRssItem(feedItem(ds, ds.byKind.publicities.get('gs-1')!)).customData).toContain('<pubDate>Tue, 02 Jun 2026 00:00:00 +0800</pubDate>');
  });
});
