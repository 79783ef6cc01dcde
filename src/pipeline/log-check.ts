/**
 * checkLog, the costliest ledger check (every line hashed again, the tree and tiles rebuilt), on a
 * worker thread while this thread runs the rules: the worker parses the very text this thread
 * read, so both judge the same log. A small log, or no worker, is checked here when asked.
 */
import type { Problem } from '../domain/problem.ts';
import { checkLog } from '../ledger/check.ts';
import { ledgerConfigOf } from '../ledger/config.ts';
import type { Ledger, LedgerFiles } from '../ledger/store.ts';
import { answerLater } from './sync-worker.ts';

/** From this many log lines on, the check runs on a worker (below it, starting one costs more). */
export const WORKER_FROM = 4000;

/** How long an answer may take before this thread checks the log itself: minutes of slack over the seconds it takes. */
const PATIENCE_MS = 120_000;

/** What the worker is started with. */
export interface LogCheckJob {
  files: LedgerFiles;
  site: unknown;
  root: string;
}

const WORKER = new URL('./log-check-worker.ts', import.meta.url);

/** The checkLog problems of `ledger` (parsed from `files`) under the site's configuration, to be asked for later. */
export function checkLogLater(files: LedgerFiles, ledger: Ledger, site: unknown, root: string, from = WORKER_FROM): () => Problem[] {
  const here = () => checkLog(ledger, ledgerConfigOf(site), root);
  if (ledger.problems.length || ledger.entries.length < from) return here;
  return answerLater<Problem[]>(WORKER, { files, site, root } satisfies LogCheckJob, here, PATIENCE_MS);
}
