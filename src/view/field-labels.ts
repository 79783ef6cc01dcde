/**
 * Fields and values in words: a path such as `results[0].reason` as 任用结果（姚振邦） · 理由, an enum
 * value such as `deferred` as 暂缓任用, and any value of a record as text a reader can take in. Used
 * wherever a record's fields are named outside its own page: corrections, diffs between versions,
 * old versions of records without a page of their own.
 */
import { fieldPath, keyName } from '../i18n/zh-cn-fields.ts';
import { ui } from '../i18n/zh-cn.ts';
import { AGGREGATIONS, APPOINTMENT_STATUS, BODY_TYPES, DECISION_RESULTS, METHODS, QUALIFICATION_TYPES, RECOMMENDATION_METHODS, SUPERVISION_TYPES } from '../i18n/zh-cn-schema-labels.ts';
import type { Kind } from '../schemas/common.ts';
import { formatNumber } from './format.ts';

/** A path in a record: keys and list positions. */
export type PathPart = string | number;

/** Labels of the values of each enum field, by kind and key. */
const ENUM_VALUES: Partial<Record<Kind, Record<string, Readonly<Record<string, string>>>>> = {
  appointments: { status: APPOINTMENT_STATUS },
  decisions: { result: DECISION_RESULTS },
  examinations: { method: AGGREGATIONS },
  recommendations: { method: RECOMMENDATION_METHODS },
  rounds: { method: METHODS },
  'supervision-reports': { type: SUPERVISION_TYPES },
  bodies: { type: BODY_TYPES },
  qualifications: { type: QUALIFICATION_TYPES },
  'integrity-summaries': { conclusion: ui.facts.integrity.auditConclusions },
};

/** `candidates[0].person` as ['candidates', 0, 'person']; undefined when `text` is not a path. */
export function parsePath(text: string): PathPart[] | undefined {
  if (!/^[A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*$/.test(text)) return undefined;
  return [...text.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The name of key `key` in records of `kind` (src/i18n/zh-cn-fields.ts). */
export { keyName };

/** What to call item `item` of a list: the person it is about, the rule it names, else its position. */
export type ItemNamer = (item: unknown, index: number) => string | undefined;

/**
 * A path in words. `data` (the record the path points into) lets a list item be named by the person
 * it is about; `personName` resolves a person's ID to a name.
 */
export function pathLabel(kind: Kind, path: readonly PathPart[], data?: unknown, personName?: (id: string) => string | undefined): string {
  if (path.length === 0) return fieldPath.whole;
  const parts: string[] = [];
  let node: unknown = data;
  for (const part of path) {
    if (typeof part === 'number') {
      const item = Array.isArray(node) ? node[part] : undefined;
      const name = itemName(item, personName) ?? fieldPath.item(part + 1);
      const last = parts.pop();
      parts.push(last ? fieldPath.itemOf(last, name) : name);
      node = item;
    } else {
      parts.push(keyName(kind, part) ?? fieldPath.unknown);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return parts.join(fieldPath.join);
}

function itemName(item: unknown, personName?: (id: string) => string | undefined): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.person === 'string') return personName?.(o.person) ?? undefined;
  if (typeof o.rule === 'string') return ui.notice.exceptionRule(o.rule);
  if (typeof o.name === 'string') return o.name;
  return undefined;
}

/** A value of field `key` of a `kind` record as text: enum labels, 是/否, numbers, lists and objects in words. */
export function valueText(kind: Kind, key: PathPart | undefined, value: unknown, personName?: (id: string) => string | undefined): string {
  if (value === undefined || value === null || value === '') return ui.facts.none;
  if (typeof value === 'boolean') return value ? ui.facts.yes : ui.facts.no;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const labels = typeof key === 'string' ? ENUM_VALUES[kind]?.[key] : undefined;
    if (labels && value in labels) return labels[value]!;
    if (key === 'person' && personName) return personName(value) ?? value;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(kind, key, v, personName)).join('；');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${keyName(kind, k) ?? fieldPath.unknown}：${valueText(kind, k, v, personName)}`)
    .join('，');
}

/** The last key of a path (what the value at the path is), for valueText. */
export function lastKey(path: readonly PathPart[]): PathPart | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i];
  return undefined;
}
