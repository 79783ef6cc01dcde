/** /feeds/feed.xsl: the stylesheet every RSS file names, so a feed opened in a browser reads as a page (src/view/feed-stylesheet.ts). */
import type { APIRoute } from 'astro';
import { getDataset } from '../../pipeline/astro-dataset.ts';
import { feedStylesheet } from '../../view/feed-stylesheet.ts';

export const GET: APIRoute = async () => {
  const ds = await getDataset();
  return new Response(feedStylesheet(ds.site.name), { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
};
