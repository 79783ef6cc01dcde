/**
 * The one way in: read content/ once, then shape, references, rules and the ledger. `npm run
 * validate`, `npm run build` (and the Astro content loader inside it) and `npm run seal` all call
 * validateContent, so they read the same files with the same YAML rules and report the same problems.
 */
import { dirname, join } from 'node:path';
import { runRules } from '../rules/index.ts';
import { buildDataset, type Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { entryKey } from '../domain/entry.ts';
import { checkLedger, siteWritten, versionsByKey } from '../ledger/check.ts';
import { sourceRecords, type SourceRecord } from '../ledger/records.ts';
import { parseLedger, readLedgerFiles, type Ledger } from '../ledger/store.ts';
import { loadContent, type Loaded } from '../domain/load.ts';
import { formatPath, type Problem } from '../domain/problem.ts';
import { locate } from '../domain/yaml-source.ts';
import { NOTICE_KINDS } from '../schemas/index.ts';
import { inputMessages } from '../i18n/zh-cn-input.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';
import { ledgerDeletion } from './ledger-guard.ts';
import { siteUrlProblem } from './site-settings.ts';
import { parallelRead } from './parallel-read.ts';
import { checkLogLater } from './log-check.ts';

/** A record held back because its `published` date is after the reference date. */
export interface Scheduled {
  key: string;
  file: string;
  published: string;
}

/** Everything one read of content/ yields. */
export interface Validated {
  /** The dataset as published on the reference date: scheduled records left out. */
  dataset?: Dataset;
  problems: Problem[];
  /** Number of valid records read. */
  records: number;
  /** Written data of every record published on the reference date (what the ledger seals and /data/ publishes). */
  sources: SourceRecord[];
  /** Valid records of the published dataset, by kind, with their written data (the Astro loader stores these). */
  entries: Entry[];
  scheduled: Scheduled[];
  /** The ledger as read and checked (npm run seal appends to it without reading it again). */
  ledger: Ledger;
}

const NOTICE = new Set<string>(NOTICE_KINDS);

/** Validate the content under `root`/content as of `today`. */
export function validateContent(root: string, today: string, contentDir = join(root, 'content')): Validated {
  // A large content/ is read on both cores; the result is the same either way (src/pipeline/parallel-read.ts).
  const loaded = loadContent(contentDir, root, parallelRead());
  // The ledger lives next to the content it seals (root/ledger beside root/content).
  const ledgerRoot = dirname(contentDir);
  const ledgerFiles = readLedgerFiles(ledgerRoot);
  const ledger = parseLedger(ledgerFiles);
  const sealed = versionsByKey(ledger.entries);
  // The ledger compares what the clerk wrote with what was sealed, so it runs even over shape errors;
  // its log check starts now, on another core for a large log, while the rules run here.
  const { records, present } = sourceRecords(loaded);
  const logChecked = checkLogLater(ledgerFiles, ledger, siteWritten(records), ledgerRoot);

  const place = (p: Problem): Problem => {
    const source = loaded.sources.get(p.file);
    return p.line || !source ? p : { ...p, ...locate(source, pathKeys(p.path)) };
  };
  const locateIn = (file: string, path: (string | number)[]) => {
    const source = loaded.sources.get(file);
    return source && locate(source, path);
  };
  const full = buildDataset(loaded.entries, { today, locate: locateIn, failed: loaded.failed });
  const all = [...loaded.problems, ...full.problems];
  const site = loaded.entries.find((e) => e.kind === 'site');
  if (site) all.push(...siteUrlProblem(site, locateIn));

  // Every other file and rule is still checked: rules run over the records untouched by a problem.
  if (full.dataset) {
    const sound = all.length === 0 ? full.dataset : soundDataset(loaded, full.dataset, all, today);
    // E5 compares each correction with the sealed versions of the record it corrects.
    if (sound) sound.sealed = sealed;
    if (sound === full.dataset) all.push(...runRules(sound).map(place));
    else if (sound) {
      try {
        all.push(...runRules(sound).map(place));
      } catch {
        // A rule that cannot judge a partial dataset waits for the fixes above; the problems found stand.
        all.push({ file: problems0(all), path: '', message: validationMessages.pipeline.rulesWait });
      }
    }
  }

  // Records dated after the reference date are held back; what is published must not point at them.
  // A record already sealed is public in the ledger whatever its date, so it is not held back.
  const scheduled: Scheduled[] = [];
  const held = new Set<string>();
  for (const e of loaded.entries) {
    const published = (e.data as { published?: unknown }).published;
    if (NOTICE.has(e.kind) && typeof published === 'string' && published > today && !sealed.has(entryKey(e))) {
      scheduled.push({ key: entryKey(e), file: e.file, published });
      held.add(entryKey(e));
    }
  }
  let dataset = full.dataset;
  if (held.size && full.dataset) {
    for (const s of scheduled)
      for (const ref of full.dataset.backrefs.get(s.key) ?? [])
        if (!held.has(entryKey(ref.from))) all.push({ file: ref.from.file, path: formatPath(ref.path), ...locateIn(ref.from.file, ref.path), message: inputMessages.scheduled.referenced(s.key, s.published) });
    dataset = buildDataset(loaded.entries.filter((e) => !held.has(entryKey(e))), { today }).dataset;
    if (dataset) dataset.sealed = sealed;
  }

  all.push(...ledgerDeletion(ledgerRoot, ledger));
  for (const p of checkLedger(ledger, records, present, logChecked())) all.push(place(p));

  const entries = loaded.entries.filter((e) => !held.has(entryKey(e)));
  return { dataset, problems: all, records: loaded.entries.length, sources: records.filter((r) => !held.has(r.key)), entries, scheduled, ledger };
}

/**
 * The dataset of the records no problem touches: a file with a problem, whatever refers to it, and
 * the whole selection round of either are left out, so rules judge only what they can judge fairly.
 */
function soundDataset(loaded: Loaded, ds: Dataset, problems: readonly Problem[], today: string): Dataset | undefined {
  const bad = new Set<string>(loaded.failed.keys());
  let badFiles = new Set(problems.map((p) => p.file));
  const roundOf = (e: Entry) => (e.kind === 'rounds' ? e.id : (e.data as { round?: unknown }).round);
  let kept = loaded.entries;
  // A reference to a record left out shows only when the rest is rebuilt, so repeat until clean.
  for (let pass = 0; pass < 8; pass++) {
    for (const e of kept) if (badFiles.has(e.file)) bad.add(entryKey(e));
    const queue = [...bad];
    while (queue.length) {
      for (const ref of ds.backrefs.get(queue.pop()!) ?? []) {
        const k = entryKey(ref.from);
        if (!bad.has(k)) bad.add(k), queue.push(k);
      }
    }
    const badRounds = new Set<unknown>();
    for (const e of loaded.entries) if (bad.has(entryKey(e)) && roundOf(e) !== undefined) badRounds.add(roundOf(e));
    kept = kept.filter((e) => !bad.has(entryKey(e)) && !badRounds.has(roundOf(e)));
    const rebuilt = buildDataset(kept, { today });
    if (rebuilt.problems.length === 0) return rebuilt.dataset;
    badFiles = new Set(rebuilt.problems.map((p) => p.file));
  }
  return undefined;
}

function problems0(problems: readonly Problem[]): string {
  return problems[0]?.file ?? 'content/';
}

/** `candidates[0].person` back to ['candidates', 0, 'person']. */
export function pathKeys(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
