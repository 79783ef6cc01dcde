/** The iCalendar feed of publicity windows (src/view/ical.ts), for reporters to subscribe to deadlines. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../pipeline/astro-dataset.ts';
import { publicityCalendar } from '../../view/ical.ts';

export const GET: APIRoute = async () => new Response(publicityCalendar(await getDataset()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
