/**
 * `npm run admin [-- --root DIR --port N]`: the clerk's editor. Decap CMS (served from
 * node_modules, no network) in the browser, this loopback server behind it speaking Decap's
 * local-backend protocol over content/ of the working tree. The server decides what lands on disk:
 * `content/{kind}/{id}.yaml` with the schema modeline and the scaffold's key order; it refuses
 * to rewrite a sealed record alone (发布更正 writes the record with its correction), and runs the
 * validator after every save so its messages show beside the form. Nothing here is built into dist/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import sirv from 'sirv';
import { ID_PATTERN, KINDS, type Kind } from '../src/schemas/common.ts';
import { editorConfig } from '../src/admin/editor-config.ts';
import { editorData, formData, recordText } from '../src/admin/record-text.ts';
import { changesBetween, correctionId, correctionRecord } from '../src/admin/correction-draft.ts';
import { PANEL_CSS, panelScript } from '../src/admin/panel.ts';
import { adminUi } from '../src/i18n/zh-cn-admin.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { sortProblems } from '../src/domain/problem.ts';
import { readLedger } from '../src/ledger/store.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { inputMessages } from '../src/i18n/zh-cn-input.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, port: { type: 'string', default: '4322' } } });
const root = resolve(values.root!);
const ui = adminUi.server;
const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const decapFiles = sirv(decapDist, { dev: true, dotfiles: false, etag: false });

/** A record file the editor may read or write, by its path relative to root. */
interface Target {
  kind: Kind;
  id: string;
  file: string;
  key: string;
}

function targetOf(path: string): Target | undefined {
  if (path === 'content/site.yaml') return { kind: 'site', id: 'site', file: path, key: 'site/site' };
  const m = /^content\/([a-z-]+)\/([^/]+)\.yaml$/.exec(path);
  if (!m || m[1] === 'site' || !(KINDS as readonly string[]).includes(m[1]!) || !ID_PATTERN.test(m[2]!)) return undefined;
  return { kind: m[1] as Kind, id: m[2]!, file: path, key: `${m[1]}/${m[2]}` };
}

/** The last sealed data of every sealed record, read afresh (npm run seal may run beside the editor). */
function sealedData(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const e of readLedger(root).entries) out.set(e.key, e.data);
  return out;
}

// ——— validation, run after each save ———
interface Result {
  ok: boolean;
  summary: string;
  problems: { file: string; where: string; path: string; message: string; rule?: string }[];
}
let generation = 0;
let result: Result | undefined;

function validate(): Result {
  const { problems, records } = validateContent(root, referenceDate());
  const sorted = sortProblems(problems);
  result = {
    ok: problems.length === 0,
    summary: problems.length ? adminUi.panel.failed(problems.length) : adminUi.panel.passed(records),
    problems: sorted.map((p) => ({ file: p.file, where: p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file, path: p.path || inputMessages.wholeFile, message: p.message, ...(p.rule ? { rule: p.rule } : {}) })),
  };
  generation++;
  return result;
}

/** Edits the clerk made to sealed records, kept until 发布更正 writes them with their correction. */
const drafts = new Map<string, Record<string, unknown>>();

// ——— Decap's local-backend protocol (POST /api/v1 {action, params}) ———
class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

function entryOf(t: Target): { data: string; file: { path: string; id: string } } {
  const text = readFileSync(join(root, t.file), 'utf8');
  return { data: editorData(text, t.id), file: { path: t.file, id: createHash('sha256').update(text).digest('hex') } };
}

function listFolder(folder: string): ReturnType<typeof entryOf>[] {
  const kind = /^content\/([a-z-]+)$/.exec(folder)?.[1];
  if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new Refusal(ui.badPath(folder));
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('.'))
    .sort()
    .flatMap((n) => {
      const t = targetOf(`${folder}/${n}`);
      return t ? [entryOf(t)] : [];
    });
}

function persist(params: { dataFiles?: { path: string; raw: string; newPath?: string }[]; options?: { newEntry?: boolean } }): { message: string } {
  const sealed = sealedData();
  for (const f of params.dataFiles ?? []) {
    const t = targetOf(f.newPath ?? f.path);
    if (!t) throw new Refusal(ui.badPath(f.newPath ?? f.path));
    if (f.newPath && f.newPath !== f.path) throw new Refusal(ui.badPath(f.newPath));
    let data: Record<string, unknown>;
    try {
      data = formData(f.raw);
    } catch (err) {
      throw new Refusal(ui.notYaml(err instanceof Error ? err.message : String(err)));
    }
    const path = join(root, t.file);
    if (params.options?.newEntry && existsSync(path)) throw new Refusal(ui.exists(t.file), 409);
    if (sealed.has(t.key)) {
      drafts.set(t.file, data);
      throw new Refusal(ui.sealedRefused(t.key), 409);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, recordText(t.kind, data));
  }
  validate();
  return { message: 'entry persisted' };
}

function backend(action: string, params: Record<string, unknown>): unknown {
  switch (action) {
    case 'info':
      return { repo: basename(root), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder':
      return listFolder(String(params.folder));
    case 'entriesByFiles':
      return (params.files as { path: string }[]).flatMap((f) => {
        const t = targetOf(f.path);
        return t && existsSync(join(root, t.file)) ? [entryOf(t)] : [];
      });
    case 'getEntry': {
      const t = targetOf(String(params.path));
      if (!t) throw new Refusal(ui.badPath(String(params.path)));
      return entryOf(t);
    }
    case 'persistEntry':
      return persist(params as Parameters<typeof persist>[0]);
    case 'getMedia':
      return [];
    case 'persistMedia':
    case 'getMediaFile':
      throw new Refusal(ui.noMedia);
    case 'deleteFile':
    case 'deleteFiles':
      throw new Refusal(ui.noDelete);
    default:
      throw new Refusal(ui.unsupported(action), 400);
  }
}

/** 发布更正: the edited sealed record and its correction, written together. */
function publishCorrection(file: string, reason: string): { message: string; hash: string } {
  const t = targetOf(file);
  const edited = drafts.get(file);
  if (!t || !edited) throw new Refusal(adminUi.panel.noDraft);
  if (!reason.trim()) throw new Refusal(adminUi.panel.noReason);
  const before = sealedData().get(t.key);
  const { recordId: _id, ...fields } = edited;
  const after = formData(recordText(t.kind, fields).split('\n').slice(1).join('\n'));
  const changes = changesBetween(t.kind, before, after);
  if (!changes.length) throw new Refusal(ui.nothingChanged);
  const id = correctionId(t.id, (c) => existsSync(join(root, 'content/corrections', `${c}.yaml`)));
  const title = typeof (before as { title?: unknown })?.title === 'string' ? (before as { title: string }).title : t.key;
  mkdirSync(join(root, 'content/corrections'), { recursive: true });
  writeFileSync(join(root, t.file), recordText(t.kind, fields));
  writeFileSync(join(root, 'content/corrections', `${id}.yaml`), recordText('corrections', correctionRecord(t.key, title, referenceDate(), reason.trim(), changes)));
  drafts.delete(file);
  validate();
  return { message: adminUi.panel.correctionWritten(`content/corrections/${id}.yaml`), hash: `#/collections/corrections/entries/${id}` };
}

// ——— HTTP ———
function page(origin: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${adminUi.pageTitle}</title>
<style>${PANEL_CSS}</style>
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<div id="gongshi-editor"><div id="nc-root"></div></div>
<script src="/admin/decap/decap-cms.js"></script>
<script src="/admin/boot.js?origin=${encodeURIComponent(origin)}"></script>
<script src="/admin/panel.js"></script>
</body>
</html>
`;
}

function bootScript(origin: string): string {
  const keys = KINDS.filter((k) => k !== 'site').flatMap((k) => {
    const dir = join(root, 'content', k);
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml') && ID_PATTERN.test(n.slice(0, -5))).map((n) => `${k}/${n.slice(0, -5)}`) : [];
  });
  const positions = keys.flatMap((key) => {
    if (!key.startsWith('rounds/')) return [];
    try {
      const data = formData(readFileSync(join(root, 'content', `${key}.yaml`), 'utf8')) as { positions?: { id?: unknown; title?: unknown }[] };
      return (data.positions ?? []).flatMap((p) => (typeof p.id === 'string' ? [{ round: key.slice('rounds/'.length), key: p.id, title: String(p.title ?? '') }] : []));
    } catch {
      return []; // a round that does not read: npm run validate names it
    }
  });
  return `CMS.init({ config: ${JSON.stringify(editorConfig(`${origin}/api/v1`, { recordKeys: keys, positions }))} });\n`;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const port = Number(values.port);
const server = createServer(async (req, res) => {
  const address = server.address();
  const own = `127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  // Loopback only, and only pages this server served may write (no DNS rebinding, no other site's form).
  if (req.headers.host !== own && req.headers.host !== own.replace('127.0.0.1', 'localhost')) return send(res, 421, { error: 'wrong host' });
  const origin = `http://${req.headers.host}`;
  if (req.method === 'POST' && req.headers.origin && req.headers.origin !== origin) return send(res, 403, { error: 'cross-origin' });
  const url = new URL(req.url ?? '/', origin);
  try {
    if (url.pathname === '/' || url.pathname === '/admin') return res.writeHead(302, { location: '/admin/' }).end();
    if (url.pathname === '/admin/') return send(res, 200, page(origin), 'text/html; charset=utf-8');
    if (url.pathname === '/admin/boot.js') return send(res, 200, bootScript(origin), 'text/javascript; charset=utf-8');
    if (url.pathname === '/admin/panel.js') return send(res, 200, panelScript(), 'text/javascript; charset=utf-8');
    if (url.pathname.startsWith('/admin/decap/')) {
      req.url = url.pathname.slice('/admin/decap'.length);
      return decapFiles(req, res, () => send(res, 404, { error: 'not found' }));
    }
    if (url.pathname === '/api/v1' && req.method === 'POST') {
      const { action, params } = await bodyOf(req);
      return send(res, 200, backend(String(action), (params ?? {}) as Record<string, unknown>));
    }
    if (url.pathname === '/admin-api/status') {
      const file = url.searchParams.get('file') ?? undefined;
      const t = file ? targetOf(file) : undefined;
      return send(res, 200, { generation, running: false, ...(result ?? { problems: [] }), sealed: t ? sealedData().has(t.key) : false, draft: file ? drafts.has(file) : false, file });
    }
    if (url.pathname === '/admin-api/validate' && req.method === 'POST') return send(res, 200, validate());
    if (url.pathname === '/admin-api/correct' && req.method === 'POST') {
      const { file, reason } = await bodyOf(req);
      return send(res, 200, publishCorrection(String(file), String(reason ?? '')));
    }
    send(res, 404, { error: 'not found' });
  } catch (err) {
    if (err instanceof Refusal) return send(res, err.status, { error: err.message });
    send(res, 500, { error: err instanceof Error ? err.message : String(err) });
  }
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(ui.root(root));
  console.log(ui.listening(`http://127.0.0.1:${actual}/admin/`));
});
