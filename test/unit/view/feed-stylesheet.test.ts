/** The XSLT stylesheet that shows a feed as a page in a browser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_CSS, feedStylesheet } from '../../../src/view/feed-stylesheet.ts';

const xsl = feedStylesheet('望川市<干部>公示网');

describe('the feed stylesheet', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xsl)).toBe(true);
    expect(new XMLParser().parse(xsl)).toHaveProperty('xsl:stylesheet');
  });

  it('explains how to subscribe and shows the address to copy', () => {
    expect(xsl).toContain('如何订阅');
    expect(xsl).toContain("atom:link[@rel='self']/@href");
  });

  it('uses the site stylesheet and no inline style or script, which the CSP would refuse', () => {
    expect(xsl).toContain(`href="${FEED_CSS}"`);
    expect(xsl).not.toMatch(/<script|<style|style="/);
  });

  it('escapes the site name', () => {
    expect(xsl).toContain('望川市&lt;干部&gt;公示网');
  });
});
