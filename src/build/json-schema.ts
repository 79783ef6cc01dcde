/**
 * JSON Schema (draft 2020-12) for every record kind, generated from the zod schemas so editors and
 * open-data users check records against the same rules as the validator. Each field's Chinese
 * label and help come from its `.meta({ title, description })` in src/schemas/*.ts — the same
 * metadata a form (the admin editor) reads — and reference fields add what they point at.
 */
import { KINDS, type Kind } from '../schemas/common.ts';
import { KIND_LABELS, SCHEMAS, STAGES } from '../schemas/index.ts';
import { writtenJsonSchema } from '../schemas/written-json-schema.ts';

type JsonSchema = Record<string, unknown>;

const REF_HINT = (target: string) =>
  target === 'position'
    ? '引用：本次选拔任用工作 positions 中的职位编号'
    : target === 'any'
      ? '引用：“类别/编号”，例如 publicities/2026-qc-001-gs'
      : `引用：${KIND_LABELS[target as Kind] ?? target}的编号，即 content/${target}/ 下的文件名（不含 .yaml）`;

/** The JSON Schema of `kind`'s records as written (zod input side), with descriptions. */
export function jsonSchemaOf(kind: Kind): JsonSchema {
  const generated = writtenJsonSchema(SCHEMAS[kind]);
  const schema = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  annotate(schema);
  const where = kind === 'site' ? 'content/site.yaml' : `content/${kind}/<编号>.yaml`;
  const about = SCHEMAS[kind].meta()?.description;
  return {
    $schema: schema.$schema,
    $id: `${kind}.json`,
    title: `${KIND_LABELS[kind]}（${kind}）`,
    description: [about, `一份 YAML 文件即一条记录：${where}。`].filter(Boolean).join(' '),
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema' && k !== 'title' && k !== 'description')),
  };
}

const REF_KEY = 'x-ref';

/** Walk the generated schema: each reference field's description says what it refers to; the temporary marker is removed. */
function annotate(js: JsonSchema): void {
  const ref = js[REF_KEY] as string | undefined;
  delete js[REF_KEY];
  if (ref) js.description = [js.description, REF_HINT(ref)].filter(Boolean).join(' — ');
  const props = js.properties as Record<string, JsonSchema> | undefined;
  if (props) for (const child of Object.values(props)) annotate(child);
  if (js.items && typeof js.items === 'object') annotate(js.items as JsonSchema);
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) {
    const members = js[key] as JsonSchema[] | undefined;
    if (members) for (const m of members) annotate(m);
  }
}

/** JSON Schema of every record kind, keyed by kind. */
export function allJsonSchemas(): Record<Kind, JsonSchema> {
  return Object.fromEntries(KINDS.map((k) => [k, jsonSchemaOf(k)])) as Record<Kind, JsonSchema>;
}

/** Serialised schema file text. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const HEX64 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const NULLABLE = (s: JsonSchema) => ({ anyOf: [s, { type: 'null' }] });

/** Schema of a record reference in the catalog and in compiled rounds (open-data.ts RecordRef). */
function recordRefSchema(): JsonSchema {
  return {
    type: 'object',
    required: ['key', 'kind', 'id', 'title', 'published', 'page', 'json', 'hash', 'ledger'],
    properties: {
      key: { type: 'string', description: '类别/编号' },
      kind: { enum: [...KINDS], description: '记录类别' },
      id: { type: 'string', description: '记录编号(文件名)' },
      title: { type: 'string', description: '标题或名称' },
      published: { ...NULLABLE(DATE), description: '公告的发布日期;非公告为 null' },
      page: { anyOf: [{ type: 'string' }, { type: 'null' }], description: '本站页面地址;没有页面的类别为 null' },
      json: { type: 'string', description: '本记录 JSON 的地址' },
      hash: { ...HEX64, description: '记录 RFC 8785 规范化 JSON 的 SHA-256' },
      ledger: {
        type: 'object',
        description: '本记录在公开日志（账本）中的封存状态',
        required: ['version', 'seq', 'sealed', 'current'],
        properties: {
          version: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: '最新封存版本;从未封存为 null' },
          seq: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }], description: '该版本在日志中的位置(从 0 起)' },
          sealed: { ...NULLABLE(DATE), description: '该版本的封存日期' },
          current: { type: 'boolean', description: '公开的数据是否就是该封存版本' },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

/** Schema of /data/catalog.json: every record with its ledger state. */
export function catalogSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'catalog.json',
    title: '全部记录目录(/data/catalog.json)',
    description: '本站公开的每一条记录及其在公开日志（账本）中的封存状态。',
    type: 'object',
    required: ['checkpoint', 'records'],
    properties: {
      checkpoint: {
        anyOf: [
          {
            type: 'object',
            required: ['size', 'root', 'date'],
            properties: {
              size: { type: 'integer', minimum: 0, description: '检查点时日志中的记录条数' },
              root: { ...HEX64, description: '检查点时日志的 Merkle 树根哈希（SHA-256）' },
              date: { ...DATE, description: '检查点的日期' },
            },
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: '发布时的检查点;尚未封存为 null',
      },
      records: { type: 'array', items: { $ref: '#/$defs/record' }, description: '全部记录，每条一项' },
    },
    additionalProperties: false,
    $defs: { record: recordRefSchema() },
  };
}

/** Schema of /data/rounds/{id}.compiled.json; each release's data must match its kind's schema. */
export function compiledRoundSchema(): JsonSchema {
  const release = recordRefSchema();
  (release.required as string[]).push('stage', 'data');
  (release.properties as JsonSchema).stage = { anyOf: [{ enum: Object.keys(STAGES) }, { type: 'null' }], description: '所属环节;选拔任用工作本身为 null' };
  (release.properties as JsonSchema).data = { type: 'object', description: '记录内容,与 /data/{类别}/{编号}.json 相同' };
  release.allOf = KINDS.map((k) => ({ if: { properties: { kind: { const: k } } }, then: { properties: { data: { $ref: `${k}.json` } } } }));
  const party = (k: Kind) => ({ type: 'object', additionalProperties: { $ref: `${k}.json` }, description: `${KIND_LABELS[k]},按编号` });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'compiled-round.json',
    title: '一次选拔任用工作的全部记录(/data/rounds/{编号}.compiled.json)',
    description: '一次选拔任用工作各环节的全部公告按程序顺序汇编，附所涉人员、单位、决策机构和资格。',
    type: 'object',
    required: ['round', 'title', 'page', 'generated', 'record', 'releases', 'parties'],
    properties: {
      round: { type: 'string', description: '选拔任用工作编号' },
      title: { type: 'string', description: '选拔任用工作的名称' },
      page: { type: 'string', description: '本站页面地址' },
      generated: { ...DATE, description: '生成时的参照日期' },
      record: { $ref: '#/$defs/release', description: '选拔任用工作记录本身' },
      releases: { type: 'array', items: { $ref: '#/$defs/release' }, description: '各环节公告按程序顺序排列,之后是更正' },
      parties: {
        type: 'object',
        description: '各环节公告提到的人员、单位、决策机构和资格，按编号',
        properties: { people: party('people'), units: party('units'), bodies: party('bodies'), qualifications: party('qualifications') },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    $defs: { release },
  };
}

/** Every schema file published under /schemas/, by file name. */
export function publishedSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [kind, schema] of Object.entries(allJsonSchemas())) out[`${kind}.json`] = schema;
  out['compiled-round.json'] = compiledRoundSchema();
  out['catalog.json'] = catalogSchema();
  return out;
}
