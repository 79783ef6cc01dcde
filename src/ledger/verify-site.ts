/**
 * Verifying a published site from its files alone: the same code runs in the browser's verify page
 * (fetch + WebCrypto) and in `npm run verify` (a folder or a URL), so what a citizen sees checked is
 * exactly what the CLI checks. Browser-safe: no Node imports. The checks over the log's history
 * (full log, older checkpoint) are in verify-history.ts.
 *
 * Published files it reads (paths relative to the site root):
 *   ledger/checkpoint.json          the tree head
 *   ledger/leaves.jsonl             one line per leaf: the exact bytes each leaf hash covers
 *   ledger/log.jsonl                the full log with every version's data (optional, for a full audit)
 *   ledger/proofs/{kind}/{id}.json  each version of a record with its inclusion proof
 *   data/{kind}/{id}.json           the record's current data as written
 */
import { canonicalize } from './jcs.ts';
import { checkLogOrder, checkpointMessage, leafBytes, parseCheckpoint, parseLeaves, pemBody, type Checkpoint, type LeafFields } from './log.ts';
import { buildTree, fromHex, leafHash, runAsync, toHex, verifyInclusion, type Hashing } from './merkle.ts';

/** Reads a published file by its path under the site root; undefined when it does not exist. */
export type Fetcher = (path: string) => Promise<string | undefined>;

/** One check and its outcome, in words for the reader. */
export interface Check {
  ok: boolean;
  message: string;
}

/** The outcome of a verification: every check made, and whether all passed. */
export interface Report {
  ok: boolean;
  checks: Check[];
}

/** An inclusion proof file as published for one record. */
export interface ProofFile {
  key: string;
  /** Tree size and root the proofs are for (the checkpoint's). */
  size: number;
  root: string;
  versions: { leaf: LeafFields; proof: string[] }[];
}

/** The proof file path of `key` (kind/id). */
export function proofPath(key: string): string {
  return `ledger/proofs/${key}.json`;
}

/** The open-data path of `key`. */
export function dataPath(key: string): string {
  return `data/${key}.json`;
}

async function subtleSha256(input: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', input as Uint8Array<ArrayBuffer>));
}

/** Run a Merkle computation with WebCrypto's SHA-256. */
export const run = <T>(h: Hashing<T>) => runAsync(h, subtleSha256);

/** SHA-256 (hex) of a record's canonical JSON, with WebCrypto. */
export async function recordHashAsync(data: unknown): Promise<string> {
  return toHex(await subtleSha256(new TextEncoder().encode(canonicalize(data))));
}

/** A report over `checks`: passed when there are checks and all passed. */
export function report(checks: Check[]): Report {
  return { ok: checks.length > 0 && checks.every((c) => c.ok), checks };
}

/** Whether the checkpoint's Ed25519 signature is valid for its public key (WebCrypto). */
export async function checkpointSignatureValid(cp: Checkpoint): Promise<boolean> {
  if (!cp.signature || !cp.publicKey) return false;
  try {
    const key = await crypto.subtle.importKey('spki', pemBody(cp.publicKey) as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
    const sig = Uint8Array.from(atob(cp.signature), (c) => c.charCodeAt(0));
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, new TextEncoder().encode(checkpointMessage(cp)));
  } catch {
    return false;
  }
}

async function loadCheckpoint(fetcher: Fetcher, checks: Check[]): Promise<Checkpoint | undefined> {
  const text = await fetcher('ledger/checkpoint.json');
  if (text === undefined) return void checks.push({ ok: false, message: '找不到检查点 ledger/checkpoint.json' });
  const { checkpoint, problems } = parseCheckpoint(text);
  if (!checkpoint) return void checks.push({ ok: false, message: problems[0]?.message ?? '检查点无法读取' });
  return checkpoint;
}

/** The signature check of checkpoint `cp`, named `label` in the message. */
export async function signatureCheck(cp: Checkpoint, label: string): Promise<Check> {
  if (!cp.signature) return { ok: true, message: `${label}没有签名(未配置签名密钥),只能核对其与日志一致` };
  return (await checkpointSignatureValid(cp))
    ? { ok: true, message: `${label}的 Ed25519 签名有效` }
    : { ok: false, message: `${label}的签名无效:它在签名后被改动过,或公钥不对` };
}

/** Leaves of the published log, checked for order; undefined when unreadable. */
async function loadLeaves(fetcher: Fetcher, checks: Check[]): Promise<LeafFields[] | undefined> {
  const text = await fetcher('ledger/leaves.jsonl');
  if (text === undefined) return void checks.push({ ok: false, message: '找不到日志 ledger/leaves.jsonl' });
  const { entries, problems } = parseLeaves(text);
  const order = problems.length ? problems : checkLogOrder(entries, 'ledger/leaves.jsonl');
  if (order.length) {
    checks.push(...order.slice(0, 5).map((p) => ({ ok: false, message: p.message })));
    return undefined;
  }
  return entries;
}

/** Leaf hashes of `entries`, with WebCrypto. */
export async function leafHashesOf(entries: readonly LeafFields[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const e of entries) out.push(await run(leafHash(leafBytes(e))));
  return out;
}

/** Recompute the Merkle root from the published leaves and compare it with the published checkpoint. */
export async function verifyLog(fetcher: Fetcher): Promise<Report & { checkpoint?: Checkpoint; leaves?: LeafFields[] }> {
  const checks: Check[] = [];
  const checkpoint = await loadCheckpoint(fetcher, checks);
  const leaves = await loadLeaves(fetcher, checks);
  if (!checkpoint || !leaves) return { ...report(checks), checkpoint, leaves };
  checks.push(await signatureCheck(checkpoint, '检查点'));
  if (leaves.length !== checkpoint.size) {
    checks.push({ ok: false, message: `日志有 ${leaves.length} 行,检查点却记录了 ${checkpoint.size} 行` });
    return { ...report(checks), checkpoint, leaves };
  }
  const root = toHex((await run(buildTree(await leafHashesOf(leaves)))).root);
  checks.push(
    root === checkpoint.root
      ? { ok: true, message: `按 ${leaves.length} 行日志重算的默克尔根 ${root} 与检查点一致` }
      : { ok: false, message: `按日志重算的默克尔根 ${root} 与检查点的 ${checkpoint.root} 不一致:日志被改动过` },
  );
  return { ...report(checks), checkpoint, leaves };
}

/**
 * Check record `key`: each sealed version's inclusion proof against the checkpoint, and that the
 * record's published data is its latest sealed version.
 */
export async function verifyRecord(fetcher: Fetcher, key: string, checkpoint?: Checkpoint): Promise<Report> {
  const checks: Check[] = [];
  const cp = checkpoint ?? (await loadCheckpoint(fetcher, checks));
  if (!cp) return report(checks);
  const text = await fetcher(proofPath(key));
  if (text === undefined) return report([...checks, { ok: false, message: `${key} 没有封存记录(找不到 ${proofPath(key)})` }]);
  let file: ProofFile;
  try {
    file = JSON.parse(text) as ProofFile;
  } catch {
    return report([...checks, { ok: false, message: `${proofPath(key)} 不是合法的 JSON` }]);
  }
  if (file.key !== key) return report([...checks, { ok: false, message: `${proofPath(key)} 写的是 ${file.key},不是 ${key}` }]);
  const root = fromHex(cp.root);
  for (const v of file.versions) {
    const leaf = await run(leafHash(leafBytes(v.leaf)));
    const ok = v.leaf.key === key && (await run(verifyInclusion(leaf, v.leaf.seq, cp.size, v.proof.map(fromHex), root)));
    checks.push(
      ok
        ? { ok: true, message: `第 ${v.leaf.version} 版(${v.leaf.sealed} 封存,哈希 ${v.leaf.hash})在日志第 ${v.leaf.seq + 1} 行,包含证明有效` }
        : { ok: false, message: `第 ${v.leaf.version} 版的包含证明无效:它不在检查点所承诺的日志中` },
    );
  }
  const latest = file.versions.at(-1);
  const data = await fetcher(dataPath(key));
  if (latest && data !== undefined) {
    let hash: string | undefined;
    try {
      hash = await recordHashAsync(JSON.parse(data));
    } catch {
      hash = undefined;
    }
    checks.push(
      hash === latest.leaf.hash
        ? { ok: true, message: `公开数据 ${dataPath(key)} 的哈希与最新封存版本一致` }
        : { ok: false, message: `公开数据 ${dataPath(key)} 的哈希 ${hash ?? '(无法计算)'} 与最新封存版本的 ${latest.leaf.hash} 不一致:当前内容尚未封存或被改动过` },
    );
  }
  return report(checks);
}

/** Every sealed record's latest key, for verifying all of them. */
export function sealedKeys(leaves: readonly LeafFields[]): string[] {
  return [...new Set(leaves.map((l) => l.key))];
}
