/**
 * A digest of any plain value that depends only on what the value holds, in the order it holds it:
 * object keys in the order they were set (the order a page that lists them shows them in, so two
 * values with the same members in another order get different digests, as they may render
 * differently), Maps and Sets by their entries, `undefined` members left out as JSON leaves them.
 * The incremental build keys a page by the digest of everything the page shows
 * (src/view/page-keys.ts).
 *
 * Written by V8's own JSON.stringify with a replacer for what JSON cannot hold: 2.3 times faster
 * than the recursive writer with sorted keys it replaced (9,000 notice, person and round views of
 * the 9,956-record fixture, written and hashed three times: 0.70 s of CPU against 1.61–1.80 s,
 * `.scratch` benchmark in the sixth session's note).
 */
import { createHash } from 'node:crypto';

function replacer(_key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return `${value}n`;
    case 'function':
    case 'symbol':
      throw new Error(`stableJson: a ${typeof value} cannot be part of a page key`);
  }
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

/** The value written as JSON, keys in their order; Maps become `{"$map": [[k, v], …]}`, Sets `{"$set": […]}`. Functions and symbols are refused. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, replacer) ?? 'null';
}

/** SHA-256 (base64url) of the parts' JSON. */
export function stableDigest(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(stableJson(p)).update('\u0000');
  return h.digest('base64url');
}
