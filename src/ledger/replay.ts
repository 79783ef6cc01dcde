/**
 * Replaying a jurisdiction's ledger history from its content: every record is sealed on the day it
 * was published, in that order; a corrected record's first version (kept apart, since content/
 * holds only the corrected text) is sealed on its publication day and the corrected version with
 * its correction on the correction's day; the witness cosigns on its schedule. Deterministic: the
 * same content, first versions, keys and schedule give the same ledger, byte for byte. Node only.
 *
 * The seal dates of a replayed history are the operator's claim, as every seal date is: only a
 * witness's cosignature, made at the time, shows that an entry existed by then.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckpointNote } from './checkpoint.ts';
import type { LedgerConfig } from './config.ts';
import type { SigningKey } from './keys.ts';
import { CHECKPOINT_FILE, LEDGER_DIR, type LogEntry } from './log.ts';
import { recordHash } from './node-hash.ts';
import type { SourceRecord } from './records.ts';
import { makeCheckpoint, planSeal } from './seal.ts';
import { appendLedger, writeCheckpoint } from './store.ts';
import { cosign, folderFetcher } from './witness.ts';
import { witnessUi } from '../i18n/zh-cn-ledger-check.ts';

/** A record's first published data, for a record content/ now holds corrected. */
export interface FirstVersion {
  key: string;
  data: unknown;
}

/** When the witness cosigns: every week on `weekday` (0 Sunday … 6 Saturday) at `hour` Asia/Shanghai, from `from`. */
export interface WitnessSchedule {
  from: string;
  weekday: number;
  hour: number;
}

/** What a replay did. */
export interface ReplayStats {
  seals: number;
  entries: number;
  cosignatures: number;
  /** Dates skipped because they are after `today` (records scheduled for later). */
  scheduled: number;
  firstSeal?: string;
  lastSeal?: string;
}

/** The hour of the day seals are made (Asia/Shanghai): the morning a notice is published. */
const SEAL_HOUR = 9;

/** POSIX seconds of `date` at `hour` in Asia/Shanghai. */
export function shanghaiTime(date: string, hour: number): number {
  return Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`) / 1000;
}

/** The day each record is sealed on: its `published` date; a round on its first notice's; reference data on the first seal day. */
export function sealDates(records: readonly SourceRecord[]): Map<string, string> {
  const published = (r: SourceRecord) => {
    const p = (r.data as { published?: unknown } | null)?.published;
    return typeof p === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : undefined;
  };
  const out = new Map<string, string>();
  const roundFirst = new Map<string, string>();
  for (const r of records) {
    const p = published(r);
    if (!p) continue;
    out.set(r.key, p);
    const round = (r.data as { round?: unknown } | null)?.round;
    if (typeof round === 'string' && (!roundFirst.has(round) || p < roundFirst.get(round)!)) roundFirst.set(round, p);
  }
  for (const r of records) if (r.kind === 'rounds' && roundFirst.has(r.id)) out.set(r.key, roundFirst.get(r.id)!);
  const first = [...out.values()].sort()[0];
  if (first) for (const r of records) if (!out.has(r.key)) out.set(r.key, first);
  return out;
}

/**
 * Rebuild `<root>/ledger/` from `records`: removes the ledger, then seals date by date and
 * cosigns on the schedule, each exactly as npm run seal and npm run witness do.
 */
export async function replay(
  root: string,
  records: readonly SourceRecord[],
  firsts: readonly FirstVersion[],
  config: LedgerConfig,
  operator: SigningKey,
  witness: { key: SigningKey; schedule: WitnessSchedule } | undefined,
  today: string,
): Promise<ReplayStats> {
  const dates = sealDates(records);
  const corrections = new Map<string, string>();
  for (const r of records) {
    const target = (r.data as { corrects?: unknown } | null)?.corrects;
    if (r.kind === 'corrections' && typeof target === 'string' && dates.has(r.key)) {
      const d = dates.get(r.key)!;
      if (!corrections.has(target) || d < corrections.get(target)!) corrections.set(target, d);
    }
  }
  const first = new Map(firsts.map((f) => [f.key, f.data]));
  /** The records as published by the end of `day`: each at the version it had then. */
  const asOf = (day: string): SourceRecord[] =>
    records
      .filter((r) => dates.get(r.key)! <= day)
      .map((r) => {
        const original = first.get(r.key);
        const corrected = corrections.get(r.key);
        if (original === undefined || recordHash(original) === recordHash(r.data) || (corrected !== undefined && corrected <= day)) return r;
        return { ...r, data: original };
      });

  rmSync(join(root, LEDGER_DIR), { recursive: true, force: true });
  const stats: ReplayStats = { seals: 0, entries: 0, cosignatures: 0, scheduled: 0 };
  const all = [...new Set(dates.values())].sort();
  const sealDays = all.filter((d) => d <= today);
  stats.scheduled = all.length - sealDays.length;
  let log: LogEntry[] = [];
  let last: string | undefined;
  let witnessed = -1;
  const cosignUntil = async (until: number) => {
    if (!witness) return;
    for (let t = firstSlot(witness.schedule); t <= until; t += 7 * 86400) {
      if (t <= witnessed) continue;
      witnessed = t;
      if (log.length === 0 || (last && parseCheckpointNote(last).checkpoint?.size === log.length)) continue;
      const current = readFileSync(join(root, CHECKPOINT_FILE), 'utf8');
      const r = await cosign(folderFetcher(root), config, witness.key, current, last, t);
      if (!r.ok || !r.note || !r.checkpoint) throw new Error(witnessUi.replayFailed(r.checks.filter((c) => !c.ok).map((c) => c.message)));
      writeCheckpoint(root, r.checkpoint.size, r.note, true);
      last = r.note;
      stats.cosignatures++;
    }
  };
  for (const day of sealDays) {
    await cosignUntil(shanghaiTime(day, SEAL_HOUR) - 1);
    const plan = planSeal(log, asOf(day), day);
    if (plan.lines.length === 0) continue;
    const next = [...log, ...plan.lines];
    appendLedger(root, log, plan.lines, makeCheckpoint(next, config.origin, operator));
    log = next;
    stats.seals++;
    stats.firstSeal ??= day;
    stats.lastSeal = day;
  }
  // The witness keeps its schedule up to the last seal day: what was sealed after its last visit stays unwitnessed.
  if (stats.lastSeal) await cosignUntil(shanghaiTime(stats.lastSeal, 23));
  stats.entries = log.length;
  return stats;
}

/** The first scheduled cosigning time on or after the schedule's start. */
function firstSlot(s: WitnessSchedule): number {
  let t = shanghaiTime(s.from, s.hour);
  while (new Date((t + 8 * 3600) * 1000).getUTCDay() !== s.weekday) t += 86400;
  return t;
}
