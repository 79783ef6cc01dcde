import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/domain/load.ts';
import { exampleContent } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';
import { join } from 'node:path';

const load = (files: Record<string, string | object>) => {
  const root = tmpContent(files);
  return loadContent(join(root, 'content'), root);
};

describe('loading content/', () => {
  it('reads every example record without a problem', () => {
    const { entries, problems } = load(exampleContent());
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(22);
  });

  it('takes the file name as the record ID', () => {
    const { entries } = load(exampleContent());
    expect(entries.find((e) => e.kind === 'rounds')?.id).toBe('r1');
  });

  it('names file, line, field and fix for a misspelt key', () => {
    const { problems } = load(exampleContent({ 'units/jtj.yaml': 'name: 望川市交通运输局\ntyep: 政府部门\n' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/units/jtj.yaml', path: 'tyep', line: 2, message: expect.stringContaining('不认识的字段“tyep”') }),
    );
  });

  it('reports a missing required field by name', () => {
    const { problems } = load(exampleContent({ 'units/jtj.yaml': 'name: 望川市交通运输局\n' }));
    expect(problems[0]).toMatchObject({ file: 'content/units/jtj.yaml', path: 'type', message: expect.stringContaining('缺少必填字段“type”') });
  });

  it('reports a date that does not exist at its line', () => {
    const { problems } = load(exampleContent({ 'plans/plan-2026.yaml': 'title: 计划\npublished: 2026-02-30\nyear: 2026\nitems:\n  - unit: jtj\n    post: 副局长\n    count: 1\n' }));
    expect(problems[0]).toMatchObject({ path: 'published', line: 2, message: expect.stringContaining('不存在') });
  });

  it('reports a folder that is not a record kind', () => {
    const { problems } = load(exampleContent({ 'notices/a.yaml': { title: 'x' } }));
    expect(problems[0]).toMatchObject({ file: 'content/notices', message: expect.stringContaining('不认识的文件夹') });
  });

  it('reports a file name that cannot be an ID', () => {
    const { problems } = load(exampleContent({ 'units/交通局.yaml': { name: '交通局', type: '政府部门' } }));
    expect(problems[0]!.message).toContain('不能作编号');
  });

  it('reports a non-YAML file inside a record folder', () => {
    const { problems } = load(exampleContent({ 'units/readme.txt': 'notes' }));
    expect(problems[0]!.message).toContain('只接受.yaml文件');
  });

  it('reports a stray file at the top of content/', () => {
    const { problems } = load(exampleContent({ 'jtj.yaml': { name: 'x' } }));
    expect(problems[0]!.message).toContain('放错了位置');
  });

  it('refuses a .yml file with the name to rename it to, as the build would not read it', () => {
    const { problems } = load(exampleContent({ 'units/jtj2.yml': { name: '望川市交通运输局', type: '政府部门' } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/units/jtj2.yml', message: expect.stringContaining('改名为“jtj2.yaml”') }));
  });

  it('reports every broken file in one run', () => {
    const { problems } = load(
      exampleContent({ 'units/jtj.yaml': 'name: [\n', 'people/lin-xc.yaml': 'name: 林晓川\ngender: M\n', 'rounds/r1.yaml': '' }),
    );
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['content/units/jtj.yaml', 'content/people/lin-xc.yaml', 'content/rounds/r1.yaml']));
  });

  it('reports a missing site.yaml', () => {
    const files = exampleContent();
    delete files['site.yaml'];
    expect(load(files).problems[0]!.message).toContain('缺少站点设置');
  });
});
