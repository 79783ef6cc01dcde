/**
 * A copy of the content with script payloads in every free-text field of one selection round's
 * records. "Free text" is found, not listed: every string that still passes the schema and the
 * rules with a payload appended to it, except references (which would only break). If a payload
 * makes validation fail, that field is put back, so the copy always builds.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/domain/load.ts';
import { formatPath, formatProblems } from '../../src/domain/problem.ts';
import { findRefs } from '../../src/domain/refs.ts';
import { pathKeys, validateContent } from '../../src/pipeline/validate.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import type { Kind } from '../../src/schemas/common.ts';

export const SCRIPT_PAYLOAD = '<script>window.__pwned=1</script>';
export const IMG_PAYLOAD = '"><img src=x onerror=window.__pwned=1>';

/** The values tried for a field holding `orig`, longest first (short fields take only part). */
const candidates = (orig: string) => [orig + SCRIPT_PAYLOAD + IMG_PAYLOAD, SCRIPT_PAYLOAD + IMG_PAYLOAD, orig + SCRIPT_PAYLOAD, orig + IMG_PAYLOAD, SCRIPT_PAYLOAD, IMG_PAYLOAD];

type Path = (string | number)[];

/** A field given a payload. */
export interface Injection {
  file: string;
  path: string;
  original: string;
}

function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}
function getAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((cur, k) => (cur as Record<string | number, unknown>)[k], data);
}
function setAt(data: unknown, path: Path, value: unknown): void {
  (getAt(data, path.slice(0, -1)) as Record<string | number, unknown>)[path.at(-1)!] = value;
}
const within = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

/**
 * Copy `contentDir` into a temp root and inject payloads into the round with the most records.
 * Returns the root, the round, and every field that carries a payload.
 */
export function payloadContent(contentDir: string, today: string): { root: string; round: string; files: string[]; injections: Injection[] } {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-payload-'));
  cpSync(contentDir, join(root, 'content'), { recursive: true });
  const loaded = loadContent(join(root, 'content'), root);
  if (loaded.problems.length) throw new Error(`样例内容本身没有通过校验:\n${formatProblems(loaded.problems)}`);
  const counts = new Map<string, number>();
  for (const e of loaded.entries) {
    const r = (e.data as { round?: unknown }).round;
    if (typeof r === 'string') counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const round = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!round) throw new Error('样例内容里没有哪条记录属于某个选拔任用工作(round 字段)');
  const targets = loaded.entries.filter((e) => (e.kind === 'rounds' && e.id === round) || (e.data as { round?: unknown }).round === round);

  const raw = new Map<string, { kind: Kind; data: unknown }>();
  const injections: Injection[] = [];
  for (const e of targets) {
    const data = parse(readFileSync(join(root, e.file), 'utf8')) as unknown;
    const refs = new Set(findRefs(SCHEMAS[e.kind], e.data).map((r) => formatPath(r.path)));
    for (const path of stringLeaves(data)) {
      const at = formatPath(path);
      if (refs.has(at)) continue;
      const original = getAt(data, path) as string;
      const fits = candidates(original).find((value) => {
        setAt(data, path, value);
        return SCHEMAS[e.kind].safeParse(data).success;
      });
      setAt(data, path, fits ?? original);
      if (fits) injections.push({ file: e.file, path: at, original });
    }
    raw.set(e.file, { kind: e.kind, data });
  }

  const write = () => {
    for (const [file, { data }] of raw) writeFileSync(join(root, file), stringify(data));
  };
  write();
  // Rules compare fields across records (a post named twice, a conclusion and its counts); a payload that breaks one goes back.
  for (let pass = 0; pass < 10; pass++) {
    const { problems } = validateContent(root, today);
    if (problems.length === 0) return { root, round, files: targets.map((t) => t.file), injections };
    for (const p of problems) {
      const mine = injections.filter((i) => i.file === p.file);
      const hit = mine.filter((i) => p.path && within(i.path, p.path));
      for (const i of hit.length ? hit : mine.length ? mine : injections) {
        setAt(raw.get(i.file)!.data, pathKeys(i.path), i.original);
        injections.splice(injections.indexOf(i), 1);
      }
    }
    write();
  }
  throw new Error(`加入脚本载荷后内容仍无法通过校验:\n${formatProblems(validateContent(root, today).problems)}`);
}
