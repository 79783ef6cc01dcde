/** /data/{kind}/{id}.json: every record exactly as written; its RFC 8785 SHA-256 is its ledger hash. */
import type { GetStaticPaths } from 'astro';
import { ledgerSite } from '../../../lib/ledger/astro-ledger.ts';

export const getStaticPaths = (() => [...ledgerSite().sources.values()].map((r) => ({ params: { kind: r.kind, id: r.id }, props: { key: r.key } }))) satisfies GetStaticPaths;

/** The record's JSON. */
export function GET({ props }: { props: { key: string } }): Response {
  return new Response(`${JSON.stringify(ledgerSite().sources.get(props.key)!.data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
