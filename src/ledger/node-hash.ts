/** SHA-256 in Node for the ledger: the synchronous driver of the Merkle generators. */
import { hash } from 'node:crypto';
import { canonicalize } from './jcs.ts';
import { runSync, toHex, type Hashing } from './merkle.ts';

/** SHA-256 of `input`. */
export function sha256(input: Uint8Array | string): Uint8Array {
  // One-shot hashing: every record and leaf is hashed on each validation, and a Hash object per call costs more than the digest.
  return hash('sha256', input, 'buffer');
}

/** Run a Merkle computation with Node's SHA-256. */
export function hashSync<T>(h: Hashing<T>): T {
  return runSync(h, sha256);
}

/** The record hash: lower-case hex SHA-256 of the record's RFC 8785 canonical JSON in UTF-8. */
export function recordHash(data: unknown): string {
  return toHex(sha256(canonicalize(data)));
}
