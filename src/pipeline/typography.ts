/**
 * The typography warnings of `npm run validate`: only for records about to be sealed (new, or
 * changed since their last sealed version). A sealed record changes only with a correction, so
 * warning about it again on every run helps nobody; and at 100,000 records checking every file
 * would take minutes (about 14 ms a file, measured on the sample), while a day's new records take
 * a moment. `npm run lint:zh` checks every file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealedAsIs, versionsByKey } from '../ledger/check.ts';
import type { SourceRecord } from '../ledger/records.ts';
import type { Ledger } from '../ledger/store.ts';
import type { Problem } from '../domain/problem.ts';
import { lintYamlTypography } from '../domain/typography-yaml.ts';

/**
 * Content files (relative to the root) of `sources` not sealed as they now read: `sources` and
 * `ledger` as validation read and checked them, so nothing is read or hashed again.
 */
export function unsealedFiles(ledger: Ledger, sources: readonly SourceRecord[]): string[] {
  const sealed = versionsByKey(ledger.entries);
  return sources
    .filter((r) => {
      const last = sealed.get(r.key)?.at(-1);
      return !last || !sealedAsIs(r.data, last);
    })
    .map((r) => r.file);
}

/** Typography warnings for `files` (relative to `root`). */
export function typographyWarnings(root: string, files: readonly string[]): Problem[] {
  return files.flatMap((file) => lintYamlTypography(file, readFileSync(join(root, file), 'utf8')));
}
