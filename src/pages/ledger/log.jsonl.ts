/** /ledger/log.jsonl: the full log with every version's data, as committed. */
import { ledgerSite } from '../../lib/ledger/astro-ledger.ts';

/** The log file. */
export function GET(): Response {
  return new Response(ledgerSite().logText, { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
}
