/** Every RSS feed of the catalogue (src/view/feeds.ts): /feeds/all.xml, /feeds/{kind}.xml, /feeds/{units|rounds|people}/{id}.xml. */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../pipeline/astro-dataset.ts';
import { feedKey } from '../../view/page-keys.ts';
import { feedSubjects, rssOptions } from '../../view/feeds.ts';
import { feedUrl, type FeedSubject } from '../../domain/urls.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return feedSubjects(ds).map((subject) => ({ params: { feed: feedUrl(subject).replace(/^\/feeds\//, '').replace(/\.xml$/, '') }, props: { subject }, cacheKey: feedKey(ds, subject) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: FeedSubject }> = async ({ props }) => {
  const ds = await getDataset();
  return new Response(await getRssString(rssOptions(ds, props.subject)), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
