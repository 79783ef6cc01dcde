/**
 * A new record's starting text, derived from its kind's schema: every required field with a
 * placeholder, every optional one commented out, each with its Chinese label and help as a comment
 * (the schema's `.meta()`), so the clerk fills in blanks rather than remembering names. A
 * publicity's window is computed: the required working days from today on the official calendar.
 */
import type { Kind } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { unwrapOptional, writtenJsonSchema, type WrittenSchema } from '../schemas/written-json-schema.ts';
import { CalendarGapError, type WorkingCalendar } from './working-days.ts';
import { scaffoldText as t } from '../i18n/zh-cn-scaffold.ts';

/** What the scaffold can compute from the jurisdiction's data; without it dates are just today. */
export interface ScaffoldContext {
  /** The official working-day calendar (content/calendar/). */
  calendar?: WorkingCalendar;
  /** G2: the publicity window's working days (site.yaml rules.publicityWorkingDays). */
  publicityWorkingDays?: number;
}

/** A publicity window that starts `today` and lasts the required working days, or why it cannot be computed. */
export function publicityWindow(today: string, context: ScaffoldContext): { from: string; to: string; note: string } {
  const days = context.publicityWorkingDays ?? 5;
  if (!context.calendar) return { from: today, to: today, note: t.window.noCalendar(days) };
  try {
    const to = context.calendar.addWorkingDays(today, days);
    const makeup = context.calendar.makeupWorkdaysBetween(today, to).map((d) => t.window.makeupDay(d.date, d.for));
    return { from: today, to, note: t.window.computed(today, days, to, makeup) };
  } catch (err) {
    if (!(err instanceof CalendarGapError)) throw err;
    return { from: today, to: today, note: t.window.failed(err.message) };
  }
}

/** The first line of every record file: the JSON Schema an editor's YAML language server checks it against. */
export function modeline(kind: Kind): string {
  return `# yaml-language-server: $schema=${kind === 'site' ? '' : '../'}../public/schemas/${kind}.json`;
}

/** YAML text for a new record of `kind`, dated `today`. */
export function scaffold(kind: Kind, today: string, context: ScaffoldContext = {}): string {
  const schema = writtenJsonSchema(SCHEMAS[kind]);
  const lines = [
    modeline(kind),
    `# ${t.header(KIND_LABELS[kind])}`,
  ];
  const window = kind === 'publicities' ? publicityWindow(today, context) : undefined;
  emitObject(schema, 0, lines, { today, window });
  return lines.join('\n') + '\n';
}

interface Fill {
  today: string;
  window?: { from: string; to: string; note: string };
}

/** The comment for a field: its label and help, and for a reference what it names. */
function comment(p: WrittenSchema, optional: boolean): string {
  const label = p.title ? `${p.title}：` : '';
  const ref = p['x-ref'];
  const target = ref === 'position' ? t.ref.position : ref === 'any' ? t.ref.any : ref ? t.ref.kind(ref) : '';
  const fallback = p.default !== undefined ? t.byDefault(JSON.stringify(p.default)) : '';
  return `${optional ? t.optional : ''}${label}${p.description ?? ''}${target}${fallback}`;
}

function emitObject(schema: WrittenSchema, indent: number, lines: string[], fill: Fill, path: string[] = []): void {
  const pad = ' '.repeat(indent);
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const p = unwrapOptional(prop);
    const at = [...path, key];
    if (!required.has(key)) {
      lines.push(`${pad}# ${comment(p, true)}`, `${pad}# ${key}:${p.type === 'object' || p.type === 'array' ? '' : ` ${placeholder(p, fill, at)}`}`);
      continue;
    }
    if (at.join('.') === 'window' && fill.window) lines.push(`${pad}# ${fill.window.note}`);
    lines.push(`${pad}# ${comment(p, false)}`);
    if (p.type === 'object') {
      lines.push(`${pad}${key}:`);
      emitObject(p, indent + 2, lines, fill, at);
    } else if (p.type === 'array') {
      const item = unwrapOptional(p.items ?? {});
      if (item.type === 'object') {
        lines.push(`${pad}${key}:`);
        const sub: string[] = [];
        emitObject(item, indent + 4, sub, fill, [...at, '0']);
        const first = sub.findIndex((l) => !l.trimStart().startsWith('#'));
        if (first >= 0) sub[first] = `${pad}  - ${sub[first]!.trimStart()}`;
        lines.push(...sub);
      } else lines.push(`${pad}${key}:`, `${pad}  - ${placeholder(item, fill, at)}`);
    } else lines.push(`${pad}${key}: ${placeholder(p, fill, at)}`);
  }
}

function placeholder(s: WrittenSchema, fill: Fill, path: string[]): string {
  if (s.enum) return String(s.enum[0]);
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) {
    const where = path.join('.');
    if (fill.window && where === 'window.from') return fill.window.from;
    if (fill.window && where === 'window.to') return fill.window.to;
    return fill.today;
  }
  if (s.default !== undefined && typeof s.default !== 'object') return String(s.default);
  if (s.type === 'number' || s.type === 'integer') return '0';
  if (s.type === 'boolean') return 'false';
  return `""  # ${t.toFill}`;
}
