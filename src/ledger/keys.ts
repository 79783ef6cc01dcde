/**
 * Ed25519 keys for the log and its witnesses (Node only). A private key is a line in the format of
 * Go's golang.org/x/mod/sumdb/note: PRIVATE+KEY+<name>+<hex key ID>+base64(type || 32-byte seed),
 * type 0x01 for the log's checkpoint signer and 0x04 for a witness (tlog-cosignature). It is read
 * from an environment variable holding the line or the path of a file holding it; it is never
 * written into the project. Only the public vkey goes into content/site.yaml.
 */
import { createPrivateKey, createPublicKey, hash, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { concat, runSync } from './merkle.ts';
import { checkVkey, COSIGNATURE_V1, ED25519, fromBase64, hexId, keyId, toBase64, validKeyName, type Vkey } from './note.ts';
import { ledgerKeyUi as t } from '../i18n/zh-cn-ledger-check.ts';

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

const sha256 = (b: Uint8Array) => hash('sha256', b, 'buffer') as Uint8Array;

/** A private key with its public vkey. */
export interface SigningKey {
  name: string;
  type: number;
  id: number;
  private: KeyObject;
  /** The 32-byte public key. */
  publicKey: Uint8Array;
  vkey: Vkey;
}

/** The key of `name` and `type` from a 32-byte seed. */
export function keyFromSeed(name: string, type: number, seed: Uint8Array): SigningKey {
  if (!validKeyName(name)) throw new Error(t.badName(name));
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  const publicKey = new Uint8Array(spki.subarray(SPKI_ED25519.length));
  const id = runSync(keyId(name, type, publicKey), sha256);
  return { name, type, id, private: priv, publicKey, vkey: { name, id, type, key: publicKey } };
}

/** A fresh key of `name`: the log's (0x01) or a witness's (0x04). */
export function generateKey(name: string, type: number): { key: SigningKey; secret: string } {
  const seed = randomBytes(32);
  const key = keyFromSeed(name, type, seed);
  return { key, secret: formatPrivateKey(key.name, key.id, type, seed) };
}

/**
 * The fictional sample's keys, derived from a published seed phrase: SHA-256 of the phrase is the
 * Ed25519 seed. Only for the sample jurisdiction 望川市, whose keys protect nothing; a real
 * deployment generates its keys with npm run ledger:keygen and keeps the private half off the project.
 */
export function sampleKey(name: string, type: number, phrase: string): SigningKey {
  return keyFromSeed(name, type, sha256(new TextEncoder().encode(phrase)));
}

/** The private key line. */
export function formatPrivateKey(name: string, id: number, type: number, seed: Uint8Array): string {
  return `PRIVATE+KEY+${name}+${hexId(id)}+${toBase64(concat(Uint8Array.of(type), seed))}`;
}

/** Parse a private key line; the message says what is wrong. */
export function parsePrivateKey(text: string, variable: string): SigningKey {
  const parts = splitPlus(text.trim(), 5);
  const bad = (why: string) => new Error(t.badPrivate(variable, why));
  if (parts.length !== 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw bad(t.malformed);
  const [, , name, id, b64] = parts as [string, string, string, string, string];
  const bytes = fromBase64(b64);
  if (!bytes || bytes.length !== 33 || (bytes[0] !== ED25519 && bytes[0] !== COSIGNATURE_V1)) throw bad(t.notEd25519);
  const key = keyFromSeed(name, bytes[0]!, bytes.slice(1));
  if (hexId(key.id) !== id) throw bad(t.idMismatch);
  return key;
}

/** `text` split at its first n - 1 plus signs (base64 may itself contain plus signs). */
export function splitPlus(text: string, n: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (out.length < n - 1) {
    const at = rest.indexOf('+');
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  return [...out, rest];
}

/** The key in environment variable `variable`: the key line itself, or the path of a file holding it. */
export function keyFromEnv(variable: string, env: NodeJS.ProcessEnv = process.env): SigningKey | undefined {
  const value = env[variable]?.trim();
  if (!value) return undefined;
  if (value.startsWith('PRIVATE+KEY+')) return parsePrivateKey(value, variable);
  if (!existsSync(value)) throw new Error(t.neitherKeyNorFile(variable, value));
  return parsePrivateKey(readFileSync(value, 'utf8'), variable);
}

/** Ed25519 signature of `message`. */
export function signBytes(key: SigningKey, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, key.private));
}

/** Ed25519 verification with a raw 32-byte public key (synchronous). */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Whether a vkey's ID matches its key (synchronous). */
export function vkeyConsistent(v: Vkey): boolean {
  return runSync(checkVkey(v), sha256);
}
