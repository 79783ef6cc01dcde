/** Every RSS feed of the catalogue (src/lib/feeds.ts): /feeds/all.xml, /feeds/{kind}.xml, /feeds/{units|rounds|people}/{id}.xml. */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/astro-dataset.ts';
import { feedSubjects, rssOptions } from '../../lib/feeds.ts';
import { feedUrl, type FeedSubject } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return feedSubjects(ds).map((subject) => ({ params: { feed: feedUrl(subject).replace(/^\/feeds\//, '').replace(/\.xml$/, '') }, props: { subject } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: FeedSubject }> = async ({ props }) => {
  const ds = await getDataset();
  return new Response(await getRssString(rssOptions(ds, props.subject)), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
