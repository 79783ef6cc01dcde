/**
 * A digest of any plain value that depends only on what the value holds: object keys in sorted
 * order, Maps and Sets by their entries, `undefined` members left out as JSON leaves them. The
 * incremental build keys a page by the digest of everything the page shows (src/view/page-keys.ts).
 */
import { createHash } from 'node:crypto';

/** The value written as JSON with sorted keys; Maps become `{"$map": [[k, v], …]}`, Sets `{"$set": […]}`. Functions and symbols are refused. */
export function stableJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      out.push(Number.isFinite(value) ? String(value) : JSON.stringify(String(value)));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'bigint':
      out.push(`"${value}n"`);
      return;
    case 'function':
    case 'symbol':
      throw new Error(`stableJson: a ${typeof value} cannot be part of a page key`);
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      write(v, out);
    });
    out.push(']');
    return;
  }
  if (value instanceof Map) {
    out.push('{"$map":');
    write([...value.entries()], out);
    out.push('}');
    return;
  }
  if (value instanceof Set) {
    out.push('{"$set":');
    write([...value], out);
    out.push('}');
    return;
  }
  if (value instanceof Date) {
    out.push(JSON.stringify(value.toISOString()));
    return;
  }
  if (ArrayBuffer.isView(value)) {
    out.push(JSON.stringify(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')));
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(obj[k], out);
  });
  out.push('}');
}

/** SHA-256 (base64url) of the parts' stable JSON. */
export function stableDigest(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(stableJson(p)).update('\u0000');
  return h.digest('base64url');
}
