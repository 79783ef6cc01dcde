/**
 * The ledger as the site publishes it: read once per build, with the Merkle tree kept for proofs,
 * each record's versions, and each record's current written data and hash. Pages, open data and
 * the record history read from here; nothing here decides validity (check.ts does, before the
 * build starts).
 */
import { join } from 'node:path';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Kind } from '../schemas/common.ts';
import { recordUrl } from '../domain/urls.ts';
import { versionsByKey } from './check.ts';
import { diffValues, type Change } from './diff.ts';
import { canonicalize } from './jcs.ts';
import { cosignatureTasks, runTasksSync, shanghaiDate, type SignedCheckpoint } from './checkpoint.ts';
import { ledgerConfigOf, type LedgerConfig } from './config.ts';
import { ed25519Verify } from './keys.ts';
import { LEDGER_DIR, LOG_FILE, type LogEntry } from './log.ts';
import { type Tree } from './merkle.ts';
import { recordHash } from './node-hash.ts';
import type { SourceRecord } from './records.ts';
import { readLedger, treeOf } from './store.ts';

/** Log lines per page of the published log table. */
export const LOG_PAGE_SIZE = 200;

/** The ledger and the written content, ready for publishing. */
export interface LedgerSite {
  entries: LogEntry[];
  checkpoint?: SignedCheckpoint;
  /** Every checkpoint written, smallest first (the current one last). */
  checkpoints: SignedCheckpoint[];
  /** Verified witness cosignatures, earliest first: who (as configured), on which tree size, when. */
  witnessed: Witnessing[];
  config?: LedgerConfig;
  tree: Tree;
  versions: Map<string, LogEntry[]>;
  /** Every record's written data, by key. */
  sources: Map<string, SourceRecord>;
  /** Current hash of every record, by key. */
  hashes: Map<string, string>;
  /** Path of the log file, published exactly as committed; read when written, not held for the whole build. */
  logFile: string;
  /** The ledger folder, whose checkpoints and tiles are published as they are. */
  ledgerDir: string;
}

/**
 * The ledger of the project at `root` with `records`, the written content as validation read it
 * (src/pipeline/validate.ts: the ledger never reads content/ itself).
 */
export function loadLedgerSite(root: string, records: readonly SourceRecord[]): LedgerSite {
  const ledger = readLedger(root);
  // The published tree is the checkpoint's; validation has ensured the log is exactly that long.
  const entries = ledger.checkpoint ? ledger.entries.slice(0, ledger.checkpoint.size) : [];
  const versions = versionsByKey(entries);
  // Sources keep their own data, not the log's: the log's copy is key-sorted (canonical), and
  // /data/ publishes each record as written, in the clerk's key order.
  const sources = new Map(records.map((r) => [r.key, r]));
  const hashes = new Map(records.map((r) => [r.key, recordHash(r.data)]));
  const config = ledgerConfigOf(sources.get('site/site')?.data);
  const checkpoints = [...ledger.checkpoints.filter((c) => c.size !== ledger.checkpoint?.size), ...(ledger.checkpoint ? [ledger.checkpoint] : [])].sort((a, b) => a.size - b.size);
  const witnessed: Witnessing[] = [];
  for (const c of checkpoints)
    for (const w of config?.witnesses ?? []) {
      const r = runTasksSync(cosignatureTasks(c, w.key), w.key, ed25519Verify);
      if (r.state === 'valid' && r.time !== undefined) witnessed.push({ witness: w.name, size: c.size, time: r.time, date: shanghaiDate(r.time) });
    }
  witnessed.sort((a, b) => a.time - b.time || a.size - b.size);
  return { entries, checkpoint: ledger.checkpoint, checkpoints, witnessed, ...(config ? { config } : {}), tree: treeOf(entries), versions, sources, hashes, logFile: join(root, LOG_FILE), ledgerDir: join(root, LEDGER_DIR) };
}

/** One verified cosignature: witness `witness` saw the first `size` entries by `date`. */
export interface Witnessing {
  witness: string;
  size: number;
  time: number;
  /** The day in Asia/Shanghai. */
  date: string;
}

/** The first cosignature that covers entry `seq`: the earliest a witness saw it; undefined while none has. */
export function witnessOf(site: Pick<LedgerSite, 'witnessed'>, seq: number): Witnessing | undefined {
  return site.witnessed.find((w) => w.size > seq);
}

/** The page of the log table that holds line `seq`, with the row's anchor. */
export function ledgerRowHref(seq: number): string {
  return `${ledgerPageHref(Math.floor(seq / LOG_PAGE_SIZE) + 1)}#seq-${seq}`;
}

/** Page `n` (from 1) of the log table. */
export function ledgerPageHref(n: number): string {
  return `/ledger/log/${n}/`;
}

/** The permanent page of version `version` of `key`. */
export function historyHref(key: string, version: number): string {
  return `/history/${key}/${version}/`;
}

/**
 * Whether sealed version `entry` needs a page of its own: it does once superseded (or while the
 * record waits to be sealed again), and always for kinds without a page. The version a record's
 * page shows needs none: that page shows its hash and ledger position, and /data/ has its data.
 * At 100,000 records this saves 100,000 pages that would repeat the record pages.
 */
export function hasVersionPage(site: LedgerSite, entry: LogEntry): boolean {
  const [kind, id] = entry.key.split('/') as [Kind, string];
  if (!recordUrl(kind, id)) return true;
  const latest = site.versions.get(entry.key)?.at(-1);
  return latest !== entry || site.hashes.get(entry.key) !== entry.hash;
}

/** Where version `entry` is shown: its own page, or the record's page while that shows it. */
export function versionHref(site: LedgerSite, entry: LogEntry): string {
  const [kind, id] = entry.key.split('/') as [Kind, string];
  return hasVersionPage(site, entry) ? historyHref(entry.key, entry.version) : recordUrl(kind, id)!;
}

/** The verify page, set to check `key` at its log entries. */
export function verifyHref(key: string, entries: readonly number[] = []): string {
  return `/verify/?record=${encodeURIComponent(key)}${entries.length ? `&entries=${entries.join(',')}` : ''}`;
}

/** What a record is called: its title or name as written, else its key. */
export function titleOf(data: unknown, key: string): string {
  const d = data as { title?: unknown; name?: unknown; year?: unknown } | null;
  if (typeof d?.title === 'string') return d.title;
  if (typeof d?.name === 'string') return d.name;
  const kind = key.split('/')[0] as Kind;
  return typeof d?.year === 'number' ? `${d.year} ${KIND_LABELS[kind] ?? kind}` : key;
}

/** One sealed version as a record's history shows it. */
export interface VersionView {
  version: number;
  seq: number;
  hash: string;
  sealed: string;
  href: string;
  ledgerHref: string;
  /** The correction that made this version, with its reason. */
  correction?: { key: string; title: string; href: string; reason?: string };
  /** What changed from the previous version. */
  changes: Change[];
  /** Whether the record as published now is this version. */
  current: boolean;
}

/** A record's ledger state for its page. */
export interface RecordHistoryView {
  key: string;
  /** sealed: the page shows the latest sealed version; pending: changed since, not yet sealed; unsealed: never sealed. */
  status: 'sealed' | 'pending' | 'unsealed';
  hash?: string;
  versions: VersionView[];
  verifyHref: string;
  checkpoint?: SignedCheckpoint;
}

/** The history of `key` (kind/id) for the record's page and its version pages. */
export function recordHistory(site: LedgerSite, key: string): RecordHistoryView {
  const versions = site.versions.get(key) ?? [];
  const hash = site.hashes.get(key);
  const latest = versions.at(-1);
  const views = versions.map((v, i): VersionView => {
    const correction = v.correction ? site.versions.get(v.correction)?.[0] : undefined;
    const cdata = correction?.data as { reason?: unknown } | undefined;
    return {
      version: v.version,
      seq: v.seq,
      hash: v.hash,
      sealed: v.sealed,
      href: versionHref(site, v),
      ledgerHref: ledgerRowHref(v.seq),
      correction: v.correction
        ? {
            key: v.correction,
            title: titleOf(correction?.data, v.correction),
            href: recordUrl('corrections', v.correction.split('/')[1]!) ?? historyHref(v.correction, 1),
            reason: typeof cdata?.reason === 'string' ? cdata.reason : undefined,
          }
        : undefined,
      changes: i > 0 ? diffValues(versions[i - 1]!.data, v.data) : [],
      current: v === latest && hash === v.hash,
    };
  });
  return {
    key,
    status: !latest ? 'unsealed' : hash === latest.hash ? 'sealed' : 'pending',
    hash,
    versions: views,
    verifyHref: verifyHref(key, versions.map((v) => v.seq)),
    checkpoint: site.checkpoint,
  };
}

/** A version's data as the canonical JSON its hash covers. */
export function canonicalData(entry: LogEntry): string {
  return canonicalize(entry.data);
}
