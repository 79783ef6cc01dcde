/**
 * The worker thread of src/pipeline/parallel-read.ts: takes chunks of the file list from the shared
 * counter, answers each with readPlainRecord, and stops when none is left.
 */
import { readPlainRecord } from '../domain/load.ts';
import { NEXT_CHUNK, type ReadJob, type ReadMessage } from './parallel-read.ts';
import { workerSide } from './sync-worker.ts';

const side = workerSide<ReadJob>();
const { files, chunk } = side.data;
const chunks = Math.ceil(files.length / chunk);
const post = (m: ReadMessage) => side.post(m);
try {
  for (let c = Atomics.add(side.shared, NEXT_CHUNK, 1); c < chunks; c = Atomics.add(side.shared, NEXT_CHUNK, 1)) {
    const answers = [];
    for (let i = c * chunk; i < Math.min(files.length, (c + 1) * chunk); i++) answers.push(readPlainRecord(files[i]!));
    post({ chunk: c, answers });
  }
} catch (err) {
  post({ failed: err instanceof Error ? err.message : String(err) });
}
side.close();
