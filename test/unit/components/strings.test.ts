/**
 * No Chinese is written in an .astro file (src/components, src/layouts, src/pages): every word and
 * every full-width mark a page shows comes from src/i18n/ (the marks between rendered pieces from
 * zh-cn-marks.ts). Comments (`<!-- -->`, `{/* *\/}`, and those of the frontmatter and scripts,
 * which the TypeScript parser skips) may say what they like.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseLiterals, ROOT, sourceFiles } from '../../fixtures/chinese-literals.ts';

const FOLDERS = ['src/components', 'src/layouts', 'src/pages'];

/** A Chinese character or a full-width mark (CJK symbols and punctuation, full-width forms, Chinese quotation marks). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019]/u;

/** `text` with every match of `re` blanked out, newlines kept so line numbers stay true. */
const blank = (text: string, re: RegExp) => text.replace(re, (m) => m.replace(/[^\n]/g, ' '));

/** `file:line text` for the Chinese an .astro source writes outside comments. */
function chineseInAstro(file: string, code: string): string[] {
  const found: string[] = [];
  const fm = /^---\n([\s\S]*?)\n---/.exec(code);
  // The frontmatter is TypeScript: its string literals, comments skipped by the parser.
  if (fm) found.push(...chineseLiterals(file, fm[1]!));
  let template = fm ? blank(code.slice(0, fm[0].length), /[\s\S]+/g) + code.slice(fm[0].length) : code;
  const offset = (index: number) => template.slice(0, index).split('\n').length - 1;
  // Scripts are TypeScript too; their literals are reported at their line in the file.
  template = template.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (m, open: string, body: string, close: string, index: number) => {
    const first = offset(index);
    for (const hit of chineseLiterals(file, body)) {
      const [, line, text] = /^[^:]+:(\d+) ([\s\S]*)$/.exec(hit)!;
      found.push(`${file}:${Number(line) + first} ${text}`);
    }
    return open + body.replace(/[^\n]/g, ' ') + close;
  });
  template = blank(template, /<!--[\s\S]*?-->/g);
  template = blank(template, /\{\/\*[\s\S]*?\*\/\}/g);
  template = blank(template, /<style\b[^>]*>[\s\S]*?<\/style>/g);
  template.split('\n').forEach((line, i) => {
    if (CHINESE.test(line)) found.push(`${file}:${i + 1} ${line.trim()}`);
  });
  return found;
}

describe('strings of the page templates', () => {
  it('finds Chinese in a template, its frontmatter or its script, and not in comments', () => {
    const code = [
      '---',
      "import { ui } from '../i18n/zh-cn.ts';",
      '// 注释不算',
      "const a = '公示期';",
      '---',
      '<!-- 这里也不算 -->',
      '{/* 这里也不算 */}',
      '<p>{ui.x}：{b}</p>',
      "<p>{xs.join('、')}</p>",
      '<p>{ui.y}</p>',
      '<script>',
      "  const m = '正在搜索';",
      '</script>',
    ].join('\n');
    expect(chineseInAstro('x.astro', code)).toEqual(['x.astro:3 公示期', 'x.astro:12 正在搜索', "x.astro:8 <p>{ui.x}：{b}</p>", "x.astro:9 <p>{xs.join('、')}</p>"]);
  });

  it('leaves no Chinese in src/components, src/layouts or src/pages: every word and mark a page shows comes from src/i18n/', () => {
    const files = FOLDERS.flatMap((f) => sourceFiles(f, '.astro'));
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((f) => chineseInAstro(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
