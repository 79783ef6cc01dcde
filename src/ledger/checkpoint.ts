/**
 * Checkpoints as C2SP tlog-checkpoint notes (c2sp.org/tlog-checkpoint): origin, tree size, base64
 * root, signed by the log's key, and cosigned by witnesses per C2SP tlog-cosignature (v1, Ed25519:
 * the signature covers "cosignature/v1\ntime <t>\n" and the checkpoint text, and carries the
 * timestamp before it). Pure and browser-safe; Ed25519 itself is passed in.
 */
import { concat, fromHex, toHex, type Hashing } from './merkle.ts';
import { COSIGNATURE_V1, ED25519, formatNote, fromBase64, keyId, noteMessage, parseNote, signaturesBy, toBase64, type Note, type NoteSignature, type Vkey } from './note.ts';
import { checkpointFormatUi } from '../i18n/zh-cn-ledger-check.ts';

/** The three lines a checkpoint commits to. */
export interface CheckpointBody {
  origin: string;
  size: number;
  /** Root hash, lower-case hex. */
  root: string;
}

/** A witness cosignature as read from a checkpoint. */
export interface Cosignature {
  /** The witness's key name. */
  name: string;
  /** POSIX seconds the witness signed at. */
  time: number;
}

/** A checkpoint note with the body it states. */
export interface SignedCheckpoint extends CheckpointBody {
  note: Note;
  /** The note as published, byte for byte. */
  raw: string;
}

/** Ed25519 verification over raw 32-byte keys, synchronous or not. */
export type Ed25519Verify = (key: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>;

/** The origin line of the log of the site at `url`: host and path, then /ledger (e.g. gongshi.wangchuan.example/ledger). */
export function originOf(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname.replace(/\/+$/, '')}/ledger`;
}

/** The checkpoint text: origin, size and base64 root, each ending in a newline. */
export function checkpointText(b: CheckpointBody): string {
  return `${b.origin}\n${b.size}\n${toBase64(fromHex(b.root))}\n`;
}

/** Read a checkpoint note; undefined with the reason when it is not one. */
export function parseCheckpointNote(raw: string): { checkpoint?: SignedCheckpoint; error?: string } {
  // A log without a key publishes the bare text: a checkpoint no one signed, shown as unsigned.
  const note = parseNote(raw) ?? (raw.endsWith('\n') && !raw.includes('\n\n') && !raw.includes('\u2014') ? { text: raw, signatures: [] } : undefined);
  if (!note) return { error: checkpointFormatUi.notNote };
  const lines = note.text.split('\n');
  lines.pop();
  if (lines.length < 3 || lines.some((l) => l === '')) return { error: checkpointFormatUi.tooFewLines };
  const [origin, size, root] = lines as [string, string, string];
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) return { error: checkpointFormatUi.badSize(size) };
  const rootBytes = fromBase64(root);
  if (!rootBytes || rootBytes.length !== 32) return { error: checkpointFormatUi.badRoot };
  return { checkpoint: { origin, size: Number(size), root: toHex(rootBytes), note, raw } };
}

/** The note text of an unsigned checkpoint, or the note with its signatures. */
export function checkpointFile(note: Note): string {
  return note.signatures.length ? formatNote(note) : note.text;
}

/** One Ed25519 check to make: this signature over this message. */
export interface SignatureTask {
  message: Uint8Array;
  signature: Uint8Array;
  /** For a cosignature, the time it states. */
  time?: number;
}

/** The checks that the log key `key` signed `cp` (lines with its name and key ID; none when it did not sign). */
export function logSignatureTasks(cp: SignedCheckpoint, key: Vkey): SignatureTask[] {
  if (key.type !== ED25519) return [];
  return signaturesBy(cp.note, key).map((s) => ({ message: noteMessage(cp.note.text), signature: s.signature }));
}

/** The checks that witness `key` cosigned `cp`; a line whose payload is not timestamp + signature is a failed check. */
export function cosignatureTasks(cp: SignedCheckpoint, key: Vkey): SignatureTask[] {
  if (key.type !== COSIGNATURE_V1) return [];
  return signaturesBy(cp.note, key).map((s) => {
    const time = cosignatureTime(s);
    return time === undefined ? { message: new Uint8Array(0), signature: new Uint8Array(0) } : { message: cosignedMessage(cp.note.text, time), signature: s.signature.slice(8), time };
  });
}

/** Run `tasks` with `verify`: absent when there are none, invalid when any fails, else valid (with the latest time stated). */
export async function runTasks(tasks: SignatureTask[], key: Vkey, verify: Ed25519Verify): Promise<{ state: 'valid' | 'invalid' | 'absent'; time?: number }> {
  if (tasks.length === 0) return { state: 'absent' };
  let time: number | undefined;
  for (const t of tasks) {
    if (!(await verify(key.key, t.message, t.signature))) return { state: 'invalid' };
    if (t.time !== undefined) time = Math.max(time ?? 0, t.time);
  }
  return { state: 'valid', ...(time !== undefined ? { time } : {}) };
}

/** runTasks with a synchronous verifier. */
export function runTasksSync(tasks: SignatureTask[], key: Vkey, verify: (k: Uint8Array, m: Uint8Array, s: Uint8Array) => boolean): { state: 'valid' | 'invalid' | 'absent'; time?: number } {
  if (tasks.length === 0) return { state: 'absent' };
  let time: number | undefined;
  for (const t of tasks) {
    if (!verify(key.key, t.message, t.signature)) return { state: 'invalid' };
    if (t.time !== undefined) time = Math.max(time ?? 0, t.time);
  }
  return { state: 'valid', ...(time !== undefined ? { time } : {}) };
}

/** The message a v1 cosignature at `time` covers. */
export function cosignedMessage(text: string, time: number): Uint8Array {
  return noteMessage(`cosignature/v1\ntime ${time}\n${text}`);
}

/** The payload of a cosignature line: u64 big-endian timestamp, then the Ed25519 signature. */
export function cosignaturePayload(time: number, signature: Uint8Array): Uint8Array {
  const t = new Uint8Array(8);
  new DataView(t.buffer).setBigUint64(0, BigInt(time));
  return concat(t, signature);
}

/** The timestamp of a cosignature line; undefined when the payload is not 8 + 64 bytes. */
export function cosignatureTime(s: NoteSignature): number | undefined {
  if (s.signature.length !== 72) return undefined;
  const t = new DataView(s.signature.buffer, s.signature.byteOffset, 8).getBigUint64(0);
  return t > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(t);
}

/** A cosignature line's signature: name, key ID, timestamp and signature. */
export function* cosignatureLine(name: string, publicKey: Uint8Array, time: number, signature: Uint8Array): Hashing<NoteSignature> {
  return { name, id: yield* keyId(name, COSIGNATURE_V1, publicKey), signature: cosignaturePayload(time, signature) };
}

/** The note with `sig` added, replacing any earlier line of the same key. */
export function withSignature(note: Note, sig: NoteSignature): Note {
  return { text: note.text, signatures: [...note.signatures.filter((s) => !(s.name === sig.name && s.id === sig.id)), sig] };
}

/** The date (YYYY-MM-DD) in Asia/Shanghai (UTC+8, no daylight saving) of POSIX time `t`. */
export function shanghaiDate(t: number): string {
  return new Date((t + 8 * 3600) * 1000).toISOString().slice(0, 10);
}
