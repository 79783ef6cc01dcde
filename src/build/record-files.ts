/**
 * The files every record publishes besides its page, and the ledger's static files: each record's
 * data exactly as written (/data/{kind}/{id}.json, whose RFC 8785 SHA-256 is its ledger hash), and
 * the ledger as committed — /ledger/checkpoint, /ledger/checkpoints/<size> and the tlog tiles
 * /ledger/tile/… — copied byte for byte. No per-record proof file: proofs are computed from tiles.
 * Written straight to the built folder after Astro (as endpoints they cost a quarter of its time).
 * A data file whose bytes are those of the published one (published-files.ts) is hard-linked from
 * the published site instead of written.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LedgerSite } from '../ledger/site.ts';
import { dataPath } from '../ledger/verify-site.ts';
import { contentHash, publishedCopy, reuseFile, type PublishedFiles } from './published-files.ts';

/** What the ledger publishes as files, relative to the ledger folder. */
export const LEDGER_FILES = ['checkpoint', 'checkpoints', 'tile'] as const;

/** The published site and its record, to take unchanged data files from. */
export interface PublishedSite {
  site: string;
  before?: PublishedFiles;
}

/**
 * Write every record's data file and copy the ledger files into the site folder `out`; returns how
 * many data files, and how many of them were taken from `previous`.
 */
export function writeRecordFiles(site: Pick<LedgerSite, 'sources' | 'ledgerDir'>, out: string, previous?: PublishedSite): { files: number; kept: number } {
  const made = new Set<string>();
  let files = 0;
  let kept = 0;
  const put = (path: string, text: string) => {
    const file = join(out, path);
    files++;
    const published = previous?.before ? publishedCopy(previous.site, path, previous.before.files[path]) : undefined;
    if (published && previous!.before!.files[path]!.h === contentHash(text)) {
      reuseFile(published, file);
      kept++;
      return;
    }
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, text);
  };
  for (const [key, r] of site.sources) put(dataPath(key), `${JSON.stringify(r.data, null, 2)}\n`);
  for (const name of LEDGER_FILES) {
    const from = join(site.ledgerDir, name);
    if (existsSync(from)) cpSync(from, join(out, 'ledger', name), { recursive: true });
  }
  return { files, kept };
}
