/**
 * The full-audit check over the log's history: every version's data (ledger/log.jsonl) against its
 * hash, and each line against the entry the tiles commit to. Browser-safe, like verify-site.ts.
 */
import { verifyUi as t } from '../i18n/zh-cn-verify.ts';
import { formatLeafLine, parseLog, type LeafFields } from './log.ts';
import { recordHashAsync, report, type Check, type Fetcher, type Report } from './verify-site.ts';

/** Check the full log: every version's data matches its hash, and its leaf is the published entry. */
export async function verifyFullLog(fetcher: Fetcher, leaves: readonly LeafFields[]): Promise<Report> {
  const bytes = await fetcher('ledger/log.jsonl');
  if (bytes === undefined) return report([{ ok: false, message: t.missing('ledger/log.jsonl') }]);
  const { entries, problems } = parseLog(new TextDecoder().decode(bytes), 'ledger/log.jsonl');
  if (problems.length) return report(problems.slice(0, 5).map((p) => ({ ok: false, message: p.message })));
  const checks: Check[] = [];
  if (entries.length !== leaves.length) checks.push({ ok: false, message: t.fullCount(entries.length, leaves.length) });
  let bad = 0;
  for (const [i, e] of entries.entries()) {
    const leaf = leaves[i];
    const fail = (message: string) => {
      if (bad++ < 5) checks.push({ ok: false, message });
    };
    if (!leaf || formatLeafLine(e) !== formatLeafLine(leaf)) fail(t.fullLeafDiffers(i));
    if ((await recordHashAsync(e.data)) !== e.hash) fail(t.fullDataDiffers(i, e.key, e.version));
  }
  if (!bad) checks.push({ ok: true, message: t.fullMatches(entries.length) });
  else if (bad > 5) checks.push({ ok: false, message: t.fullMore(bad) });
  return report(checks);
}
