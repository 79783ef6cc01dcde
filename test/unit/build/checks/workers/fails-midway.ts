/**
 * A worker for lanes.test.ts: does the first part it takes in full (its files are rewritten and
 * linked) but never posts it, then says it failed, so the main thread must do that part again.
 * It leaves a file named `lane-started` beside the site, so a test can tell that a worker ran.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { laneRunner, NEXT_PART, type LaneJob } from '../../../../../src/build/checks/lanes.ts';
import { workerSide } from '../../../../../src/pipeline/sync-worker.ts';

const side = workerSide<LaneJob>();
writeFileSync(join(side.data.dir, '..', 'lane-started'), '');
laneRunner(side.data)(Atomics.add(side.shared, NEXT_PART, 1));
side.post({ failed: '中途失败' });
side.close();
