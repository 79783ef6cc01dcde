/**
 * The verifications over the log's history: every version's data against its hash (full log), and
 * an older checkpoint against today's log (RFC 9162 consistency proof). Browser-safe, like
 * verify-site.ts.
 */
import { formatLeafLine, parseCheckpoint, parseLog, type LeafFields } from './log.ts';
import { buildTree, consistencyProof, fromHex, verifyConsistency } from './merkle.ts';
import { leafHashesOf, recordHashAsync, report, run, signatureCheck, verifyLog, type Check, type Fetcher, type Report } from './verify-site.ts';

/** Check the full log: every version's data matches its hash, and its leaf is the published leaf. */
export async function verifyFullLog(fetcher: Fetcher, leaves: readonly LeafFields[]): Promise<Report> {
  const text = await fetcher('ledger/log.jsonl');
  if (text === undefined) return report([{ ok: false, message: '找不到完整日志 ledger/log.jsonl' }]);
  const { entries, problems } = parseLog(text, 'ledger/log.jsonl');
  if (problems.length) return report(problems.slice(0, 5).map((p) => ({ ok: false, message: p.message })));
  const checks: Check[] = [];
  if (entries.length !== leaves.length) checks.push({ ok: false, message: `完整日志有 ${entries.length} 行,叶子文件有 ${leaves.length} 行` });
  let bad = 0;
  for (const [i, e] of entries.entries()) {
    const leaf = leaves[i];
    const fail = (message: string) => {
      if (bad++ < 5) checks.push({ ok: false, message });
    };
    if (!leaf || formatLeafLine(e) !== formatLeafLine(leaf)) fail(`完整日志第 ${i + 1} 行与叶子文件不一致`);
    if ((await recordHashAsync(e.data)) !== e.hash) fail(`完整日志第 ${i + 1} 行(${e.key} 第 ${e.version} 版)的数据与其哈希不符`);
  }
  if (!bad) checks.push({ ok: true, message: `完整日志 ${entries.length} 行中每个版本的数据都与其哈希相符` });
  else if (bad > 5) checks.push({ ok: false, message: `……共 ${bad} 处不符` });
  return report(checks);
}

/**
 * Check that the published log extends an older checkpoint `old` (as saved by a reader earlier):
 * the RFC 9162 consistency proof from the old tree to the current one must verify.
 */
export async function verifyExtends(fetcher: Fetcher, oldText: string): Promise<Report> {
  const parsed = parseCheckpoint(oldText, '旧检查点');
  if (!parsed.checkpoint) return report([{ ok: false, message: '粘贴的内容不是检查点:应为含 size、root、date 的 JSON' }]);
  const old = parsed.checkpoint;
  const current = await verifyLog(fetcher);
  const checks = [...current.checks];
  if (!current.ok || !current.checkpoint || !current.leaves) return report(checks);
  if (old.signature) checks.push(await signatureCheck(old, '旧检查点'));
  const cp = current.checkpoint;
  if (old.size > cp.size) {
    checks.push({ ok: false, message: `旧检查点记录了 ${old.size} 行,现在的日志只有 ${cp.size} 行:日志被截短了` });
    return report(checks);
  }
  const tree = await run(buildTree(await leafHashesOf(current.leaves)));
  const proof = consistencyProof(tree, old.size);
  const ok = await run(verifyConsistency(old.size, cp.size, fromHex(old.root), fromHex(cp.root), proof));
  checks.push(
    ok
      ? { ok: true, message: `一致性证明有效:${old.date} 的检查点(${old.size} 行)是现在日志(${cp.size} 行)的前缀,此后只有追加,没有改动` }
      : { ok: false, message: `一致性证明无效:${old.date} 的检查点不是现在日志的前缀,已公布的记录在此后被改动、删除或调换过` },
  );
  return report(checks);
}

