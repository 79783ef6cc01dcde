/** /data/rounds/{id}.compiled.json: one selection round with every stage's records (like an OCDS compiled record). */
import type { GetStaticPaths } from 'astro';
import { getDataset } from '../../../pipeline/astro-dataset.ts';
import { valuePage } from '../../../view/page-keys.ts';
import { ledgerSite } from '../../../pipeline/astro-ledger.ts';
import { compiledRound } from '../../../view/open-data.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  const site = await ledgerSite();
  return [...ds.byKind.rounds.keys()].map((id) => ({ params: { id }, ...valuePage('compiled-round', compiledRound(ds, site, id)) }));
}) satisfies GetStaticPaths;

/** The compiled round. */
export function GET({ props }: { props: { value: unknown } }): Response {
  return new Response(`${JSON.stringify(props.value, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
