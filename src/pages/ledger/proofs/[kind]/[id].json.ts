/** /ledger/proofs/{kind}/{id}.json: every sealed version of a record with its inclusion proof. */
import type { GetStaticPaths } from 'astro';
import { ledgerSite } from '../../../../lib/ledger/astro-ledger.ts';
import { proofFile } from '../../../../lib/ledger/site.ts';

export const getStaticPaths = (() =>
  [...ledgerSite().versions.keys()].map((key) => {
    const [kind, id] = key.split('/') as [string, string];
    return { params: { kind, id }, props: { key } };
  })) satisfies GetStaticPaths;

/** The proof file of one record. */
export function GET({ props }: { props: { key: string } }): Response {
  return new Response(`${JSON.stringify(proofFile(ledgerSite(), props.key))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
