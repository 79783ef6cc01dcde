/**
 * Reference codes (举报参考编号): a short code per notice and round that a reporter quotes on the
 * phone, in a letter or in an SMS, e.g. `GS-7K3Q9M2X`.
 *
 * Scheme: `{PREFIX}-{HASH}`.
 * - PREFIX is two letters naming the kind in pinyin initials (GS 公示, RZ 任职 …, table below), so
 *   a clerk sees at once what kind of record a caller means.
 * - HASH is the first 40 bits of SHA-256 over the record key `kind/id`, written as 8 characters of
 *   Crockford base32 (digits and capitals without I, L, O, U), which read aloud without confusion.
 *
 * The code depends on nothing but the kind and the ID, and IDs never change once published, so a
 * code printed on a notice stays valid forever and can be recomputed anywhere. Forty bits make a
 * clash between two records of the same kind negligible at a jurisdiction's scale (about 1 in 20 000
 * for 10 000 notices of one kind); `findCodeClashes` lets the build prove there is none.
 */
import { createHash } from 'node:crypto';
import type { NoticeKind } from '../schemas/index.ts';

/** Kinds that carry a reference code: every notice kind, and rounds (reports about a whole procedure). */
export type CodedKind = NoticeKind | 'rounds';

/** Two-letter prefix of each coded kind (pinyin initials of its Chinese name). */
export const CODE_PREFIXES = {
  plans: 'JH', // 计划
  'pre-announcements': 'YG', // 预告
  recommendations: 'TJ', // 推荐
  'inspection-notices': 'KY', // 考察预告
  'inspection-reports': 'KC', // 考察
  'integrity-summaries': 'LZ', // 廉政
  examinations: 'KS', // 考试
  decisions: 'JD', // 决定
  publicities: 'GS', // 公示
  'publicity-outcomes': 'GJ', // 公示结果
  appointments: 'RZ', // 任职
  corrections: 'GZ', // 更正
  'supervision-reports': 'JC', // 检查
  rounds: 'XB', // 选拔
} as const satisfies Record<CodedKind, string>;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_LENGTH = 8;

/** The reference code of record `kind/id`, e.g. `GS-7K3Q9M2X`. */
export function referenceCode(kind: CodedKind, id: string): string {
  const digest = createHash('sha256').update(`${kind}/${id}`).digest();
  // 40 bits = the first five bytes, read as eight 5-bit groups.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(digest[i]!);
  let hash = '';
  for (let i = HASH_LENGTH - 1; i >= 0; i--) hash += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${CODE_PREFIXES[kind]}-${hash}`;
}

/** Whether `kind` carries a reference code. */
export function isCodedKind(kind: string): kind is CodedKind {
  return Object.hasOwn(CODE_PREFIXES, kind);
}

/** The reference code of a record key `kind/id`, or undefined when that kind carries none. */
export function referenceCodeOfKey(key: string): string | undefined {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash);
  return slash > 0 && isCodedKind(kind) ? referenceCode(kind, key.slice(slash + 1)) : undefined;
}

/**
 * A code as a reporter might type it, tidied to the printed form: case, spaces and the hyphen do
 * not matter, and the look-alikes O, I and L read as 0, 1 and 1 (Crockford's rule). Undefined when
 * it cannot be a code.
 */
export function normalizeReferenceCode(input: string): string | undefined {
  const raw = input.toUpperCase().replace(/[\s\-—_]/g, '');
  if (raw.length !== 2 + HASH_LENGTH) return undefined;
  const prefix = raw.slice(0, 2);
  const hash = raw.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!Object.values(CODE_PREFIXES).includes(prefix as never)) return undefined;
  if (![...hash].every((c) => CROCKFORD.includes(c))) return undefined;
  return `${prefix}-${hash}`;
}

/** Codes shared by more than one of `keys` (record keys `kind/id`), each with the keys sharing it. */
export function findCodeClashes(keys: Iterable<string>): { code: string; keys: string[] }[] {
  const byCode = new Map<string, string[]>();
  for (const key of keys) {
    const code = referenceCodeOfKey(key);
    if (!code) continue;
    const list = byCode.get(code);
    if (list) list.push(key);
    else byCode.set(code, [key]);
  }
  return [...byCode].filter(([, list]) => list.length > 1).map(([code, list]) => ({ code, keys: list }));
}
