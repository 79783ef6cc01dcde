/**
 * A worker for lanes.test.ts: does the first part it takes in full (its files are rewritten and
 * linked) but never posts it, then says it failed, so the main thread must do that part again.
 */
import type { PublishedFile } from '../../../../../src/build/published-files.ts';
import { NEXT_PART, partRunner, type LaneJob } from '../../../../../src/build/checks/lanes.ts';
import { workerSide } from '../../../../../src/pipeline/sync-worker.ts';

const side = workerSide<LaneJob>();
const { dir, root, files, part, csp, reuse: told } = side.data;
const before: Record<string, PublishedFile> = {};
if (told) files.forEach((f, n) => told.prev[n] && (before[f] = told.prev[n]!));
const run = partRunner({ dir, root }, files, part, csp, told && { site: told.site, context: told.context, hashes: new Map() }, told ? before : undefined);
run(Atomics.add(side.shared, NEXT_PART, 1));
side.post({ failed: '中途失败' });
side.close();
