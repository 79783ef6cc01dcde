/**
 * Loading content/ from disk: every folder is a kind, every YAML file a record whose ID is its file
 * name. Shape errors are collected, never thrown, so one run reports them all.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
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
  // kind/id of every entry so far: the duplicate check must not rescan all entries per file.
  const seen = new Set<string>();
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
      // relative() once per folder, not per file: the same text as rel(join(full, file)).
      const folder = rel(full);
      for (const dirent of readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const file = (folder === '' ? dirent.name : `${folder}/${dirent.name}`).split('\\').join('/');
        readRecord(out, seen, name as Kind, join(full, dirent.name), file, dirent);
      }
    } else if (name === 'site.yaml') {
      readRecord(out, seen, 'site', full, rel(full));
    } else if (!name.startsWith('.') && name.toLowerCase() !== 'readme.md') {
      out.problems.push({ file: rel(full), path: '', message: '文件放错了位置:content/ 下只放 site.yaml,其余记录放进对应类别的文件夹' });
    }
  }
  if (!out.entries.some((e) => e.kind === 'site') && !out.problems.some((p) => p.file.endsWith('site.yaml')))
    out.problems.push({ file: rel(join(contentDir, 'site.yaml')), path: '', message: '缺少站点设置 content/site.yaml' });
  return out;
}

function readRecord(out: Loaded, seen: Set<string>, kind: Kind, path: string, file: string, dirent?: Dirent): void {
  const m = /^(.*)\.ya?ml$/.exec(path.split(/[\\/]/).at(-1) ?? '');
  // The directory entry answers without a stat per file; a symbolic link is followed, as statSync does.
  if (dirent && !dirent.isSymbolicLink() ? dirent.isDirectory() : statSync(path).isDirectory()) {
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
  if (seen.has(`${kind}/${id}`)) {
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
  seen.add(`${kind}/${id}`);
}
