/**
 * The worker thread of checks/lanes.ts: takes parts of the listing from the shared counter, runs
 * each with its own checks (laneRunner), posts what each yields, and stops when none is left.
 */
import { workerSide } from '../../pipeline/sync-worker.ts';
import { laneRunner, NEXT_PART, type LaneJob, type LaneMessage } from './lanes.ts';

const side = workerSide<LaneJob>();
const post = (m: LaneMessage) => side.post(m);
try {
  const run = laneRunner(side.data);
  const parts = Math.ceil(side.data.files.length / side.data.part);
  for (let p = Atomics.add(side.shared, NEXT_PART, 1); p < parts; p = Atomics.add(side.shared, NEXT_PART, 1)) post(run(p));
} catch (err) {
  post({ failed: err instanceof Error ? err.message : String(err) });
}
side.close();
