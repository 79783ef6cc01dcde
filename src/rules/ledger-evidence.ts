/**
 * The ledger's three rules (P3, D9, E1) as evidence for a round's compliance panel. The ledger
 * checks fail validation when one is broken; this reads the same log to say, for one round, what
 * was sealed when and which corrections changed it, so a citizen sees the proof and not a claim.
 */
import type { Dataset } from '../domain/dataset.ts';
import { noticesOfRound } from '../domain/queries.ts';
import { changedBindingFields } from '../ledger/check.ts';
import { shortHash, type LogEntry } from '../ledger/log.ts';
import type { LedgerSite } from '../ledger/site.ts';
import { defineLedgerRule, measures } from './rule.ts';

/** P3: published standards and qualifications of a round never change afterwards. */
export const P3 = defineLedgerRule({ id: 'P3', sources: [measures('一(一)5'), measures('一(三)1')] });

/** D9: the decision applies the standards as published (same ledger hash). */
export const D9 = defineLedgerRule({ id: 'D9', sources: [measures('一(三)1')] });

/** E1: a published record changes only through a correction record; the original stays visible. */
export const E1 = defineLedgerRule({ id: 'E1', sources: [measures('一(一)5'), measures('一(三)1')] });

/** The ledger's rules. */
export const LEDGER_RULES = [P3, D9, E1];

/** How one ledger rule stands for a round; same shape as a rule outcome's public part. */
export interface LedgerEvidence {
  status: 'met' | 'failed' | 'not-applicable';
  evidence: string;
  records: string[];
}

const line = (e: LogEntry) => `台账第 ${e.seq + 1} 行`;

/** P3, D9 and E1 for round `roundId`, read from the published ledger. */
export function ledgerEvidence(site: LedgerSite, ds: Dataset, roundId: string): Record<'P3' | 'D9' | 'E1', LedgerEvidence> {
  const roundKey = `rounds/${roundId}`;
  const versions = site.versions.get(roundKey) ?? [];
  const first = versions[0];
  const keys = [roundKey, ...noticesOfRound(ds, roundId).map((n) => `${n.kind}/${n.id}`)];
  return { P3: standards(versions, roundKey), D9: decisions(site, ds, roundId, first), E1: corrections(site, keys) };
}

/** P3: the standards and qualifications of every sealed version equal the first's. */
function standards(versions: LogEntry[], roundKey: string): LedgerEvidence {
  const first = versions[0];
  if (!first) return { status: 'not-applicable', evidence: '本次工作尚未封存,封存后开始核验', records: [roundKey] };
  const changed = versions.slice(1).filter((v) => changedBindingFields(first.data, v.data).length > 0);
  if (changed.length)
    return {
      status: 'failed',
      evidence: `选任标准或任职条件在第 ${changed.map((v) => v.version).join('、')} 版被改动(${changed.map(line).join('、')})`,
      records: [roundKey],
    };
  const later = versions.length > 1 ? `此后更正 ${versions.length - 1} 次,均未改动这两项` : '此后未改动';
  return { status: 'met', evidence: `选任标准和任职条件于 ${first.sealed} 封存(${line(first)},哈希 ${shortHash(first.hash)}),${later}`, records: [roundKey] };
}

/** D9: each decision was sealed while the round's standards were those first sealed. */
function decisions(site: LedgerSite, ds: Dataset, roundId: string, first: LogEntry | undefined): LedgerEvidence {
  const ids = noticesOfRound(ds, roundId)
    .filter((n) => n.kind === 'decisions')
    .map((n) => `decisions/${n.id}`);
  if (ids.length === 0) return { status: 'not-applicable', evidence: '本次工作尚无讨论决定', records: [] };
  if (!first) return { status: 'not-applicable', evidence: '本次工作尚未封存,封存后开始核验', records: ids };
  const sealed = ids.map((k) => site.versions.get(k)?.[0]).filter((e): e is LogEntry => e !== undefined);
  if (sealed.length === 0) return { status: 'not-applicable', evidence: '讨论决定尚未封存,封存后开始核验', records: ids };
  const when = sealed.map((e) => `${e.sealed}(${line(e)})`).join('、');
  return {
    status: 'met',
    evidence: `讨论决定于 ${when}封存;所依据的选任标准即 ${first.sealed} 封存的版本(哈希 ${shortHash(first.hash)}),未曾改动`,
    records: [`rounds/${roundId}`, ...ids],
  };
}

/** E1: every later version of the round's records carries the correction that made it. */
function corrections(site: LedgerSite, keys: string[]): LedgerEvidence {
  const sealed = keys.filter((k) => site.versions.has(k));
  if (sealed.length === 0) return { status: 'not-applicable', evidence: '本次工作尚无封存的记录', records: [] };
  const later = sealed.flatMap((k) => site.versions.get(k)!.slice(1));
  const silent = later.filter((v) => !v.correction);
  if (silent.length)
    return { status: 'failed', evidence: `${silent.map((v) => `${v.key} 第 ${v.version} 版`).join('、')}没有更正记录`, records: silent.map((v) => v.key) };
  const head = `本次工作已封存记录 ${sealed.length} 条`;
  if (later.length === 0) return { status: 'met', evidence: `${head},封存后均未改动`, records: sealed };
  const changed = later.map((v) => `${v.key} 第 ${v.version} 版依 ${v.correction} 更正`).join('、');
  return { status: 'met', evidence: `${head};${changed},原文仍可在版本历史中查看`, records: [...new Set([...later.map((v) => v.key), ...later.map((v) => v.correction!)])] };
}
