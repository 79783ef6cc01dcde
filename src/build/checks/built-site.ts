/**
 * What every post-build check shares: the issue it reports, the files of a built folder, and the
 * few settings of content/site.yaml the checks need (the site's address and declared channels).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSite } from '../../pipeline/site-settings.ts';

/** The post-build checks, by name. */
export type CheckName = 'privacy' | 'links' | 'third-party' | 'csp' | 'xml-chars';

/** One thing wrong with the built site. */
export interface CheckIssue {
  check: CheckName;
  /** Built file, relative to the built folder, e.g. publicities/x/index.html. */
  file: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  /** Content files the offending text came from, when they can be told. */
  sources?: string[];
}

/** What a check is given: the built folder and the project root it was built from. */
export interface CheckContext {
  /** The built folder (dist/ or the build's temporary folder). */
  dir: string;
  /** Project root holding content/. */
  root: string;
}

/** The parts of content/site.yaml the checks read, taken loosely: the validator has already judged it. */
export interface SiteSettings {
  url?: URL;
  /** Every string under `channels`, e.g. the reporting phone, e-mail and SMS number. */
  channels: string[];
}

/** The site's address and declared channels of the jurisdiction at `root`, read as validation reads site.yaml; missing parts stay empty. */
export function readSiteSettings(root: string): SiteSettings {
  const { url, channels } = readSite(root);
  return { url, channels };
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const d of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory()) walk(rel);
      else if (d.isFile()) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The files of `dir` whose names end in one of `exts` (lower-case, with the dot). */
export function filesWithExt(dir: string, exts: readonly string[]): string[] {
  return listFiles(dir).filter((f) => exts.some((e) => f.toLowerCase().endsWith(e)));
}

/** Read a built file as text. */
export function readBuilt(ctx: Pick<CheckContext, 'dir'>, file: string): string {
  return readFileSync(join(ctx.dir, file), 'utf8');
}

/** The address a built file is served at: `a/b/index.html` → `/a/b/`, `feed.xml` → `/feed.xml`. */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** `content/{kind}/{id}.yaml` for a page served at `/{kind}/{id}/`, when that file exists under `root`. */
export function recordFileOf(root: string, file: string): string | undefined {
  const m = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(urlPathOf(file));
  if (!m) return undefined;
  for (const ext of ['yaml', 'yml']) {
    const candidate = `content/${m[1]}/${m[2]}.${ext}`;
    if (existsSync(join(root, candidate))) return candidate;
  }
  return undefined;
}

/** `path` relative to `root`, `/`-separated. */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** Issues as one line each: `[check] file  message  ← sources`. */
export function formatIssues(issues: readonly CheckIssue[]): string {
  return issues.map((i) => `[${i.check}] ${i.file}  ${i.message}${i.sources?.length ? `  ← ${i.sources.join('、')}` : ''}`).join('\n');
}

/** A function giving one string per distinct text, so that texts kept many times (a memo's references) share their memory. */
export function interner(): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const had = pool.get(s);
    if (had !== undefined) return had;
    pool.set(s, s);
    return s;
  };
}
