/**
 * C2SP signed notes (c2sp.org/signed-note), the envelope of tlog checkpoints and their witness
 * cosignatures: a text ending in a newline, a blank line, then lines "— <name> base64(keyID || sig)".
 * Verifier keys (vkeys) are "<name>+<hex key ID>+base64(type || public key)". Pure and
 * browser-safe: SHA-256 is asked for through the Hashing generators of merkle.ts, and the Ed25519
 * check itself is passed in (node:crypto in Node, WebCrypto in the browser).
 */
import { concat, type Hashing } from './merkle.ts';

/** Signature type bytes (signed-note §Signature types; tlog-cosignature). */
export const ED25519 = 0x01;
export const COSIGNATURE_V1 = 0x04;

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  /** uint32 key ID, big-endian in the line. */
  id: number;
  /** The bytes after the key ID. */
  signature: Uint8Array;
}

/** A note split into its signed text (with its final newline) and its signature lines. */
export interface Note {
  text: string;
  signatures: NoteSignature[];
}

/** A parsed verifier key. */
export interface Vkey {
  name: string;
  id: number;
  type: number;
  /** The 32-byte Ed25519 public key. */
  key: Uint8Array;
}

const UTF8 = new TextEncoder();

/** Standard base64 of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

/** Bytes of standard base64 text; undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Whether `name` may name a key: non-empty, no Unicode space, no plus sign. */
export function validKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name);
}

/** Key ID = SHA-256(name || 0x0A || type || public key)[:4] as a big-endian uint32. */
export function* keyId(name: string, type: number, key: Uint8Array): Hashing<number> {
  const d = yield concat(UTF8.encode(name), Uint8Array.of(0x0a, type), key);
  return ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0;
}

/** Eight lower-case hex digits of a key ID. */
export function hexId(id: number): string {
  return id.toString(16).padStart(8, '0');
}

/** Parse a vkey's shape; the key ID is checked against the key by checkVkey. */
export function parseVkey(text: string): Vkey | undefined {
  const t = text.trim();
  const a = t.indexOf('+');
  const b = t.indexOf('+', a + 1);
  if (a < 0 || b < 0) return undefined;
  const parts = [t.slice(0, a), t.slice(a + 1, b), t.slice(b + 1)];
  const [name, id, b64] = parts as [string, string, string];
  if (!validKeyName(name) || !/^[0-9a-f]{8}$/.test(id)) return undefined;
  const bytes = fromBase64(b64);
  if (!bytes || bytes.length !== 33) return undefined;
  if (bytes[0] !== ED25519 && bytes[0] !== COSIGNATURE_V1) return undefined;
  return { name, id: parseInt(id, 16), type: bytes[0]!, key: bytes.slice(1) };
}

/** Whether the vkey's key ID is the one its name, type and key give. */
export function* checkVkey(v: Vkey): Hashing<boolean> {
  return (yield* keyId(v.name, v.type, v.key)) === v.id;
}

/** A vkey's text. */
export function formatVkey(v: Vkey): string {
  return `${v.name}+${hexId(v.id)}+${toBase64(concat(Uint8Array.of(v.type), v.key))}`;
}

/** Split a note into text and signatures; undefined when it is not a signed note. */
export function parseNote(note: string): Note | undefined {
  if (!note.endsWith('\n') || /[\u0000-\u0009\u000b-\u001f]/.test(note)) return undefined;
  // The text ends at the last blank line; every line after it is a signature.
  const at = note.lastIndexOf('\n\n');
  if (at < 0) return undefined;
  const text = note.slice(0, at + 1);
  const lines = note.slice(at + 2).split('\n');
  lines.pop();
  if (lines.length === 0) return undefined;
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m || !validKeyName(m[1]!)) return undefined;
    const bytes = fromBase64(m[2]!);
    if (!bytes || bytes.length < 5) return undefined;
    signatures.push({ name: m[1]!, id: ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, signature: bytes.slice(4) });
  }
  return { text, signatures };
}

/** One signature line, with its newline. */
export function formatSignature(s: NoteSignature): string {
  const id = Uint8Array.of(s.id >>> 24, (s.id >>> 16) & 255, (s.id >>> 8) & 255, s.id & 255);
  return `\u2014 ${s.name} ${toBase64(concat(id, s.signature))}\n`;
}

/** The whole note: text, blank line, signature lines. */
export function formatNote(n: Note): string {
  return `${n.text}\n${n.signatures.map(formatSignature).join('')}`;
}

/** The signatures of `note` made by `key` (same name and key ID); a note may carry more than one line per key only by mistake. */
export function signaturesBy(note: Note, key: Pick<Vkey, 'name' | 'id'>): NoteSignature[] {
  return note.signatures.filter((s) => s.name === key.name && s.id === key.id);
}

/** The bytes an Ed25519 note signature (type 0x01) covers: the note text. */
export function noteMessage(text: string): Uint8Array {
  return UTF8.encode(text);
}
