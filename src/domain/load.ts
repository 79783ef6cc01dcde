/**
 * Loading content/ from disk: every folder is a kind, every .yaml file a record whose ID is its file
 * name. Shape errors are collected, never thrown, so one run reports them all; a file that cannot
 * be read is a problem of that file only. Dotfiles (.DS_Store, editor swap files) are ignored;
 * symbolic links are refused, so nothing outside content/ is ever published.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { ID_PATTERN, KINDS, type Kind } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './schema-issues.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';
import type { Entry } from './entry.ts';
import { inputMessages } from '../i18n/zh-cn-input.ts';

/** Everything read from content/: valid entries, their sources for locating fields, and problems. */
export interface Loaded {
  entries: Entry[];
  sources: Map<string, YamlSource>;
  problems: Problem[];
  /** kind/id → file of every record file present that did not load: references to it are not reported again. */
  failed: Map<string, string>;
}

const FOLDERS = KINDS.filter((k) => k !== 'site');

/** Read and shape-check every record under `contentDir`; `root` makes file names relative. */
export function loadContent(contentDir: string, root = process.cwd()): Loaded {
  const out: Loaded = { entries: [], sources: new Map(), problems: [], failed: new Map() };
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const list = (dir: string) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let top: Dirent[];
  try {
    top = list(contentDir);
  } catch {
    out.problems.push({ file: rel(contentDir), path: '', message: inputMessages.files.noContent });
    return out;
  }
  for (const dirent of top) {
    const name = dirent.name;
    if (name.startsWith('.')) continue;
    const full = join(contentDir, name);
    if (dirent.isSymbolicLink()) {
      out.problems.push({ file: rel(full), path: '', message: inputMessages.files.symlink });
      continue;
    }
    if (dirent.isDirectory()) {
      if (!(FOLDERS as readonly string[]).includes(name)) {
        out.problems.push({ file: rel(full), path: '', message: inputMessages.files.unknownFolder(name, FOLDERS) });
        continue;
      }
      // relative() once per folder, not per file: the same text as rel(join(full, file)).
      const folder = rel(full);
      let files: Dirent[];
      try {
        files = list(full);
      } catch (err) {
        out.problems.push({ file: folder, path: '', message: inputMessages.files.unreadable(reason(err)) });
        continue;
      }
      for (const f of files) {
        if (f.name.startsWith('.')) continue;
        const file = (folder === '' ? f.name : `${folder}/${f.name}`).split('\\').join('/');
        readRecord(out, name as Kind, join(full, f.name), file, f);
      }
    } else if (name === 'site.yaml') {
      readRecord(out, 'site', full, rel(full), dirent);
    } else if (name.toLowerCase() !== 'readme.md') {
      out.problems.push({ file: rel(full), path: '', message: name === 'site.yml' ? inputMessages.files.yml(name) : inputMessages.files.misplaced });
    }
  }
  if (!out.entries.some((e) => e.kind === 'site') && !out.problems.some((p) => p.file.endsWith('site.yaml')))
    out.problems.push({ file: rel(join(contentDir, 'site.yaml')), path: '', message: inputMessages.files.noSite });
  return out;
}

function readRecord(out: Loaded, kind: Kind, path: string, file: string, dirent: Dirent): void {
  const name = path.split(/[\\/]/).at(-1) ?? '';
  const m = /^(.*)\.yaml$/.exec(name);
  const refuse = (message: string) => void out.problems.push({ file, path: '', message });
  if (dirent.isSymbolicLink()) return refuse(inputMessages.files.symlink);
  if (dirent.isDirectory()) return refuse(inputMessages.files.subfolder(KINDS.includes(kind) ? kind : ''));
  if (!m) return refuse(/\.yml$/i.test(name) ? inputMessages.files.yml(name) : inputMessages.files.notYaml);
  const id = kind === 'site' ? 'site' : m[1]!;
  if (!ID_PATTERN.test(id)) return refuse(inputMessages.files.badName(id));
  const key = `${kind}/${id}`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    out.failed.set(key, file);
    return refuse(inputMessages.files.unreadable(reason(err)));
  }
  const { source, problems } = readYaml(file, bytes);
  out.problems.push(...problems);
  if (!source) return void out.failed.set(key, file);
  out.sources.set(file, source);
  const schema = SCHEMAS[kind];
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    out.problems.push(...issuesToProblems(source, parsed.error, schema));
    return void out.failed.set(key, file);
  }
  out.entries.push({ kind, id, file, data: parsed.data } as Entry);
}

/** Why a file could not be read, in a few words a clerk can act on. */
function reason(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  const r = inputMessages.files.reasons;
  return code === 'EACCES' || code === 'EPERM' ? r.permission : code === 'ENOENT' ? r.gone : code === 'EISDIR' ? r.folder : r.system(code);
}
