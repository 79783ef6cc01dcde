/**
 * The typography warnings of `npm run validate`: only for records about to be sealed (new, or
 * changed since their last sealed version). A sealed record changes only with a correction, so
 * warning about it again on every run helps nobody; and at 100,000 records checking every file
 * would take minutes (about 14 ms a file, measured on the sample), while a day's new records take
 * a moment. `npm run lint:zh` checks every file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { versionsByKey } from '../ledger/check.ts';
import { recordHash } from '../ledger/node-hash.ts';
import type { SourceRecord } from '../ledger/records.ts';
import { readLedger } from '../ledger/store.ts';
import type { Problem } from '../domain/problem.ts';
import { lintYamlTypography } from '../domain/typography-yaml.ts';

/** Content files (relative to `root`) of `sources` (the records as validation read them) not sealed as they now read. */
export function unsealedFiles(root: string, sources: readonly SourceRecord[]): string[] {
  const sealed = versionsByKey(readLedger(root).entries);
  return sources
    .filter((r) => sealed.get(r.key)?.at(-1)?.hash !== recordHash(r.data))
    .map((r) => r.file);
}

/** Typography warnings for `files` (relative to `root`). */
export function typographyWarnings(root: string, files: readonly string[]): Problem[] {
  return files.flatMap((file) => lintYamlTypography(file, readFileSync(join(root, file), 'utf8')));
}
