/**
 * The XSLT stylesheet that turns any of the site's RSS files into a readable page when opened in a
 * browser: what a feed is, how to subscribe (with the address to copy), the page showing the same
 * view, and the items with their summaries. It uses the site's stylesheet (served as
 * /feeds/feed.css) and no inline style or script, so the site's Content-Security-Policy allows it.
 */
import { ui } from '../i18n/zh-cn.ts';
import { escapeHtml } from './feed-items.ts';

/** Where the feed page's CSS is served. */
export const FEED_CSS = '/feeds/feed.css';

/** The stylesheet's text for the site called `siteName`. */
export function feedStylesheet(siteName: string): string {
  const t = ui.feedPage;
  const e = escapeHtml;
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="yes"/>
<xsl:template match="/">
<html lang="${e(ui.lang)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="/rss/channel/title"/></title>
<link rel="stylesheet" href="${FEED_CSS}"/>
</head>
<body>
<header class="site-header"><div class="wrap site-header__inner"><a href="/" class="site-header__name">${e(siteName)}</a></div></header>
<div class="wrap"><main id="main">
<p class="caption">${e(t.kicker)}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p class="lead"><xsl:value-of select="/rss/channel/description"/></p>
<section class="box box--notice" aria-labelledby="how">
<h2 id="how">${e(t.howHeading)}</h2>
<p>${e(t.what)}</p>
<ol>${t.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>
<p>${e(t.address)}<code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
<p><a href="{/rss/channel/link}">${e(t.page)}</a></p>
<p><a href="/feeds/">${e(t.all)}</a></p>
</section>
<xsl:if test="/rss/channel/item">
<section class="block" aria-labelledby="items">
<h2 id="items">${e(t.latestHeading)}</h2>
<ul class="records">
<xsl:for-each select="/rss/channel/item">
<li><a class="records__title" href="{link}"><xsl:value-of select="title"/></a><span class="records__meta"><span><xsl:value-of select="description"/></span></span></li>
</xsl:for-each>
</ul>
</section>
</xsl:if>
</main></div>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
