/** /data/rounds/{id}.compiled.json: one selection round with every stage's records (like an OCDS compiled record). */
import type { GetStaticPaths } from 'astro';
import { getDataset } from '../../../pipeline/astro-dataset.ts';
import { valueKey } from '../../../view/page-keys.ts';
import { ledgerSite } from '../../../pipeline/astro-ledger.ts';
import { compiledRound } from '../../../view/open-data.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  const site = await ledgerSite();
  return [...ds.byKind.rounds.keys()].map((id) => ({ params: { id }, cacheKey: valueKey('compiled-round', compiledRound(ds, site, id)) }));
}) satisfies GetStaticPaths;

/** The compiled round. */
export async function GET({ params }: { params: { id: string } }): Promise<Response> {
  const body = compiledRound(await getDataset(), (await ledgerSite()), params.id);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
