import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionOf, editorConfig, fieldOf, fieldsOf, ID_FIELD, positionOptions, type EditorField } from '../../../src/admin/editor-config.ts';
import { writtenJsonSchema } from '../../../src/schemas/written-json-schema.ts';
import { isoDate, KINDS, ref, text } from '../../../src/schemas/common.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import { KIND_LABELS } from '../../../src/i18n/zh-cn-schema-labels.ts';

const field = (fields: EditorField[] | undefined, ...path: string[]): EditorField => {
  let out: EditorField | undefined;
  let list = fields;
  for (const name of path) {
    out = list?.find((f) => f.name === name);
    if (!out) throw new Error(`no field ${path.join('.')}`);
    list = out.fields;
  }
  return out!;
};

/** Every schema property, depth first, as `a.b.c`. */
function schemaPaths(schema: Record<string, unknown>, prefix = ''): string[] {
  const s = (schema.anyOf as Record<string, unknown>[] | undefined)?.find((x) => x.type !== 'null') ?? schema;
  const props = (s.properties ?? ((s.items as Record<string, unknown> | undefined)?.properties as unknown)) as Record<string, Record<string, unknown>> | undefined;
  return Object.entries(props ?? {}).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
}
function editorPaths(fields: EditorField[] | undefined, prefix = ''): string[] {
  return (fields ?? []).flatMap((f) => [`${prefix}${f.name}`, ...editorPaths(f.fields, `${prefix}${f.name}.`)]);
}

describe('editor configuration generated from the schemas', () => {
  const config = editorConfig('http://127.0.0.1:1/api/v1', { recordKeys: ['publicities/a'], positions: [{ round: 'r1', key: 'p1', title: '副局长' }] });

  it('has one collection per record kind, named in Chinese, writing content/{kind}/{id}.yaml', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...KINDS]);
    for (const c of config.collections) expect(c.label).toBe(KIND_LABELS[c.name as keyof typeof KIND_LABELS]);
    const pub = config.collections.find((c) => c.name === 'publicities')!;
    expect(pub).toMatchObject({ folder: 'content/publicities', extension: 'yaml', format: 'yaml', slug: `{{${ID_FIELD}}}`, identifier_field: ID_FIELD, create: true, delete: false });
    expect(config.collections.find((c) => c.name === 'site')!.files![0]!.file).toBe('content/site.yaml');
    expect(config).toMatchObject({ locale: 'zh_Hans', backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:1/api/v1' }, publish_mode: 'simple' });
  });

  it('covers every field of every kind, nested lists included, in the schema (scaffold) order', () => {
    for (const kind of KINDS) {
      const c = collectionOf(kind);
      const fields = c.fields ?? c.files![0]!.fields;
      const json = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      expect(editorPaths(fields).filter((p) => p !== ID_FIELD), kind).toEqual(schemaPaths(json));
    }
  });

  it('labels and helps each field with its Chinese metadata', () => {
    const fields = collectionOf('publicities').fields;
    expect(field(fields, 'window')).toMatchObject({ label: '公示期', widget: 'object' });
    expect(field(fields, 'window', 'to').hint).toContain('不能早于开始日期');
    expect(field(fields, 'candidates', 'proposedPost')).toMatchObject({ label: '拟任职务', widget: 'string', required: true });
    expect(field(fields, 'candidates', 'healthCheck')).toMatchObject({ label: '体检结论', required: false });
  });

  it('makes dates pickers, references relation widgets over existing records, positions and “any” references selects', () => {
    const fields = collectionOf('publicities').fields;
    expect(field(fields, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'decision')).toMatchObject({ widget: 'relation', collection: 'decisions', value_field: ID_FIELD, display_fields: [ID_FIELD, 'title'] });
    expect(field(fields, 'candidates', 'person')).toMatchObject({ widget: 'relation', collection: 'people', display_fields: [ID_FIELD, 'name'] });
    expect(field(config.collections.find((c) => c.name === 'publicities')!.fields, 'candidates', 'position')).toMatchObject({ widget: 'select', options: [{ value: 'p1', label: 'p1（r1：副局长）' }] });
    expect(field(config.collections.find((c) => c.name === 'corrections')!.fields, 'corrects')).toMatchObject({ widget: 'select', options: [{ value: 'publicities/a', label: 'publicities/a' }] });
    expect(field(collectionOf('decisions').fields, 'present')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true });
    expect(field(collectionOf('decisions').fields, 'items')).toMatchObject({ widget: 'list' });
    expect(field(collectionOf('decisions').fields, 'ballots', 'issued')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
  });

  it('labels enum options with the Chinese of their help', () => {
    expect(field(collectionOf('decisions').fields, 'items', 'result').options).toEqual([
      { label: '通过（passed）', value: 'passed' },
      { label: '未通过（rejected）', value: 'rejected' },
      { label: '缓议（deferred）', value: 'deferred' },
    ]);
  });

  it('follows a new field without any hand-written config', () => {
    const schema = z.strictObject({
      signed: isoDate.meta({ title: '签发日期', description: '签发的日期' }),
      unit: ref('units').meta({ title: '单位', description: '所在单位' }),
      note: text(800).meta({ title: '备注', description: '长文字' }).optional(),
    });
    const fields = fieldsOf(writtenJsonSchema(schema));
    expect(fields.map((f) => [f.name, f.label, f.widget, f.required])).toEqual([
      ['signed', '签发日期', 'datetime', true],
      ['unit', '单位', 'relation', true],
      ['note', '备注', 'text', false],
    ]);
    expect(field(fields, 'unit')).toMatchObject({ collection: 'units', hint: '所在单位；从已有的单位中选择' });
    expect(fieldOf('flag', { type: 'boolean', title: '是否' }, false)).toMatchObject({ widget: 'boolean', label: '是否', required: false });
  });

  it('does not require the fields of an optional object left empty', () => {
    const exceptional = field(collectionOf('publicities').fields, 'candidates', 'exceptional');
    expect(exceptional.required).toBe(false);
    expect(exceptional.fields!.map((f) => f.required)).toEqual([false, false]);
  });

  it('offers each position key once, naming its post in every round', () => {
    expect(positionOptions([{ round: 'a', key: 'p2', title: '乙' }, { round: 'a', key: 'p1', title: '甲' }, { round: 'b', key: 'p1', title: '丙' }])).toEqual([
      { value: 'p1', label: 'p1（a：甲；b：丙）' },
      { value: 'p2', label: 'p2（a：乙）' },
    ]);
  });
});
