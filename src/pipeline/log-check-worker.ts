/** The worker thread of src/pipeline/log-check.ts: checkLog over the ledger text it is handed. */
import { checkLog } from '../ledger/check.ts';
import { ledgerConfigOf } from '../ledger/config.ts';
import { parseLedger } from '../ledger/store.ts';
import type { LogCheckJob } from './log-check.ts';
import { answerFromWorker } from './sync-worker.ts';

answerFromWorker(({ files, site, root }: LogCheckJob) => checkLog(parseLedger(files), ledgerConfigOf(site), root));
