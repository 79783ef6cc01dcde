/**
 * `npm run build`: validate, build the site into a temporary folder, index it for search, and only
 * then replace dist/. A failed build leaves the previous dist/ untouched and prints the problems.
 *
 * Usage: node scripts/build.ts [--out DIR]   (GONGSHI_TODAY fixes the reference date)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatProblems } from '../src/lib/problem.ts';
import { referenceDate } from '../src/lib/today.ts';
import { validateContent } from '../src/lib/validate.ts';
import { postBuildSteps } from './post-build.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, root: { type: 'string', default: '.' } } });
const root = resolve(values.root!);
const out = resolve(root, values.out!);
const tmp = `${out}.tmp-${process.pid}`;
const timings: Record<string, number> = {};
const time = async <T>(phase: string, fn: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[phase] = Math.round(performance.now() - t0);
  }
};

async function main(): Promise<number> {
  const today = referenceDate();
  const { problems, records } = await time('validate', () => validateContent(root, today));
  if (problems.length) {
    console.error(formatProblems(problems));
    console.error(`\n✗ 构建已停止:内容有 ${problems.length} 个问题,dist/ 保持不变。`);
    return 1;
  }
  console.log(`✓ 校验通过:${records} 条记录(参照日期 ${today})`);
  try {
    await time('astro', () => build({ root, outDir: tmp, logLevel: 'warn' }));
    await time('post-build', () => postBuildSteps(tmp, root));
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`✗ 构建失败,dist/ 保持不变:${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  console.log(`✓ 已生成 ${values.out}/(${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(',')})`);
  return 0;
}

process.exitCode = await main();
