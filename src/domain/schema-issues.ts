/** Turning zod issues into problems a clerk can act on: Chinese text, field path, line and column. */
import { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';
import { locate, type YamlSource } from './yaml-source.ts';

z.config(z.locales.zhCN());

const PRIVATE_HINT = '如果这是身份证号、私人电话、家庭住址或财产金额,这些信息不得录入';

/** The problems `error` describes in `source`. */
export function issuesToProblems(source: YamlSource, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: source.file,
          path: formatPath(path),
          message: `不认识的字段“${key}”:请检查拼写,或删除它(${PRIVATE_HINT})`,
          ...locate(source, path),
        });
      }
      continue;
    }
    const missing = issue.code !== 'custom' && issue.path.length > 0 && readAt(source.data, issue.path) === undefined;
    problems.push({
      file: source.file,
      path: formatPath(issue.path),
      message: missing ? `缺少必填字段“${String(issue.path.at(-1) ?? '')}”:${issue.message}` : issue.message,
      ...locate(source, issue.path),
    });
  }
  return problems;
}

function readAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
