/** /data/catalog.json: every record with its page, JSON, hash and ledger state. */
import { ledgerSite } from '../../pipeline/astro-ledger.ts';
import { catalog } from '../../view/open-data.ts';

/** The catalog. */
export async function GET(): Promise<Response> {
  return new Response(`${JSON.stringify(catalog(await ledgerSite()), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
