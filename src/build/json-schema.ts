/**
 * JSON Schema (draft 2020-12) for every record kind, generated from the zod schemas so editors and
 * open-data users check records against the same rules as the validator. Each field's Chinese
 * label and help come from its `.meta({ title, description })` in src/schemas/*.ts — the same
 * metadata a form (the admin editor) reads — and reference fields add what they point at.
 */
import { KINDS, type Kind } from '../schemas/common.ts';
import { SCHEMAS, STAGES } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { writtenJsonSchema } from '../schemas/written-json-schema.ts';
import { schemaDocsUi as t } from '../i18n/zh-cn-schema-docs.ts';

type JsonSchema = Record<string, unknown>;

const REF_HINT = (target: string) =>
  target === 'position'
    ? t.reference.position
    : target === 'any'
      ? t.reference.any
      : t.reference.kind(KIND_LABELS[target as Kind] ?? target, target);

/** The JSON Schema of `kind`'s records as written (zod input side), with descriptions. */
export function jsonSchemaOf(kind: Kind): JsonSchema {
  const generated = writtenJsonSchema(SCHEMAS[kind]);
  const schema = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  annotate(schema);
  const where = kind === 'site' ? 'content/site.yaml' : t.kind.fileOf(kind);
  const about = SCHEMAS[kind].meta()?.description;
  return {
    $schema: schema.$schema,
    $id: `${kind}.json`,
    title: t.kind.title(KIND_LABELS[kind], kind),
    description: t.kind.description(about, where),
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema' && k !== 'title' && k !== 'description')),
  };
}

const REF_KEY = 'x-ref';

/** Walk the generated schema: each reference field's description says what it refers to; the temporary marker is removed. */
function annotate(js: JsonSchema): void {
  const ref = js[REF_KEY] as string | undefined;
  delete js[REF_KEY];
  if (ref) js.description = t.referenceAfter(js.description as string | undefined, REF_HINT(ref));
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
      key: { type: 'string', description: t.recordRef.key },
      kind: { enum: [...KINDS], description: t.recordRef.kind },
      id: { type: 'string', description: t.recordRef.id },
      title: { type: 'string', description: t.recordRef.title },
      published: { ...NULLABLE(DATE), description: t.recordRef.published },
      page: { anyOf: [{ type: 'string' }, { type: 'null' }], description: t.recordRef.page },
      json: { type: 'string', description: t.recordRef.json },
      hash: { ...HEX64, description: t.recordRef.hash },
      ledger: {
        type: 'object',
        description: t.recordRef.ledger,
        required: ['version', 'seq', 'sealed', 'current'],
        properties: {
          version: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: t.recordRef.version },
          seq: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }], description: t.recordRef.seq },
          sealed: { ...NULLABLE(DATE), description: t.recordRef.sealed },
          current: { type: 'boolean', description: t.recordRef.current },
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
    title: t.catalog.title,
    description: t.catalog.description,
    type: 'object',
    required: ['checkpoint', 'records'],
    properties: {
      checkpoint: {
        anyOf: [
          {
            type: 'object',
            required: ['size', 'root', 'date'],
            properties: {
              size: { type: 'integer', minimum: 0, description: t.catalog.size },
              root: { ...HEX64, description: t.catalog.root },
              date: { ...DATE, description: t.catalog.date },
            },
            additionalProperties: false,
          },
          { type: 'null' },
        ],
        description: t.catalog.checkpoint,
      },
      records: { type: 'array', items: { $ref: '#/$defs/record' }, description: t.catalog.records },
    },
    additionalProperties: false,
    $defs: { record: recordRefSchema() },
  };
}

/** Schema of /data/rounds/{id}.compiled.json; each release's data must match its kind's schema. */
export function compiledRoundSchema(): JsonSchema {
  const release = recordRefSchema();
  (release.required as string[]).push('stage', 'data');
  (release.properties as JsonSchema).stage = { anyOf: [{ enum: Object.keys(STAGES) }, { type: 'null' }], description: t.compiledRound.stage };
  (release.properties as JsonSchema).data = { type: 'object', description: t.compiledRound.data };
  release.allOf = KINDS.map((k) => ({ if: { properties: { kind: { const: k } } }, then: { properties: { data: { $ref: `${k}.json` } } } }));
  const party = (k: Kind) => ({ type: 'object', additionalProperties: { $ref: `${k}.json` }, description: t.compiledRound.party(KIND_LABELS[k]) });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'compiled-round.json',
    title: t.compiledRound.title,
    description: t.compiledRound.description,
    type: 'object',
    required: ['round', 'title', 'page', 'generated', 'record', 'releases', 'parties'],
    properties: {
      round: { type: 'string', description: t.compiledRound.round },
      title: { type: 'string', description: t.compiledRound.roundTitle },
      page: { type: 'string', description: t.compiledRound.page },
      generated: { ...DATE, description: t.compiledRound.generated },
      record: { $ref: '#/$defs/release', description: t.compiledRound.record },
      releases: { type: 'array', items: { $ref: '#/$defs/release' }, description: t.compiledRound.releases },
      parties: {
        type: 'object',
        description: t.compiledRound.parties,
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
