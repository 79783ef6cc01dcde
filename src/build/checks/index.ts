/** The post-build checks, in the order they run, and one call to run them over one reading of the site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readSiteSettings, type CheckContext, type CheckIssue, type CheckName } from './built-site.ts';
import { codeDigest, contentHash } from '../published-files.ts';
import { checkCsp, cspCheck } from './csp.ts';
import { checkLinks, linksCheck } from './links.ts';
import { runPass, type FileCheck, type PassOptions } from './pass.ts';
import { checkPrivacy, privacyCheck } from './privacy.ts';
import { checkThirdParty, thirdPartyCheck } from './third-party.ts';
import { checkXmlChars, xmlCharsCheck } from './xml-chars.ts';

export { formatIssues, type CheckIssue, type CheckName } from './built-site.ts';

/** Every check by name. */
export const CHECKS: Record<CheckName, (ctx: CheckContext) => CheckIssue[]> = {
  privacy: checkPrivacy,
  links: checkLinks,
  'third-party': checkThirdParty,
  csp: checkCsp,
  'xml-chars': checkXmlChars,
};

/**
 * Run the checks `names` (all by default) over the built folder `dir` of the project at `root`, in
 * one pass that reads and parses each file once; `options.rewriteHtml` (the CSP step) rewrites each
 * page first. Issues come check by check, in the order of `names`, each check's in file order.
 */
export function runChecks(dir: string, root: string, names: readonly CheckName[] = Object.keys(CHECKS) as CheckName[], options: PassOptions = {}): CheckIssue[] {
  const ctx = { dir, root };
  const files = listFiles(dir);
  return runPass(ctx, checksFor(ctx, files, names), options, files).flat();
}

/**
 * A fresh instance of each check `names`, in that order, for the pass over `files` (the listing of
 * `ctx.dir`); `recordOnly` makes the checks that judge across files (links) only read (checks/lanes.ts).
 */
export function checksFor(ctx: CheckContext, files: readonly string[], names: readonly CheckName[] = Object.keys(CHECKS) as CheckName[], { recordOnly = false } = {}): FileCheck[] {
  const make: Record<CheckName, () => FileCheck> = {
    privacy: () => privacyCheck(ctx),
    links: () => linksCheck(ctx, files, { recordOnly }),
    'third-party': () => thirdPartyCheck(ctx),
    csp: () => cspCheck(),
    'xml-chars': () => xmlCharsCheck(),
  };
  return names.map((n) => make[n]());
}

/**
 * The context digest of the pass over a site of the project at `root` (published-files.ts): what a
 * file's rewritten bytes and its verdicts depend on besides its path and its own bytes — the site's
 * address and declared channels, the year (the privacy scan takes no birth date after it), the code
 * of the checks and of the CSP step, the HTML parser's version and Node's.
 */
export function passContext(root: string): string {
  const { url, channels } = readSiteSettings(root);
  const here = import.meta.dirname;
  let parser = 'unknown';
  try {
    parser = (JSON.parse(readFileSync(join(here, '..', '..', '..', 'node_modules', 'htmlparser2', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Not installed where expected: the digest still covers this project's code.
  }
  const code = codeDigest([here, join(here, '..', 'csp.ts'), join(here, '..', 'published-files.ts')], [parser, process.version]);
  return contentHash(JSON.stringify({ url: url?.href ?? null, channels, year: new Date().getUTCFullYear(), code }));
}
