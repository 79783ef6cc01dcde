/** The post-build checks, in the order they run, and one call to run them over one reading of the site. */
import { listFiles, type CheckContext, type CheckIssue, type CheckName } from './built-site.ts';
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
  const make: Record<CheckName, () => FileCheck> = {
    privacy: () => privacyCheck(ctx),
    links: () => linksCheck(ctx, files),
    'third-party': () => thirdPartyCheck(ctx),
    csp: () => cspCheck(),
    'xml-chars': () => xmlCharsCheck(),
  };
  return runPass(ctx, names.map((n) => make[n]()), options, files).flat();
}
