/** /data/catalog.json: every record with its page, JSON, hash and ledger state. */
import { ledgerSite } from '../../lib/ledger/astro-ledger.ts';
import { catalog } from '../../lib/open-data.ts';

/** The catalog. */
export function GET(): Response {
  return new Response(`${JSON.stringify(catalog(ledgerSite()), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
