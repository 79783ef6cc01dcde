/**
 * Why Astro rendered whole routes again, told after its build: Astro skips a page only when its
 * manifest's format, config hash and lockfile hash are those of this build and the route's code
 * hash (`dependencyHash`, over every module the route imports) is unchanged; then it compares the
 * page's key. A change in any of the first three renders every page, one in a route's code every
 * page of that route. The build compares the manifest it started from with the one Astro wrote and
 * names the cause, so a slow build says why it was slow (at 100,000 records a full render is about
 * 300 s of Astro against 60–70 s), and a full render with nothing changed shows which hash moved.
 */
import type { AstroManifest } from './astro-cache-links.ts';

/** What decides, before any key is compared, whether Astro may skip a page. */
export interface CacheBasis {
  version: unknown;
  configHash: unknown;
  lockfileHash: unknown;
  /** Route component → its code hash and how many keyed pages the manifest holds for it. */
  routes: Map<string, { code: unknown; pages: number }>;
}

/** The basis of a manifest; undefined without one. */
export function cacheBasis(manifest: AstroManifest | undefined): CacheBasis | undefined {
  if (!manifest) return undefined;
  const routes = new Map<string, { code: unknown; pages: number }>();
  for (const [route, entry] of Object.entries(manifest.routes ?? {})) routes.set(route, { code: entry.dependencyHash, pages: Object.keys(entry.paths ?? {}).length });
  return { version: manifest.version, configHash: manifest.configHash, lockfileHash: manifest.lockfileHash, routes };
}

/** Why every page, or every page of some routes, was rendered again; undefined when only changed keys were. */
export type RenderReason =
  | { kind: 'no-cache' | 'astro' | 'config' | 'lockfile'; pages: number }
  | { kind: 'code'; routes: string[]; pages: number };

/** Compare the manifest a build started from (`before`) with the one Astro wrote (`after`). */
export function renderReason(before: CacheBasis | undefined, after: CacheBasis | undefined): RenderReason | undefined {
  if (!after) return undefined;
  const pages = [...after.routes.values()].reduce((n, r) => n + r.pages, 0);
  if (!before) return pages ? { kind: 'no-cache', pages } : undefined;
  if (before.version !== after.version) return { kind: 'astro', pages };
  if (before.configHash !== after.configHash) return { kind: 'config', pages };
  if (before.lockfileHash !== after.lockfileHash) return { kind: 'lockfile', pages };
  const routes = [...after.routes].filter(([route, r]) => before.routes.has(route) && before.routes.get(route)!.code !== r.code);
  if (!routes.length) return undefined;
  return { kind: 'code', routes: routes.map(([route]) => route).sort(), pages: routes.reduce((n, [, r]) => n + r.pages, 0) };
}
