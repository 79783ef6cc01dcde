/**
 * The validate CLI over a copy of the sample content with several files broken: exit 1, and each
 * broken file listed with its line and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function run(root: string): { code: number; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), root], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

function copyOfSample(): string {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-validate-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('npm run validate', () => {
  it('passes the sample jurisdiction', () => {
    const { code, out } = run(copyOfSample());
    expect(out).toContain('✓ 校验通过');
    expect(code).toBe(0);
  });

  it('warns about Chinese typography of a record not yet sealed, without failing', () => {
    const root = copyOfSample();
    const f = join(root, 'content/units', firstFile(root, 'units'));
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^name: (.+)$/m, 'name: $1(测试),单位'));
    const { code, out } = run(root);
    expect(out).toMatch(/content\/units\/[a-z0-9-]+\.yaml:\d+:\d+ {2}name {2}中文排版：.*（测试），单位/);
    expect(out).toContain('⚠ 中文排版：内容中有1处与规范不一致');
    expect(out).toContain('✓ 校验通过');
    expect(code).toBe(0);
  });

  it('fails on a copy with several broken files and lists each with line and field', () => {
    const root = copyOfSample();
    const edit = (rel: string, fn: (s: string) => string) => {
      const f = join(root, 'content', rel);
      writeFileSync(f, fn(readFileSync(f, 'utf8')));
    };
    edit('site.yaml', (s) => s.replace(/^name:/m, 'nmae:'));
    edit('units/' + firstFile(root, 'units'), (s) => s + '\nhomeAddress: 某路 1 号\n');
    edit('rounds/' + firstFile(root, 'rounds'), (s) => s.replace(/^year: \d+/m, 'year: 二〇二六'));
    writeFileSync(join(root, 'content/people/broken.yaml'), 'name: [unclosed\n');
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toMatch(/content\/site\.yaml:\d+:\d+ {2}nmae {2}不认识的字段/);
    expect(out).toMatch(/content\/units\/[a-z0-9-]+\.yaml:\d+:\d+ {2}homeAddress {2}不认识的字段/);
    expect(out).toMatch(/content\/rounds\/[a-z0-9-]+\.yaml:\d+:\d+ {2}year /);
    expect(out).toMatch(/content\/people\/broken\.yaml:\d+:\d+ .*YAML语法错误/);
    expect(out).toContain('✗ 校验未通过');
    expect(out).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

function firstFile(root: string, kind: string): string {
  return readdirSync(join(root, 'content', kind)).sort()[0]!;
}
