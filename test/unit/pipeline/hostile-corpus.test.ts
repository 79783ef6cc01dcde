/**
 * A hostile corpus, one file per category, all in one jurisdiction: every file is refused with its
 * own Chinese message, none crashes the run or hides another, and `npm run validate`, the pipeline
 * function, `npm run build` and the Astro content loader report exactly the same lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblems, type Problem } from '../../../src/domain/problem.ts';
import { recordsLoader, STOPPED } from '../../../src/pipeline/astro-loader.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { example, exampleContent } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';
import { PROJECT } from '../../fixtures/tmp-jurisdiction.ts';

const TODAY = '2026-11-20';
const unit = (extra: string) => `name: 望川市某局\ntype: 政府部门\n${extra}`;

/** Category → file under content/, its text, and what its message must say. */
const CORPUS: Record<string, { file: string; text: string; says: RegExp }> = {
  'unresolved alias': { file: 'units/alias.yaml', text: unit('parent: *x\n'), says: /别名“\*x”.*普通数据/ },
  'alias expansion (billion laughs)': {
    file: 'units/laughs.yaml',
    text: unit(`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n`),
    says: /锚点“&a”.*普通数据/,
  },
  'a !!binary tag': { file: 'units/binary.yaml', text: unit('parent: !!binary c3d6emI=\n'), says: /类型标签“!!binary”.*普通数据/ },
  'a custom tag': { file: 'units/custom-tag.yaml', text: unit('parent: !include ../../secret\n'), says: /类型标签“!include”/ },
  'a merge key': { file: 'units/merge.yaml', text: unit('<<: {parent: swzzb}\n'), says: /合并键“<<”.*普通数据/ },
  '.nan in a number': { file: 'calendar/2027.yaml', text: 'year: .nan\n', says: /“\.nan”不是一个具体的数/ },
  '.inf in a number': { file: 'calendar/2028.yaml', text: 'year: .inf\n', says: /“\.inf”不是一个具体的数/ },
  'a full-width colon': { file: 'units/colon.yaml', text: 'name: 望川市某局\nround：2026\ntype: 政府部门\n', says: /“round”后面用了全角冒号“：”.*round: / },
  'a tab indent': { file: 'units/tab.yaml', text: 'name: 望川市某局\ntype: 政府部门\nextra:\n\tparent: swzzb\n', says: /制表符（Tab）.*换成空格/ },
  'a .yml extension': { file: 'units/yml.yml', text: unit(''), says: /改名为“yml\.yaml”/ },
  'a misspelt key': { file: 'publicities/typo.yaml', text: '', says: /不认识的字段“proposedPsot”（是不是“proposedPost”？）/ },
  'a wrong type (zod in Chinese)': { file: 'plans/wrong-type.yaml', text: '', says: /应为数字，这里写的是文字“二〇二六”/ },
  'a broken file others refer to': { file: 'units/jtj.yaml', text: 'name: [望川市交通运输局\n', says: /YAML语法错误：/ },
  'a javascript: site address': { file: 'site.yaml', text: '', says: /网址只能以http:\/\/或https:\/\/开头，不能用“javascript:”/ },
};

let root: string;
let outside: string;
let cli: { code: number; out: string };
let problems: Problem[];

function run(script: string, args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(PROJECT, script), ...args], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GONGSHI_TODAY: TODAY } });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

/** The problem lines of a CLI's output (file:line:col  path  message), without the summary. */
// Typography warnings (npm run validate only) are advice, not problems: they never stop a build.
const problemLines = (out: string) => out.split('\n').filter((l) => (l.startsWith('content/') || l.startsWith('ledger/')) && !l.includes('中文排版'));

beforeAll(() => {
  const publicity = example('publicities') as { candidates: Record<string, unknown>[] };
  const candidate = publicity.candidates[0]!;
  candidate.proposedPsot = candidate.proposedPost;
  delete candidate.proposedPost;
  const overrides: Record<string, string | object> = {
    'site.yaml': { ...example('site'), url: 'javascript:alert(1)' },
    'publicities/typo.yaml': stringify(publicity),
    'plans/wrong-type.yaml': stringify({ ...example('plans'), year: '二〇二六' }),
    '.DS_Store': 'Bud1\u0000\u0000binary',
    'units/.jtj.yaml.swp': 'b0VIM 8.2',
  };
  for (const c of Object.values(CORPUS)) if (c.text) overrides[c.file] = c.text;
  root = tmpContent(exampleContent(overrides));
  outside = join(tmpdir(), `gongshi-outside-${process.pid}.yaml`);
  writeFileSync(outside, unit(''));
  symlinkSync(outside, join(root, 'content/units/outside.yaml'));
  symlinkSync(join(root, 'content/units/nowhere.yaml'), join(root, 'content/units/dangling.yaml'));
  mkdirSync(join(root, 'content/people/.git'), { recursive: true });
  problems = validateContent(root, TODAY).problems;
  cli = run('scripts/validate.ts', [root]);
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

describe('the hostile corpus', () => {
  it.each(Object.entries(CORPUS))('%s: refused with its file and the fix', (_, c) => {
    const mine = problems.filter((p) => p.file === `content/${c.file}`);
    expect(mine.length, JSON.stringify(problems.map((p) => [p.file, p.message]))).toBeGreaterThan(0);
    expect(mine.map((p) => p.message).join('\n')).toMatch(c.says);
    for (const p of mine) expect(p.message).not.toMatch(/\n\s+at |\.ts:\d+|Error:|Invalid|Expected/);
  });

  it('refuses a symbolic link, dangling or pointing outside content/, and publishes neither', () => {
    for (const name of ['outside', 'dangling']) expect(problems).toContainEqual(expect.objectContaining({ file: `content/units/${name}.yaml`, message: expect.stringContaining('符号链接') }));
    const { entries } = validateContent(root, TODAY);
    expect(entries.some((e) => e.id === 'outside' || e.id === 'dangling')).toBe(false);
  });

  it('ignores dotfiles and dot folders', () => {
    expect(problems.filter((p) => /\/\.|DS_Store|swp/.test(p.file))).toEqual([]);
  });

  it('reports a broken record once, as the cause, not as missing wherever it is named', () => {
    expect(problems.filter((p) => p.message.includes('“jtj”不存在'))).toEqual([]);
  });

  it('places YAML messages on their line', () => {
    expect(problems.find((p) => p.file === 'content/units/colon.yaml')?.line).toBe(2);
    expect(problems.find((p) => p.file === 'content/units/tab.yaml')?.line).toBe(4);
    expect(problems.find((p) => p.file === 'content/units/alias.yaml')).toMatchObject({ line: 3, column: 9 });
  });

  it('npm run validate prints exactly the pipeline function’s problems, all of them in one run, and exits 1 (not 2)', () => {
    expect(cli.code).toBe(1);
    expect(cli.out).not.toContain('校验程序出错');
    expect(problemLines(cli.out)).toEqual(formatProblems(problems).split('\n'));
  });

  it('npm run build stops with the same lines, and leaves no output', { timeout: 60_000 }, () => {
    const build = run('scripts/build.ts', ['--root', root, '--out', 'out']);
    expect(build.code).toBe(1);
    expect(problemLines(build.out)).toEqual(problemLines(cli.out));
    expect(build.out).not.toMatch(/TypeError|\n\s+at /);
  });

  it('the Astro content loader stops with the same lines', async () => {
    const store = { clear() {}, set() { return true; } };
    const loading = recordsLoader('units', root).load({ store } as never);
    await expect(loading).rejects.toThrow(STOPPED);
    const message = await loading.then(() => '', (e: Error) => e.message);
    expect(problemLines(message)).toEqual(problemLines(cli.out));
  });
});
