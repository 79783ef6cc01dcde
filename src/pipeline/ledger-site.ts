/** The ledger site of a project outside Astro (post-build steps, tests): its written content comes from validation. */
import { referenceDate } from '../domain/dates.ts';
import { loadLedgerSite, type LedgerSite } from '../ledger/site.ts';
import { validateContent } from './validate.ts';

/** The ledger of the project at `root` with the records published on `today`. */
export function publishedLedgerSite(root: string, today = referenceDate()): LedgerSite {
  return loadLedgerSite(root, validateContent(root, today).sources);
}
