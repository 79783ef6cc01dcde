/** The post-build checks, in the order they run, and one call to run them. */
import type { CheckContext, CheckIssue, CheckName } from './built-site.ts';
import { checkCsp } from './csp.ts';
import { checkLinks } from './links.ts';
import { checkPrivacy } from './privacy.ts';
import { checkThirdParty } from './third-party.ts';

export { formatIssues, type CheckIssue, type CheckName } from './built-site.ts';

/** Every check by name. */
export const CHECKS: Record<CheckName, (ctx: CheckContext) => CheckIssue[]> = {
  privacy: checkPrivacy,
  links: checkLinks,
  'third-party': checkThirdParty,
  csp: checkCsp,
};

/** Run the checks `names` (all by default) over the built folder `dir` of the project at `root`. */
export function runChecks(dir: string, root: string, names: readonly CheckName[] = Object.keys(CHECKS) as CheckName[]): CheckIssue[] {
  return names.flatMap((name) => CHECKS[name]({ dir, root }));
}
