/** `npm run validate`: check every record and the procedure across records; exit 1 on any problem. */
import { resolve } from 'node:path';
import { formatProblems } from '../src/domain/problem.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';
import { typographyWarnings, unsealedFiles } from '../src/pipeline/typography.ts';
import { typographyUi } from '../src/i18n/zh-cn-typography.ts';
import { cliUi } from '../src/i18n/zh-cn-cli.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
try {
  const today = referenceDate();
  const { problems, records, scheduled, sources, ledger } = validateContent(root, today);
  // Warnings only: typography never stops a build, but the clerk sees it before sealing.
  const warnings = typographyWarnings(root, unsealedFiles(ledger, sources));
  if (warnings.length) console.error(`${formatProblems(warnings)}\n⚠ ${typographyUi.validateWarnings(warnings.length)}\n`);
  const ms = Math.round(performance.now() - started);
  // Scheduled records are not problems: they are listed so the clerk sees what will appear, and when.
  if (scheduled.length) console.log([inputMessages.scheduled.heading(scheduled.length, today), ...scheduled.map((s) => inputMessages.scheduled.line(s.file, s.published))].join('\n'));
  if (problems.length) {
    console.error(formatProblems(problems));
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`\n✗ ${cliUi.validate.failed(files, problems.length, records, ms)}`);
    process.exit(1);
  }
  console.log(`✓ ${cliUi.validate.passed(records, ms)}`);
} catch (err) {
  console.error(`✗ ${cliUi.validate.crashed(err instanceof Error ? err.message : String(err))}`);
  process.exit(2);
}
