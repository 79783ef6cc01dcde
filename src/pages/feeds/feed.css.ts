/** /feeds/feed.css: the site's stylesheet under a fixed address, for feed pages rendered by /feeds/feed.xsl (which cannot know Astro's hashed CSS file name). */
import type { APIRoute } from 'astro';
import css from '../../styles/site.css?raw';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
