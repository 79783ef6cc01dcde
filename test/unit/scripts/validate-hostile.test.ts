/**
 * Hostile corpus, end to end: a copy of the sample with one slip of each kind this suite covers — a
 * control character, an invisible bidi override, a javascript: address, a misspelt reference, a unit
 * cycle and a notice filed twice — gives, in one run of npm run validate, one Chinese line per
 * problem naming file, line, field and fix, and exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
let root: string;
let out: string;
let code: number;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongshi-hostile-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const edit = (rel: string, from: string | RegExp, to: string) => {
    const f = join(root, 'content', rel);
    const text = readFileSync(f, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${rel}: ${from} not found`);
    writeFileSync(f, next);
  };
  // A record nothing else refers to, so the slip is reported once (a broken person file would also
  // leave every reference to that person unresolved).
  edit('appointments/2026-czj-jzsg-rz.yaml', 'post: 市财政局预算科科长', 'post: 市财政局\u001b预算科科长');
  edit('units/czj.yaml', /^name: .*$/m, 'name: 望川市\u202e局政财');
  edit('site.yaml', /^url: .*$/m, 'url: javascript:alert(1)');
  edit('integrity-summaries/2026-wjw-fzr-lz-lqy.yaml', 'person: luo-qingyan', 'person: luo-qingyang');
  edit('units/apx-zf.yaml', /\n$/, '\nparent: apx-yjj\n');
  cpSync(join(root, 'content/publicities/2026-wjw-fzr-gs.yaml'), join(root, 'content/publicities/2026-wjw-fzr-gs-copy.yaml'));
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), root], { encoding: 'utf8', stdio: 'pipe' });
    code = 0;
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    out = e.stdout + e.stderr;
    code = e.status;
  }
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run validate over hostile slips', () => {
  it('exits 1 without a stack trace', () => {
    expect(code).toBe(1);
    expect(out).not.toMatch(/\n\s+at |TypeError|校验程序出错/);
  });

  it.each([
    ['the ESC in a post', /content\/appointments\/2026-czj-jzsg-rz\.yaml:10:11 {2}results\[0\].post {2}第5个字符是看不见的转义符ESC（U\+001B），不能公开发布：请删除这个字符/],
    ['the bidi override in a unit name', /content\/units\/czj\.yaml:2:7 {2}name {2}第4个字符是看不见的从右到左覆盖符（U\+202E）/],
    ['the javascript: address', /content\/site\.yaml:\d+:6 {2}url {2}网址只能以http:\/\/或https:\/\/开头，不能用“javascript:”：请写完整的网址/],
    ['the unit cycle at both units', /content\/units\/apx-yjj\.yaml:\d+:\d+ {2}parent {2}上级单位形成循环：“安平县应急管理局”（apx-yjj） → “安平县人民政府”（apx-zf） → “安平县应急管理局”（apx-yjj）/],
    ['the unit cycle at the other unit', /content\/units\/apx-zf\.yaml:\d+:\d+ {2}parent {2}上级单位形成循环/],
    ['the duplicate publicity, naming both files', /content\/publicities\/2026-wjw-fzr-gs(?:-copy)?\.yaml:\d+:\d+ {2}candidates\[0\]\.person {2}这份任前公示与content\/publicities\/2026-wjw-fzr-gs(?:-copy)?\.yaml重复/],
  ])('reports %s', (_name, line) => {
    expect(out).toMatch(line);
  });

  it('suggests the person meant by a misspelt reference', () => {
    expect(out).toContain('person  引用的人员“luo-qingyang”不存在：是不是“luo-qingyan”（content/people/luo-qingyan.yaml）？请改正编号，或先新建content/people/luo-qingyang.yaml');
  });
});
