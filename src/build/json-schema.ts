/**
 * JSON Schema (draft 2020-12) for every record kind, generated from the zod schemas so editors and
 * open-data users check records against the same rules as the validator. Field descriptions come
 * from `.describe()` where a schema has one, else from the JSDoc comment above the field in
 * src/schemas/*.ts, read with the TypeScript parser; reference fields say what they point at.
 *
 * Only `npm run schemas` and the tests import this file (it loads the TypeScript compiler).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { KINDS, refRegistry, type Kind } from '../schemas/common.ts';
import { KIND_LABELS, SCHEMAS, STAGES } from '../schemas/index.ts';

type JsonSchema = Record<string, unknown>;

/** Field documentation found in the source: properties by name, and the element of a list. */
interface DocNode {
  props: Map<string, { doc?: string; node: DocNode }>;
  items?: DocNode;
}

const SCHEMA_DIR = resolve(import.meta.dirname, '../schemas');

/** Reads schema source files once and follows identifiers across their imports. */
class SourceIndex {
  private files = new Map<string, ts.SourceFile>();

  file(path: string): ts.SourceFile {
    let sf = this.files.get(path);
    if (!sf) this.files.set(path, (sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)));
    return sf;
  }

  /** The initializer of `name` as declared in, or imported into, `path`. */
  resolve(path: string, name: string, depth = 0): { path: string; expr: ts.Expression } | undefined {
    if (depth > 5) return undefined;
    const sf = this.file(path);
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return { path, expr: d.initializer };
      if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
        const spec = st.importClause.namedBindings.elements.find((e) => e.name.text === name);
        const from = (st.moduleSpecifier as ts.StringLiteral).text;
        if (spec && from.startsWith('.')) return this.resolve(join(dirname(path), from), (spec.propertyName ?? spec.name).text, depth + 1);
      }
    }
    return undefined;
  }
}

function jsDoc(node: ts.Node): string | undefined {
  const text = node.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  if (!last) return undefined;
  return text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

function docTree(index: SourceIndex, path: string, expr: ts.Expression, depth = 0): DocNode {
  const empty: DocNode = { props: new Map() };
  if (depth > 30) return empty;
  const next = (p: string, e: ts.Expression) => docTree(index, p, e, depth + 1);
  if (ts.isIdentifier(expr)) {
    const found = index.resolve(path, expr.text);
    return found ? next(found.path, found.expr) : empty;
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) return next(path, expr.expression);
  if (!ts.isCallExpression(expr)) return empty;
  const callee = expr.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const onZ = ts.isIdentifier(callee.expression) && callee.expression.text === 'z';
    const arg = expr.arguments[0];
    if (onZ && (method === 'strictObject' || method === 'object' || method === 'looseObject') && arg) return objectDocs(index, path, arg, depth);
    if (onZ && method === 'array' && arg) return { props: new Map(), items: next(path, arg) };
    if (onZ && method === 'preprocess' && expr.arguments[1]) return next(path, expr.arguments[1]);
    if (!onZ && method === 'extend' && arg) {
      const base = next(path, callee.expression);
      const more = objectDocs(index, path, arg, depth);
      return { props: new Map([...base.props, ...more.props]) };
    }
    if (!onZ) return next(path, callee.expression); // .optional(), .refine(), .default() … keep the inner shape
  }
  if (ts.isIdentifier(callee)) {
    // A schema factory such as period or text(): follow a const arrow function's body.
    const found = index.resolve(path, callee.text);
    if (found && ts.isArrowFunction(found.expr) && !ts.isBlock(found.expr.body)) return next(found.path, found.expr.body);
  }
  return empty;
}

function objectDocs(index: SourceIndex, path: string, arg: ts.Expression, depth: number): DocNode {
  const out: DocNode = { props: new Map() };
  let literal: ts.Expression | undefined = arg;
  let at = path;
  if (ts.isIdentifier(arg)) {
    const found = index.resolve(path, arg.text);
    literal = found?.expr;
    at = found?.path ?? path;
  }
  if (!literal || !ts.isObjectLiteralExpression(literal)) return out;
  for (const p of literal.properties) {
    if (ts.isSpreadAssignment(p)) {
      const spread = objectDocs(index, at, p.expression, depth + 1);
      for (const [k, v] of spread.props) out.props.set(k, v);
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      out.props.set(p.name.text, { doc: jsDoc(p), node: docTree(index, at, p.initializer, depth + 1) });
    }
  }
  return out;
}

function moduleDoc(sf: ts.SourceFile): string | undefined {
  const first = sf.statements[0];
  return first ? jsDoc(first) : undefined;
}

const REF_HINT = (target: string) =>
  target === 'position'
    ? '引用:本次选拔任用工作 positions 中的职位编号'
    : target === 'any'
      ? '引用:“类别/编号”,例如 publicities/2026-qc-001-gs'
      : `引用:${KIND_LABELS[target as Kind] ?? target}的编号,即 content/${target}/ 下的文件名(不含 .yaml)`;

/** Where `kind`'s schema is declared: follows the SCHEMAS table in src/schemas/index.ts to its import. */
function schemaDeclaration(index: SourceIndex, kind: Kind): { path: string; expr: ts.Expression } | undefined {
  const indexPath = join(SCHEMA_DIR, 'index.ts');
  let table = index.resolve(indexPath, 'SCHEMAS')?.expr;
  while (table && (ts.isAsExpression(table) || ts.isSatisfiesExpression(table) || ts.isParenthesizedExpression(table))) table = table.expression;
  if (!table || !ts.isObjectLiteralExpression(table)) return undefined;
  const prop = table.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === kind);
  if (!prop || !ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.initializer)) return undefined;
  return index.resolve(indexPath, prop.initializer.text);
}

/** The JSON Schema of `kind`'s records as written (zod input side), with descriptions. */
export function jsonSchemaOf(kind: Kind, index = new SourceIndex()): JsonSchema {
  const decl = schemaDeclaration(index, kind);
  const docs: DocNode = decl ? docTree(index, decl.path, decl.expr) : { props: new Map() };
  const generated = z.toJSONSchema(SCHEMAS[kind], {
    io: 'input',
    unrepresentable: 'any',
    // zod renders a schema used in several fields once and copies it, so only facts about the
    // schema itself (what a reference points at) can be attached here; field docs come after.
    override: (ctx) => {
      const ref = refRegistry.get(ctx.zodSchema as unknown as z.ZodType);
      if (ref) (ctx.jsonSchema as JsonSchema)[REF_KEY] = ref.ref;
    },
  });
  const schema = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  annotate(schema, docs, undefined);
  const where = kind === 'site' ? 'content/site.yaml' : `content/${kind}/<编号>.yaml`;
  return {
    $schema: schema.$schema,
    $id: `${kind}.json`,
    title: `${KIND_LABELS[kind]}(${kind})`,
    description: [decl && moduleDoc(index.file(decl.path)), `一份 YAML 文件即一条记录:${where}。`].filter(Boolean).join(' '),
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

const REF_KEY = 'x-gongshi-ref';

/**
 * Walk the generated schema alongside the source docs: each property gets its `.describe()` text
 * or else its JSDoc, then what it refers to; the temporary reference marker is removed.
 */
function annotate(js: JsonSchema, docs: DocNode | undefined, doc: string | undefined): void {
  const ref = js[REF_KEY] as string | undefined;
  delete js[REF_KEY];
  const parts = [(js.description as string | undefined) ?? doc, ref ? REF_HINT(ref) : undefined].filter(Boolean);
  if (parts.length) js.description = parts.join(' — ');
  const props = js.properties as Record<string, JsonSchema> | undefined;
  if (props) for (const [name, child] of Object.entries(props)) annotate(child, docs?.props.get(name)?.node, docs?.props.get(name)?.doc);
  if (js.items && typeof js.items === 'object') annotate(js.items as JsonSchema, docs?.items, undefined);
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) {
    const members = js[key] as JsonSchema[] | undefined;
    // A member of a union (optional, nullable) is the same field: it keeps the shape, not the doc.
    if (members) for (const m of members) annotate(m, docs, undefined);
  }
}

/** JSON Schema of every record kind, keyed by kind. */
export function allJsonSchemas(): Record<Kind, JsonSchema> {
  const index = new SourceIndex();
  return Object.fromEntries(KINDS.map((k) => [k, jsonSchemaOf(k, index)])) as Record<Kind, JsonSchema>;
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
    type: 'object',
    required: ['checkpoint', 'records'],
    properties: {
      checkpoint: {
        anyOf: [{ type: 'object', required: ['size', 'root', 'date'], properties: { size: { type: 'integer', minimum: 0 }, root: HEX64, date: DATE }, additionalProperties: false }, { type: 'null' }],
        description: '发布时的检查点;尚未封存为 null',
      },
      records: { type: 'array', items: { $ref: '#/$defs/record' } },
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
    type: 'object',
    required: ['round', 'title', 'page', 'generated', 'record', 'releases', 'parties'],
    properties: {
      round: { type: 'string', description: '选拔任用工作编号' },
      title: { type: 'string' },
      page: { type: 'string', description: '本站页面地址' },
      generated: { ...DATE, description: '生成时的参照日期' },
      record: { $ref: '#/$defs/release' },
      releases: { type: 'array', items: { $ref: '#/$defs/release' }, description: '各环节公告按程序顺序排列,之后是更正' },
      parties: {
        type: 'object',
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
