/** /ledger/leaves.jsonl: one line per leaf, exactly the bytes its leaf hash covers. */
import { ledgerSite } from '../../pipeline/astro-ledger.ts';
import { leavesText } from '../../ledger/site.ts';

/** The leaves file. */
export async function GET(): Promise<Response> {
  return new Response(leavesText(await ledgerSite()), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
}
