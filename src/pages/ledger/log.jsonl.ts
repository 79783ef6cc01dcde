/** /ledger/log.jsonl: the full log with every version's data, as committed. */
import { existsSync, readFileSync } from 'node:fs';
import { ledgerSite } from '../../pipeline/astro-ledger.ts';

/** The log file, byte for byte (empty before the first seal). */
export async function GET(): Promise<Response> {
  const file = (await ledgerSite()).logFile;
  return new Response(existsSync(file) ? readFileSync(file) : '', { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
}
