/**
 * Check a built site: privacy, internal links and anchors, third-party requests, CSP, characters XML forbids. The build
 * runs the same checks before it replaces dist/; this CLI checks any folder after the fact.
 *
 * Usage: node scripts/check-site.ts [DIR] [--root ROOT] [--only privacy,links,third-party,csp,xml-chars]
 *        node scripts/check-site.ts [DIR] --csp-header   (print the policy for the web server)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKS, formatIssues, runChecks, type CheckName } from '../src/build/checks/index.ts';
import { siteHeaderPolicy } from '../src/build/csp.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' }, only: { type: 'string' }, 'csp-header': { type: 'boolean', default: false } },
});

function main(): number {
  const root = resolve(values.root!);
  const dir = resolve(root, positionals[0] ?? 'dist');
  if (!existsSync(dir)) {
    console.error(`✗ ${cliUi.checkSite.notBuilt(dir)}`);
    return 1;
  }
  if (values['csp-header']) {
    console.log(siteHeaderPolicy(dir));
    return 0;
  }
  const names = (values.only?.split(',').map((s) => s.trim()) ?? Object.keys(CHECKS)) as CheckName[];
  const unknown = names.filter((n) => !(n in CHECKS));
  if (unknown.length) {
    console.error(`✗ ${cliUi.checkSite.unknown(unknown, Object.keys(CHECKS))}`);
    return 1;
  }
  const t0 = performance.now();
  const issues = runChecks(dir, root, names);
  const ms = Math.round(performance.now() - t0);
  if (issues.length) {
    console.error(formatIssues(issues));
    console.error(`\n✗ ${cliUi.checkSite.failed(issues.length, names, ms)}`);
    return 1;
  }
  console.log(`✓ ${cliUi.checkSite.passed(names, ms)}`);
  return 0;
}

process.exitCode = main();
