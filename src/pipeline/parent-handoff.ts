/**
 * Steps `npm run build` takes while its Astro child is already starting, so the two processes work
 * at once instead of one after the other: the parent writes the validated snapshot and links Astro's
 * cached pages into the output folder (src/build/astro-cache-links.ts) while the child loads Astro
 * and Vite bundles the pages. The child waits for each step only where it needs it: the snapshot
 * before it builds the dataset, the links before any route returns its paths (Astro collects every
 * route's paths before it writes or keeps a single page).
 *
 * Each step is a file that appears only once the step is complete: the snapshot is renamed into
 * place when written (SNAPSHOT_ENV names it), and the parent creates LINKED_ENV's file once every link
 * is made. A file cannot be missed the way a message sent before anyone listens can, and it needs
 * nothing shared between this module and its copy in Vite's bundle. Without LINKED_ENV (astro dev, a
 * bare `astro build`) nothing waits. If the parent dies, the child stops with it
 * (scripts/build.ts), so a wait never outlives the build.
 */
import { existsSync } from 'node:fs';
import { SNAPSHOT_ENV } from './validated-snapshot.ts';

/** Set by the parent build: the file it creates once Astro's cached pages are linked into the output folder. */
export const LINKED_ENV = 'GONGSHI_LINKED';

/** What the parent does while the child starts, in this order. */
export type HandoffStep = 'snapshot' | 'linked';

const STEP_ENV: Record<HandoffStep, string> = { snapshot: SNAPSHOT_ENV, linked: LINKED_ENV };

/** How often a waiting child looks for the file, in ms. */
const EVERY_MS = 10;

/**
 * Resolves once the parent has completed `step`; at once in a process no build hands steps to (no
 * LINKED_ENV: a snapshot named by hand is read as it is).
 */
export function parentStep(step: HandoffStep): Promise<void> {
  if (!process.env[LINKED_ENV]) return Promise.resolve();
  const file = process.env[STEP_ENV[step]];
  return file ? fileAppears(file) : Promise.resolve();
}

/** Resolves once `file` exists. */
export function fileAppears(file: string, everyMs = EVERY_MS): Promise<void> {
  if (existsSync(file)) return Promise.resolve();
  return new Promise((done) => {
    const timer = setInterval(() => {
      if (!existsSync(file)) return;
      clearInterval(timer);
      done();
    }, everyMs);
  });
}
