/** Typography of a content file: warnings naming line and field, and a fix that touches only the values. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixYamlTypography, lintYamlTypography } from '../../../src/domain/typography-yaml.ts';

const FILE = [
  '# yaml-language-server: $schema=../../public/schemas/publicities.json',
  '# 注释里的 ASCII 标点,不是正文',
  'title: 关于林晓川同志任前公示的公告',
  'summary: 经研究,拟提名林晓川同志(副处级)为人选。',
  'candidates:',
  '  - person: lin-xiaochuan',
  "    healthCheck: '经体检,身体健康'",
  '',
].join('\n');

describe('typography of a content file', () => {
  it('warns about each value with its line, column and field path', () => {
    const found = lintYamlTypography('content/publicities/x.yaml', FILE);
    expect(found.map((p) => [p.line, p.column, p.path])).toEqual([
      [4, 10, 'summary'],
      [7, 18, 'candidates[0].healthCheck'],
    ]);
    expect(found[0]!.message).toContain('“经研究,拟提名林晓川同志(副处级)为人选。”应写作“经研究，拟提名林晓川同志（副处级）为人选。”');
    expect(found[0]!.message).toContain('npm run lint:zh -- --fix');
  });

  it('fixes the values in place and leaves comments, keys and quoting as written', () => {
    const { text, fixed } = fixYamlTypography('x.yaml', FILE);
    expect(fixed).toBe(2);
    expect(text).toContain('# 注释里的 ASCII 标点,不是正文');
    expect(text).toContain('summary: 经研究，拟提名林晓川同志（副处级）为人选。');
    expect(text).toContain("    healthCheck: '经体检，身体健康'");
    expect(parse(text).candidates[0].person).toBe('lin-xiaochuan');
    expect(lintYamlTypography('x.yaml', text)).toEqual([]);
  });

  it('leaves a file with a syntax error to the shape check', () => {
    expect(lintYamlTypography('x.yaml', 'title: [经研究,\n')).toEqual([]);
  });
});
