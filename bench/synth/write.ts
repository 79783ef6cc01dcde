/**
 * Writing a synthetic jurisdiction to disk as a project-like root: content/<kind>/<id>.yaml, the
 * official calendars copied verbatim, and site.yaml. The only I/O of the generator lives here.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CalendarSchema, type Calendar } from '../../src/schemas/calendar.ts';
import { synthesize, type SynthOptions, type SynthRecord } from './generate.ts';

const HEADER = '# 合成数据:由 npm run fixtures 生成，人物与单位均为虚构\n';

/** The calendars in `calendarDir` (content/calendar of the project), parsed. */
export function readCalendars(calendarDir: string): Calendar[] {
  return readdirSync(calendarDir)
    .filter((f) => /^\d{4}\.ya?ml$/.test(f))
    .sort()
    .map((f) => CalendarSchema.parse(parse(readFileSync(join(calendarDir, f), 'utf8'))));
}

/** YAML text of one record as a clerk would write it. */
export function recordYaml(record: SynthRecord): string {
  return HEADER + stringify(record.data, { lineWidth: 0 });
}

/** Path of a record's file relative to content/. */
export function recordPath(record: SynthRecord): string {
  return record.kind === 'site' ? 'site.yaml' : `${record.kind}/${record.id}.yaml`;
}

/**
 * Write a jurisdiction under `root` (content/ is replaced), copying the calendars from
 * `calendarDir`. Returns how many records were written, calendars included, by kind.
 */
export function writeJurisdiction(root: string, calendarDir: string, options: Omit<SynthOptions, 'calendars'>): Record<string, number> {
  const content = join(root, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'calendar'), { recursive: true });
  const calendars = readCalendars(calendarDir);
  const counts: Record<string, number> = { calendar: 0 };
  for (const f of readdirSync(calendarDir).filter((f) => /^\d{4}\.ya?ml$/.test(f))) {
    copyFileSync(join(calendarDir, f), join(content, 'calendar', f));
    counts.calendar!++;
  }
  const made = new Set<string>();
  for (const record of synthesize({ ...options, calendars })) {
    if (!made.has(record.kind)) {
      mkdirSync(join(content, record.kind === 'site' ? '' : record.kind), { recursive: true });
      made.add(record.kind);
    }
    writeFileSync(join(content, recordPath(record)), recordYaml(record));
    counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  }
  return counts;
}
