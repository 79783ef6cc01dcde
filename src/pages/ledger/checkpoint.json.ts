/** /ledger/checkpoint.json: the committed checkpoint, byte for byte. */
import { formatCheckpoint } from '../../ledger/log.ts';
import { ledgerSite } from '../../pipeline/astro-ledger.ts';

/** The checkpoint file; 404 (not generated) before the first seal. */
export async function GET(): Promise<Response> {
  const cp = (await ledgerSite()).checkpoint;
  return new Response(cp ? formatCheckpoint(cp) : '{}\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
