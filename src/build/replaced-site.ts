/**
 * The site a build replaced is removed after the build has returned, not before: at 100,000 records
 * it is about 379,000 files, and unlinking them took 44–60 s of a republication's wall time after
 * the new site was already in place (docs/scale.md). The replaced folder is renamed into a holding
 * folder beside the Astro cache (one rename, on the same file system) and a detached process
 * removes it; the next build starts removers again for anything still held, so an interrupted
 * removal is finished later. Nothing reads the holding folder, and the published site is never in it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Node code of the remover: removes the folder it is given. */
const REMOVER = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';

function removeDetached(dir: string): void {
  const child = spawn(process.execPath, ['-e', REMOVER, dir], { detached: true, stdio: 'ignore' });
  // If it cannot start, the folder stays held and the next build tries again.
  child.on('error', () => {});
  child.unref();
}

/**
 * Move `dir` into `holding` and remove it in a detached process. Where it cannot be moved (another
 * file system, a holding folder that cannot be made), it is removed here and now. Returns whether
 * it was handed over.
 */
export function removeLater(dir: string, holding: string): boolean {
  const target = join(holding, `${basename(dir)}-${Date.now()}`);
  try {
    mkdirSync(holding, { recursive: true });
    renameSync(dir, target);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return false;
  }
  removeDetached(target);
  return true;
}

/** Start a remover for each folder still held in `holding` (a removal cut short, or still going: two removers of one folder do no harm). */
export function resumeRemovals(holding: string): number {
  let names: string[];
  try {
    names = readdirSync(holding);
  } catch {
    return 0;
  }
  for (const name of names) removeDetached(join(holding, name));
  return names.length;
}
