/** Every RSS feed of the catalogue (src/view/feeds.ts): /feeds/all.xml, /feeds/{kind}.xml, /feeds/{units|rounds|people}/{id}.xml. */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../pipeline/astro-dataset.ts';
import { feedFile } from '../../view/page-keys.ts';
import { feedSubjects } from '../../view/feeds.ts';
import { feedUrl } from '../../domain/urls.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return feedSubjects(ds).map((subject) => ({ params: { feed: feedUrl(subject).replace(/^\/feeds\//, '').replace(/\.xml$/, '') }, ...feedFile(ds, subject) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ options: RSSOptions }> = async ({ props }) => {
  return new Response(await getRssString(props.options), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
