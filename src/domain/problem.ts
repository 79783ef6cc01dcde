import { inputMessages } from '../i18n/zh-cn-input.ts';

/** One thing wrong with the content, located precisely enough for a clerk to fix it. */
export interface Problem {
  /** Rule ID from the catalog when a rule found it; absent for shape and reference errors. */
  rule?: string;
  /** Path of the file relative to the project root, e.g. content/publicities/x.yaml. */
  file: string;
  /** Field path inside the record, e.g. window.to or candidates[0].person; '' for the whole file. */
  path: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  /** 1-based line and column of the field, when known. */
  line?: number;
  column?: number;
}

/** Field path as written in messages: `candidates[0].person`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** One line per problem: `file:line:col  path  message  [rule]`, sorted by file and line. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
      return `${where}  ${p.path || inputMessages.wholeFile}  ${p.message}${p.rule ? `  [${p.rule}]` : ''}`;
    })
    .join('\n');
}

/** Problems in file order, then line order, so a clerk can work down the list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}
