/**
 * content/site.yaml for those who need it before or after the dataset (astro.config.ts, the
 * post-build checks): read with the same reader and schema as every record, never parsed raw, and
 * its address accepted only as an http(s) URL, so a bad one is a message, not Astro's crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../domain/entry.ts';
import type { Problem } from '../domain/problem.ts';
import { readYaml } from '../domain/yaml-source.ts';
import { inputMessages } from '../i18n/zh-cn-input.ts';

/** The site's address as a URL when it is a usable http(s) address, else undefined. */
export function siteAddress(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** The problem with site.yaml's address, if any. */
export function siteUrlProblem(site: Entry, locate: (file: string, path: (string | number)[]) => { line: number; column: number } | undefined): Problem[] {
  const url = (site.data as { url?: unknown }).url;
  return siteAddress(url) ? [] : [{ file: site.file, path: 'url', ...locate(site.file, ['url']), message: inputMessages.site.badUrl(String(url)) }];
}

/**
 * The address and reporting channels in the site.yaml of the jurisdiction at `root`, read by the
 * same reader as validation but taken loosely (validation judges the rest); missing parts stay empty.
 */
export function readSite(root: string): { url?: URL; address?: string; channels: string[] } {
  const file = 'content/site.yaml';
  let data: unknown;
  try {
    data = readYaml(file, readFileSync(join(root, file))).source?.data;
  } catch {
    data = undefined;
  }
  const site = (data && typeof data === 'object' ? data : {}) as { url?: unknown; channels?: unknown };
  const channels = site.channels && typeof site.channels === 'object' ? Object.values(site.channels).filter((v): v is string => typeof v === 'string') : [];
  const url = siteAddress(site.url);
  // `address` as written (Astro's `site`), `url` parsed (which adds a trailing slash to a bare host).
  return { url, address: url ? String(site.url) : undefined, channels };
}
