/**
 * Loading content/ from disk: every folder is a kind, every YAML file a record whose ID is its file
 * name. Shape errors are collected, never thrown, so one run reports them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ID_PATTERN, KINDS, type Kind } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './schema-issues.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';
import type { Entry } from './entry.ts';

/** Everything read from content/: valid entries, their sources for locating fields, and problems. */
export interface Loaded {
  entries: Entry[];
  sources: Map<string, YamlSource>;
  problems: Problem[];
}

const FOLDERS = KINDS.filter((k) => k !== 'site');

/** Read and shape-check every record under `contentDir`; `root` makes file names relative. */
export function loadContent(contentDir: string, root = process.cwd()): Loaded {
  const out: Loaded = { entries: [], sources: new Map(), problems: [] };
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  let names: string[];
  try {
    names = readdirSync(contentDir);
  } catch {
    out.problems.push({ file: rel(contentDir), path: '', message: '找不到内容文件夹 content/' });
    return out;
  }
  for (const name of names.sort()) {
    const full = join(contentDir, name);
    if (statSync(full).isDirectory()) {
      if (!(FOLDERS as readonly string[]).includes(name)) {
        out.problems.push({ file: rel(full), path: '', message: `不认识的文件夹“${name}”:记录只能放在这些文件夹里:${FOLDERS.join('、')}` });
        continue;
      }
      for (const file of readdirSync(full).sort()) readRecord(out, name as Kind, join(full, file), rel);
    } else if (name === 'site.yaml') {
      readRecord(out, 'site', full, rel);
    } else if (!name.startsWith('.') && name.toLowerCase() !== 'readme.md') {
      out.problems.push({ file: rel(full), path: '', message: '文件放错了位置:content/ 下只放 site.yaml,其余记录放进对应类别的文件夹' });
    }
  }
  if (!out.entries.some((e) => e.kind === 'site') && !out.problems.some((p) => p.file.endsWith('site.yaml')))
    out.problems.push({ file: rel(join(contentDir, 'site.yaml')), path: '', message: '缺少站点设置 content/site.yaml' });
  return out;
}

function readRecord(out: Loaded, kind: Kind, path: string, rel: (p: string) => string): void {
  const file = rel(path);
  const m = /^(.*)\.ya?ml$/.exec(path.split(/[\\/]/).at(-1) ?? '');
  if (statSync(path).isDirectory()) {
    out.problems.push({ file, path: '', message: `“${KINDS.includes(kind) ? kind : ''}”文件夹里不能再有子文件夹:请把记录直接放在 content/${kind}/ 下` });
    return;
  }
  if (!m) {
    out.problems.push({ file, path: '', message: '只接受 .yaml 文件:请改用 YAML 格式,或把这个文件移出 content/' });
    return;
  }
  const id = kind === 'site' ? 'site' : m[1]!;
  if (!ID_PATTERN.test(id)) {
    out.problems.push({ file, path: '', message: `文件名“${id}”不能作编号:只用小写字母、数字和连字符,例如 2026-jtj-fjz-gs.yaml` });
    return;
  }
  if (out.entries.some((e) => e.kind === kind && e.id === id)) {
    out.problems.push({ file, path: '', message: `编号“${id}”在 ${kind} 中重复(.yaml 与 .yml 同名):请删除或改名其中一个` });
    return;
  }
  const { source, problems } = readYaml(file, readFileSync(path));
  out.problems.push(...problems);
  if (!source) return;
  out.sources.set(file, source);
  const parsed = SCHEMAS[kind].safeParse(source.data);
  if (!parsed.success) {
    out.problems.push(...issuesToProblems(source, parsed.error));
    return;
  }
  out.entries.push({ kind, id, file, data: parsed.data } as Entry);
}
