/**
 * The Decap CMS configuration of the clerk's editor, generated from the zod schemas at start-up:
 * one collection per record kind, one widget per field, with the Chinese label and help of the
 * field's `.meta()` (the same metadata the JSON Schemas and `npm run new` read). References are
 * relation widgets over the records of their kind, dates are date pickers, nested lists
 * (candidates, ballots, members) are list widgets with their own fields. Nothing here is written
 * by hand per kind, so a new field or kind appears in the form without editing a config.
 */
import { ID_PATTERN, KINDS, type Kind, type RefMeta } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { adminUi } from '../i18n/zh-cn-admin.ts';
import { unwrapOptional, writtenJsonSchema, type WrittenSchema } from '../schemas/written-json-schema.ts';

/** The field every collection adds first: the record's ID, which is its file name. */
export const ID_FIELD = 'recordId';

/** A Decap CMS field (the subset this generator writes). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  options?: { label: string; value: string }[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  options_length?: number;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  collapsed?: boolean;
  summary?: string;
  allow_add?: boolean;
}

/** A Decap CMS collection: a folder of records of one kind, or the one file of the site settings. */
export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format: 'yaml';
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  editor?: { preview: boolean };
  fields?: EditorField[];
  files?: { name: string; label: string; file: string; fields: EditorField[] }[];
}

export interface EditorConfig {
  load_config_file: false;
  locale: 'zh_Hans';
  backend: { name: 'proxy'; proxy_url: string; branch: string };
  publish_mode: 'simple';
  media_folder: string;
  site_url?: string;
  collections: EditorCollection[];
}

/** The JSON Schema of a kind as written (zod input side), each reference field marked with its target. */
export function writtenSchema(kind: Kind): WrittenSchema {
  return writtenJsonSchema(SCHEMAS[kind]);
}

const isDate = (s: WrittenSchema) => s.type === 'string' && (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') ?? false);
const isMonth = (s: WrittenSchema) => s.type === 'string' && (s.pattern?.includes('(0[1-9]|1[0-2])') ?? false) && !isDate(s);

/** What a record of `kind` is listed under: its title, name, or its ID. */
function displayField(kind: Kind): string {
  const props = writtenSchema(kind).properties ?? {};
  return 'title' in props ? 'title' : 'name' in props ? 'name' : ID_FIELD;
}

/** An enum's options, labelled by the Chinese its help gives each value (“passed（通过）”). */
function enumOptions(s: WrittenSchema): { label: string; value: string }[] {
  return (s.enum ?? []).map((v) => {
    const value = String(v);
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const said = new RegExp(`(?:^|[^a-z-])${escaped}[（(]([^）)]+)[）)]`).exec(s.description ?? '')?.[1];
    return { label: said && said !== value ? `${said}（${value}）` : value, value };
  });
}

/** The widget of a reference: records of the target kind, positions of the rounds, or any record. */
function refWidget(target: RefMeta['ref'], context: GenerateContext): Pick<EditorField, 'widget' | 'collection' | 'value_field' | 'search_fields' | 'display_fields' | 'options' | 'options_length'> {
  if (target === 'position') return { widget: 'select', options: positionOptions(context.positions ?? []) };
  if (target === 'any') return { widget: 'select', options: (context.recordKeys ?? []).map((k) => ({ label: k, value: k })) };
  const shown = displayField(target);
  return {
    widget: 'relation',
    collection: target,
    value_field: ID_FIELD,
    search_fields: [...new Set([ID_FIELD, shown])],
    display_fields: [...new Set([ID_FIELD, shown])],
    options_length: 500,
  };
}

/**
 * Position keys are named inside their round (p1, p2…), so one option per key, saying which post
 * it is in each round: Decap's relation widget cannot list the items of a nested list reliably.
 */
export function positionOptions(positions: readonly Position[]): { label: string; value: string }[] {
  const byKey = new Map<string, string[]>();
  for (const p of positions) byKey.set(p.key, [...(byKey.get(p.key) ?? []), `${p.round}：${p.title}`]);
  return [...byKey].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([key, posts]) => ({ value: key, label: `${key}（${posts.join('；')}）` }));
}

/** Help text of a field: its description, and for a reference what it points at. */
function hintOf(s: WrittenSchema): string | undefined {
  const target = s['x-ref'];
  const about = target === 'position' ? adminUi.positionRef : target === 'any' ? adminUi.anyRef : target ? adminUi.kindRef(KIND_LABELS[target]) : undefined;
  return [s.description, about].filter(Boolean).join('；') || undefined;
}

/** Context the generator needs beyond the schemas. */
export interface GenerateContext {
  /** Every existing record as `kind/id`, for the one reference that may point at any kind (a correction's target). */
  recordKeys?: readonly string[];
  /** Every position of every round, for the fields that name a position by its key. */
  positions?: readonly Position[];
}

/** A position of a round, as the form offers it. */
export interface Position {
  round: string;
  key: string;
  title: string;
}

/** The widget for one schema node named `name`. */
export function fieldOf(name: string, prop: WrittenSchema, required: boolean, context: GenerateContext = {}): EditorField {
  const s = unwrapOptional(prop);
  const base: EditorField = { name, label: s.title ?? name, widget: 'string', required };
  const hint = hintOf(s);
  if (hint) base.hint = hint;
  if (s.default !== undefined && typeof s.default !== 'object') base.default = s.default;
  if (s['x-ref']) return { ...base, ...refWidget(s['x-ref'], context) };
  if (s.enum) return { ...base, widget: 'select', options: enumOptions(s) };
  if (isDate(s)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', adminUi.datePattern] };
  if (isMonth(s)) return { ...base, pattern: [s.pattern!, adminUi.monthPattern] };
  if (s.type === 'boolean') return { ...base, widget: 'boolean' };
  if (s.type === 'integer' || s.type === 'number') {
    const out: EditorField = { ...base, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float' };
    if (s.minimum !== undefined) out.min = s.minimum;
    if (s.maximum !== undefined) out.max = s.maximum;
    return out;
  }
  // Decap checks the required fields of an optional object the clerk left empty; the validator
  // still requires them once the object is filled in.
  if (s.type === 'object') return { ...base, widget: 'object', fields: fieldsOf(s, context, !required) };
  if (s.type === 'array') {
    const item = unwrapOptional(s.items ?? {});
    if (item['x-ref']) return { ...base, ...refWidget(item['x-ref'], context), multiple: true };
    if (item.type === 'object') {
      const fields = fieldsOf(item, context);
      const first = fields[0];
      return { ...base, widget: 'list', fields, collapsed: false, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) };
    }
    return { ...base, widget: 'list', field: fieldOf(name, { ...item, title: item.title ?? s.title }, true, context) };
  }
  if ((s.maxLength ?? 0) >= 500) return { ...base, widget: 'text' };
  return base;
}

/** Widgets of an object's properties, in the schema's (and the scaffold's) order. */
export function fieldsOf(schema: WrittenSchema, context: GenerateContext = {}, optionalParent = false): EditorField[] {
  const required = new Set(optionalParent ? [] : (schema.required ?? []));
  return Object.entries(schema.properties ?? {}).map(([key, prop]) => fieldOf(key, prop, required.has(key), context));
}

const idField: EditorField = { name: ID_FIELD, label: adminUi.recordId.label, hint: adminUi.recordId.hint, widget: 'string', required: true, pattern: [ID_PATTERN.source, adminUi.idPattern] };

/** The collection of one kind. */
export function collectionOf(kind: Kind, context: GenerateContext = {}): EditorCollection {
  const schema = writtenSchema(kind);
  const fields = fieldsOf(schema, context);
  const about = SCHEMAS[kind].meta()?.description;
  if (kind === 'site')
    return { name: kind, label: KIND_LABELS[kind], format: 'yaml', editor: { preview: false }, ...(about ? { description: about } : {}), files: [{ name: 'site', label: KIND_LABELS[kind], file: 'content/site.yaml', fields }] };
  const shown = displayField(kind);
  return {
    name: kind,
    label: KIND_LABELS[kind],
    label_singular: KIND_LABELS[kind],
    ...(about ? { description: about } : {}),
    folder: `content/${kind}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    delete: false,
    // The form takes the page; the validation panel, not a preview, sits beside it.
    editor: { preview: false },
    slug: `{{${ID_FIELD}}}`,
    identifier_field: ID_FIELD,
    summary: shown === ID_FIELD ? `{{${ID_FIELD}}}` : `{{${shown}}}（{{${ID_FIELD}}}）`,
    fields: [idField, ...fields],
  };
}

/** The whole editor configuration; `proxyUrl` is the loopback server that reads and writes content/. */
export function editorConfig(proxyUrl: string, context: GenerateContext = {}): EditorConfig {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: { name: 'proxy', proxy_url: proxyUrl, branch: 'main' },
    publish_mode: 'simple',
    // Required by Decap; no field uploads files, and the server refuses media writes.
    media_folder: 'content/.media',
    collections: KINDS.map((k) => collectionOf(k, context)),
  };
}
