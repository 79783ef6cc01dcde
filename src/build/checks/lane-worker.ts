/**
 * The worker thread of checks/lanes.ts: takes parts of the listing from the shared counter, runs
 * each with its own checks (partRunner), posts what each yields, and stops when none is left.
 */
import type { PublishedFile } from '../published-files.ts';
import { workerSide } from '../../pipeline/sync-worker.ts';
import { NEXT_PART, partRunner, type LaneJob, type LaneMessage } from './lanes.ts';
import type { ReuseOptions } from './pass.ts';

const side = workerSide<LaneJob>();
const post = (m: LaneMessage) => side.post(m);
try {
  const { dir, root, files, part, csp, reuse: told } = side.data;
  let reuse: ReuseOptions | undefined;
  let before: Record<string, PublishedFile> | undefined;
  if (told) {
    const hashes = new Map<string, string>();
    before = {};
    files.forEach((f, n) => {
      const h = told.hashes[n];
      if (h != null) hashes.set(f, h);
      const prev = told.prev[n];
      if (prev) before![f] = prev;
    });
    reuse = { site: told.site, context: told.context, hashes };
  }
  const run = partRunner({ dir, root }, files, part, csp, reuse, before);
  const parts = Math.ceil(files.length / part);
  for (let p = Atomics.add(side.shared, NEXT_PART, 1); p < parts; p = Atomics.add(side.shared, NEXT_PART, 1)) post(run(p));
} catch (err) {
  post({ failed: err instanceof Error ? err.message : String(err) });
}
side.close();
