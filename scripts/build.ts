/**
 * `npm run build`: validate, build the site into a temporary folder, index it for search, and only
 * then replace dist/. A failed build leaves the previous dist/ untouched and prints the problems.
 *
 * Usage: node scripts/build.ts [--out DIR] [--root DIR]   (GONGSHI_TODAY fixes the reference date)
 * --root names another jurisdiction (its content/ and ledger/, e.g. a synthetic one from npm run
 * fixtures); the code and Astro config stay this project's. GONGSHI_TIMINGS=FILE also writes the
 * phase timings there as JSON (npm run bench reads them).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatProblems } from '../src/lib/problem.ts';
import { referenceDate } from '../src/lib/today.ts';
import { validateContent } from '../src/lib/validate.ts';
import { postBuildSteps } from './post-build.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, root: { type: 'string', default: '.' } } });
const root = resolve(values.root!);
const project = resolve(import.meta.dirname, '..');
// astro.config.ts, src/content.config.ts and the ledger pages read the jurisdiction from here.
if (root !== project) process.env.GONGSHI_ROOT = root;
const out = resolve(root, values.out!);
const tmp = `${out}.tmp-${process.pid}`;
const timings: Record<string, number> = {};
const time = async <T>(phase: string, fn: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[phase] = Math.round(performance.now() - t0);
    // Written after every phase, so a build that dies (e.g. out of memory) still says how far it got.
    if (process.env.GONGSHI_TIMINGS) writeFileSync(process.env.GONGSHI_TIMINGS, JSON.stringify(timings) + '\n');
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
    await time('astro', () => build({ root: project, outDir: tmp, logLevel: 'warn' }));
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
