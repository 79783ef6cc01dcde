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
import { fastSource, plainYaml, readYaml, type YamlSource } from './yaml-source.ts';
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

/** A record file as listed: what reading it needs, on this thread or another. */
export interface RecordFile {
  kind: Kind;
  id: string;
  /** Path on disk. */
  path: string;
  /** Path relative to the root, as messages name it. */
  file: string;
}

/** A record file that read with no problem: its text, its data as written, and the schema's output. */
export interface PlainRecord {
  text: string;
  written: Record<string, unknown>;
  data: unknown;
}

/**
 * Reads many record files at once (src/pipeline/parallel-read.ts spreads them over worker
 * threads); each answer is what readPlainRecord gives for that file.
 */
export type ReadMany = (files: readonly RecordFile[]) => readonly (PlainRecord | undefined)[];

/**
 * `record` read, parsed and shape-checked, when nothing about it needs a message; else undefined,
 * and loadContent reads it again to say what is wrong. Plain data in and out, so any thread can run it.
 */
export function readPlainRecord(record: RecordFile): PlainRecord | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(record.path);
  } catch {
    return undefined;
  }
  const plain = plainYaml(bytes);
  if (!plain) return undefined;
  const parsed = SCHEMAS[record.kind].safeParse(plain.data);
  return parsed.success ? { text: plain.text, written: plain.data, data: parsed.data } : undefined;
}

/** A file met while listing content/: a record to read, or a problem found by its name or type alone. */
type Listed = { record: RecordFile } | { problem: Problem };

/**
 * Read and shape-check every record under `contentDir`; `root` makes file names relative. With
 * `readMany`, the files are read by it first: a file it answers is taken as answered, any other is
 * read here, so the result is the same with or without it.
 */
export function loadContent(contentDir: string, root = process.cwd(), readMany?: ReadMany): Loaded {
  const out: Loaded = { entries: [], sources: new Map(), problems: [], failed: new Map() };
  const listed = listContent(contentDir, root);
  if (!listed) {
    out.problems.push({ file: rel(root, contentDir), path: '', message: inputMessages.files.noContent });
    return out;
  }
  const records = listed.flatMap((l) => ('record' in l ? [l.record] : []));
  const answers = readMany && records.length ? readMany(records) : [];
  let n = 0;
  for (const l of listed) {
    if ('problem' in l) out.problems.push(l.problem);
    else {
      const answer = answers[n++];
      if (answer) addRecord(out, l.record, fastSource(l.record.file, answer.text, answer.written), answer.data);
      else readRecord(out, l.record);
    }
  }
  if (!out.entries.some((e) => e.kind === 'site') && !out.problems.some((p) => p.file.endsWith('site.yaml')))
    out.problems.push({ file: rel(root, join(contentDir, 'site.yaml')), path: '', message: inputMessages.files.noSite });
  return out;
}

const rel = (root: string, p: string) => relative(root, p).split('\\').join('/');

/** Every file under `contentDir` in reading order, each a record to read or a problem with its name or type; undefined when there is no `contentDir`. */
function listContent(contentDir: string, root: string): Listed[] | undefined {
  const listed: Listed[] = [];
  const problem = (file: string, message: string) => listed.push({ problem: { file, path: '', message } });
  const list = (dir: string) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let top: Dirent[];
  try {
    top = list(contentDir);
  } catch {
    return undefined;
  }
  const file = (kind: Kind, path: string, file: string, dirent: Dirent) => {
    const found = recordFile(kind, path, file, dirent);
    if (typeof found === 'string') problem(file, found);
    else listed.push({ record: found });
  };
  for (const dirent of top) {
    const name = dirent.name;
    if (name.startsWith('.')) continue;
    const full = join(contentDir, name);
    if (dirent.isSymbolicLink()) {
      problem(rel(root, full), inputMessages.files.symlink);
      continue;
    }
    if (dirent.isDirectory()) {
      if (!(FOLDERS as readonly string[]).includes(name)) {
        problem(rel(root, full), inputMessages.files.unknownFolder(name, FOLDERS));
        continue;
      }
      // relative() once per folder, not per file: the same text as rel(join(full, file)).
      const folder = rel(root, full);
      let files: Dirent[];
      try {
        files = list(full);
      } catch (err) {
        problem(folder, inputMessages.files.unreadable(reason(err)));
        continue;
      }
      for (const f of files) {
        if (f.name.startsWith('.')) continue;
        file(name as Kind, join(full, f.name), (folder === '' ? f.name : `${folder}/${f.name}`).split('\\').join('/'), f);
      }
    } else if (name === 'site.yaml') {
      file('site', full, rel(root, full), dirent);
    } else if (name.toLowerCase() !== 'readme.md') {
      problem(rel(root, full), name === 'site.yml' ? inputMessages.files.yml(name) : inputMessages.files.misplaced);
    }
  }
  return listed;
}

/** The record a listed file is, or why it cannot be one (a message), from its name and type alone. */
function recordFile(kind: Kind, path: string, file: string, dirent: Dirent): RecordFile | string {
  const name = path.split(/[\\/]/).at(-1) ?? '';
  const m = /^(.*)\.yaml$/.exec(name);
  if (dirent.isSymbolicLink()) return inputMessages.files.symlink;
  if (dirent.isDirectory()) return inputMessages.files.subfolder(KINDS.includes(kind) ? kind : '');
  if (!m) return /\.yml$/i.test(name) ? inputMessages.files.yml(name) : inputMessages.files.notYaml;
  const id = kind === 'site' ? 'site' : m[1]!;
  if (!ID_PATTERN.test(id)) return inputMessages.files.badName(id);
  return { kind, id, path, file };
}

/** Read `record` on this thread, with a message for whatever stops it. */
function readRecord(out: Loaded, record: RecordFile): void {
  const { kind, file } = record;
  const key = `${kind}/${record.id}`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(record.path);
  } catch (err) {
    out.failed.set(key, file);
    return void out.problems.push({ file, path: '', message: inputMessages.files.unreadable(reason(err)) });
  }
  const { source, problems } = readYaml(file, bytes);
  out.problems.push(...problems);
  if (!source) return void out.failed.set(key, file);
  const schema = SCHEMAS[kind];
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    out.sources.set(file, source);
    out.problems.push(...issuesToProblems(source, parsed.error, schema));
    return void out.failed.set(key, file);
  }
  addRecord(out, record, source, parsed.data);
}

function addRecord(out: Loaded, record: RecordFile, source: YamlSource, data: unknown): void {
  out.sources.set(record.file, source);
  out.entries.push({ kind: record.kind, id: record.id, file: record.file, data } as Entry);
}

/** Why a file could not be read, in a few words a clerk can act on. */
function reason(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  const r = inputMessages.files.reasons;
  return code === 'EACCES' || code === 'EPERM' ? r.permission : code === 'ENOENT' ? r.gone : code === 'EISDIR' ? r.folder : r.system(code);
}
