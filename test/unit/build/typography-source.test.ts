/**
 * UI strings in TypeScript: the checker reads string and template literals, and the strings the
 * portal shows (src/i18n/, src/view/) must follow the house rules. A failure here names the file,
 * line and the corrected text; `npm run lint:zh -- --fix` applies it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSourceTypography, lintSourceTypography } from '../../../src/build/typography-source.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('typography of UI strings in TypeScript', () => {
  it('fixes a template around its substitutions', () => {
    const code = 'export const t = { summary: (n: number, m: number) => `共 ${n} 条,本页显示第 ${m} 条(最新)。`, site: (a: string, b: string) => `${a}:${b}` };\n';
    const { code: out, fixed } = fixSourceTypography('x.ts', code);
    expect(out).toContain('`共${n}条，本页显示第${m}条（最新）。`');
    // No Chinese of its own: code, not prose.
    expect(out).toContain('`${a}:${b}`');
    expect(fixed).toBeGreaterThan(0);
    expect(lintSourceTypography('x.ts', out)).toEqual([]);
  });

  it('names the dictionary key, line and corrected text of each string', () => {
    const found = lintSourceTypography('x.ts', "export const ui = {\n  home: { label: '公示期:' },\n};\n");
    expect(found).toMatchObject([{ path: 'ui.home.label', line: 2, column: 19, fixed: '公示期：' }]);
  });

  it('leaves property names, imports and strings with escapes alone', () => {
    const code = "import x from './a,b.ts';\nconst o = { '中文,键': 1, s: '换行\\n,文字' };\n";
    expect(lintSourceTypography('x.ts', code)).toEqual([]);
  });

  it('keeps a ratio and the YAML a clerk types half-width around substitutions', () => {
    const code = 'export const t = { a: (r: number) => `少于 1:${r} 的要求`, b: (t: string) => `请写 type: ${t}(例如 findings)` };\n';
    const { code: out } = fixSourceTypography('x.ts', code);
    expect(out).toContain('`少于1:${r}的要求`');
    expect(out).toContain('`请写type: ${t}（例如findings）`');
  });

  it('checks the rules’ evidence dictionary: a half-width mark there fails', () => {
    const file = 'src/i18n/zh-cn-rule-evidence.ts';
    const code = readFileSync(join(ROOT, file), 'utf8');
    expect(lintSourceTypography(file, code)).toEqual([]);
    // The same dictionary with one clause set the old way is caught, and named by its key.
    const broken = code.replace('`公示期${from}至${to}，共${days}个工作日', '`公示期 ${from} 至 ${to},共 ${days} 个工作日');
    expect(broken).not.toBe(code);
    expect(lintSourceTypography(file, broken)).toMatchObject([{ path: 'RULE_EVIDENCE.G2.evidence' }]);
  });

  for (const dir of ['src/i18n', 'src/view']) {
    it(`finds every UI string in ${dir}/ set in official Chinese typography`, () => {
      const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'));
      expect(files.length).toBeGreaterThan(0);
      if (dir === 'src/i18n') expect(files).toContain('zh-cn-rule-evidence.ts');
      const found = files.flatMap((f) => lintSourceTypography(`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')));
      // Every dictionary is converted (the ratchet list of 2026-12-01 is gone): any finding fails.
      expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.path} ${f.message}`)).toEqual([]);
    });
  }
});
