/** Units whose `parent` chain comes back to itself: a unit cannot be its own superior, directly or through others. */
import type { Entry } from './entry.ts';

/** Each cycle of `parent` links among `units`, as the units in order (the first is the smallest ID, for a stable message). */
export function unitCycles(units: ReadonlyMap<string, Entry<'units'>>): Entry<'units'>[][] {
  const cycles: Entry<'units'>[][] = [];
  // 0 unvisited, 1 on the current path, 2 done: each unit is walked once, so 100,000 units stay linear.
  const state = new Map<string, 1 | 2>();
  for (const start of units.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && units.has(id) && !state.has(id)) {
      state.set(id, 1);
      path.push(id);
      id = units.get(id)!.data.parent;
    }
    if (id !== undefined && state.get(id) === 1) {
      const loop = path.slice(path.indexOf(id));
      const first = loop.indexOf([...loop].sort()[0]!);
      cycles.push([...loop.slice(first), ...loop.slice(0, first)].map((u) => units.get(u)!));
    }
    for (const p of path) state.set(p, 2);
  }
  return cycles;
}
