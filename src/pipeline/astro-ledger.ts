/** The ledger site of the project Astro is building (its configured root, not the working directory). */
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { getLedgerSite, type LedgerSite } from '../ledger/site.ts';

/** The build's ledger, read once. */
export function ledgerSite(): LedgerSite {
  // GONGSHI_ROOT (scripts/build.ts --root) names another jurisdiction built with this code.
  return getLedgerSite(process.env.GONGSHI_ROOT ?? fileURLToPath(root));
}
