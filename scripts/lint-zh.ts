/**
 * `npm run lint:zh`: Chinese typography (full-width punctuation per GB/T 15834, no space between
 * Chinese and digits or Latin) of the UI strings in src/i18n/ and of every content file.
 * `-- --fix` corrects them in place; run it again after merging branches that add strings.
 *
 * Usage: node scripts/lint-zh.ts [--fix] [--root DIR] [FILE …]   (default: src/i18n/, src/view/ and content/**\/*.yaml)
 * Exit 1 when something is left to correct.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, type Problem } from '../src/domain/problem.ts';
import { fixYamlTypography, lintYamlTypography } from '../src/domain/typography-yaml.ts';
import { fixSourceTypography, lintSourceTypography } from '../src/build/typography-source.ts';
import { typographyUi } from '../src/i18n/zh-cn-typography.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { fix: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const root = resolve(values.root!);

/** Files under `dir` (relative to root) ending in `ext`, sorted. */
function filesUnder(dir: string, ext: string): string[] {
  const abs = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return filesUnder(rel, ext);
    return name.endsWith(ext) ? [rel] : [];
  });
}

/** Where the UI strings live: the dictionaries, and the view models' few literal sentences (open-data column notes). */
const UI_FILES = ['src/i18n', 'src/view'];

const files = positionals.length ? positionals.map((f) => relative(root, resolve(f))) : [...UI_FILES.flatMap((d) => filesUnder(d, '.ts')), ...filesUnder('content', '.yaml')];

let ui = 0;
let content = 0;
let changed = 0;
let changedFiles = 0;
const problems: Problem[] = [];
for (const file of files) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const isYaml = /\.ya?ml$/.test(file);
  if (values.fix) {
    const out = isYaml ? fixYamlTypography(file, text) : (({ code, fixed }) => ({ text: code, fixed }))(fixSourceTypography(file, text));
    if (out.text !== text) {
      writeFileSync(path, out.text);
      changed += out.fixed;
      changedFiles++;
    }
  }
  const after = values.fix ? readFileSync(path, 'utf8') : text;
  if (isYaml) {
    const found = lintYamlTypography(file, after);
    content += found.length;
    problems.push(...found);
  } else {
    const found = lintSourceTypography(file, after);
    ui += found.length;
    problems.push(...found.map((f) => ({ file: f.file, path: f.path, line: f.line, column: f.column, message: f.message })));
  }
}

if (values.fix) console.log(`✓ ${typographyUi.fixed(changed, changedFiles)}`);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\n✗ ${typographyUi.summary(ui, content)}${values.fix ? `；${typographyUi.unfixable(problems.length)}` : typographyUi.fixHint}`);
  process.exit(1);
}
console.log(`✓ ${typographyUi.clean(files.length)}`);
