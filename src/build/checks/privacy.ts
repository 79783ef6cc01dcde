/**
 * Privacy scanner over the built site: a Chinese resident ID number, a mainland mobile number or
 * an e-mail address that is not one of the declared reporting channels must never be published.
 * Schemas already refuse fields for such data; this catches what slips into free text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteSettings, recordFileOf, type CheckContext, type CheckIssue } from './built-site.ts';
import { decodeEntities } from './html.ts';
import { runPass, type FileCheck } from './pass.ts';
import { checksUi } from '../../i18n/zh-cn-checks.ts';

const ui = checksUi.privacy;

/** Built files that carry content text; scripts, styles and binary search fragments do not. */
export const SCANNED_EXTENSIONS = [
  '.html',
  '.htm',
  '.xml',
  '.json',
  '.jsonl',
  '.ndjson',
  '.geojson',
  '.csv',
  '.tsv',
  '.ics',
  '.vcf',
  '.txt',
  '.md',
  '.yaml',
  '.yml',
  '.rss',
  '.atom',
  '.webmanifest',
];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Whether `id` (18 characters) carries a valid ISO 7064 MOD 11-2 check character, as GB 11643 prescribes. */
export function isResidentIdChecksum(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11] === id[17]!.toUpperCase();
}

/** Province-level codes of GB/T 2260 (first two digits of a resident ID), with 81–83 of the residence permits for Hong Kong, Macao and Taiwan residents. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

/** Whether the first six digits of `id` can be a region code: a real province, and a prefecture 01–70 or 90 (0000 for a residence permit). */
function isRegionCode(id: string): boolean {
  const province = Number(id.slice(0, 2));
  if (!PROVINCES.has(province)) return false;
  if (province >= 81) return id.slice(2, 6) === '0000';
  const prefecture = Number(id.slice(2, 4));
  return (prefecture >= 1 && prefecture <= 70) || prefecture === 90;
}

/** Whether digits 7–14 of `id` are a birth date that exists, from 1900 to this year. */
function isBirthDate(id: string, thisYear = new Date().getUTCFullYear()): boolean {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= thisYear && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `id` looks like a resident ID number: region code, a plausible birth date, and a valid check character. */
export function isResidentId(id: string): boolean {
  return isResidentIdChecksum(id) && isLikelyResidentId(id);
}

/**
 * Whether 18 characters carry a real region code and birth date, whatever their check character: a
 * clerk who mistypes one digit of an ID number has still published someone's ID number.
 */
export function isLikelyResidentId(id: string): boolean {
  return /^\d{17}[\dXx]$/.test(id) && isRegionCode(id) && isBirthDate(id);
}

// Between two digits, a writer may put spaces, hyphens or dots (139 1234 5678, 139-1234-5678,
// 3201 0219 8501 0100 12); after normalising (below) every dash and space is one of these.
const SEP = '[ \\-.]{0,3}';
// Boundaries are letters and digits, so a hex hash or a longer number never yields a match inside it.
const ID_RE = new RegExp(`(?<![0-9A-Za-z])\\d(?:${SEP}\\d){16}${SEP}[\\dXx](?![0-9A-Za-z])`, 'g');
const MOBILE_RE = new RegExp(`(?<![0-9A-Za-z+])(?:(?:\\+|00)?86${SEP})?1${SEP}[3-9](?:${SEP}\\d){9}(?![0-9A-Za-z])`, 'g');
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
// File names such as logo@2x.png look like addresses.
const NOT_A_DOMAIN = /\.(png|jpe?g|gif|svg|webp|avif|ico|css|js|mjs|map|woff2?)$/i;
// Hashes and embedded data are long runs of letters and digits that are no one's phone number.
const OPAQUE = /sha(?:256|384|512)-[A-Za-z0-9+/=]+|data:[^"'\s)]+/g;
// Invisible characters a writer (or an evader) puts inside a number: zero-width spaces and joiners,
// soft hyphens, bidi marks, variation selectors, the BOM. They are removed before matching.
const INVISIBLE = /[\u00AD\u034F\u061C\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF]/g;
// Every dash and every space, after NFKC, becomes a plain hyphen or space.
const DASHES = /[\u2010-\u2015\u2212\u2043\u2E3A\u2E3B\u30FC\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const NOT_STABLE = /[\u00B2\u00B3\u00B9\u2070-\u209F\u2460-\u24FF\u2776-\u2793\uFE50-\uFE6B\uFF0B\uFF0D\uFF0E\uFF10-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A\u{1D400}-\u{1D7FF}]+/gu;

/**
 * Text as the matcher sees it: character references decoded, compatibility forms folded (NFKC: full-width
 * digits and letters, the ideographic space, ＠), invisible characters removed, dashes and spaces made plain.
 */
export function normalizeForScan(text: string): string {
  // NFKC over a whole page costs more than the matching, so only runs of the compatibility forms a
  // number or address can be written in are folded: full-width digits, letters, ＠ ＋ － ．, circled,
  // superscript and mathematical digits, small forms. Full-width punctuation (，：（）) is left alone.
  const folded = decodeEntities(text).replace(NOT_STABLE, (run) => run.normalize('NFKC'));
  return folded.replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ');
}

/** Digits of a phone number without country code or separators, for comparing with a declared channel. */
export function phoneDigits(s: string): string {
  const digits = normalizeForScan(s).replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  return digits.length === 15 && digits.startsWith('0086') ? digits.slice(4) : digits;
}

/** A piece of personal data found in a text. */
export interface PrivacyHit {
  /** `likely-id`: region code and birth date of an ID number, with a wrong check character. */
  kind: 'id' | 'likely-id' | 'mobile' | 'email';
  /** As written, after normalising (full-width digits folded, invisible characters removed). */
  value: string;
  /** The same without separators: what two spellings of one number have in common. */
  key: string;
}

/** The personal data in `text` that is not one of the `declared` channels (phone numbers, e-mail addresses). */
export function findPersonalData(text: string, declared: readonly string[] = []): PrivacyHit[] {
  const clean = normalizeForScan(text).replace(OPAQUE, ' ');
  const declaredPhones = new Set(declared.map(phoneDigits).filter((d) => d.length >= 5));
  const declaredEmails = new Set(declared.filter((d) => d.includes('@')).map((d) => normalizeForScan(d).trim().toLowerCase()));
  const hits: PrivacyHit[] = [];
  for (const m of clean.matchAll(ID_RE)) {
    const key = m[0].replace(/[^\dXx]/g, '').toUpperCase();
    if (isResidentId(key)) hits.push({ kind: 'id', value: m[0], key });
    else if (isLikelyResidentId(key)) hits.push({ kind: 'likely-id', value: m[0], key });
  }
  for (const m of clean.matchAll(MOBILE_RE)) {
    const key = phoneDigits(m[0]);
    if (!declaredPhones.has(key)) hits.push({ kind: 'mobile', value: m[0], key });
  }
  for (const m of clean.matchAll(EMAIL_RE)) {
    const key = m[0].toLowerCase();
    if (!NOT_A_DOMAIN.test(m[0]) && !declaredEmails.has(key)) hits.push({ kind: 'email', value: m[0], key });
  }
  return hits;
}

const LABEL: Record<PrivacyHit['kind'], string> = ui.kinds;

/** Mask the middle of a found value so the build log does not repeat it in full. */
export function mask(value: string): string {
  if (value.includes('@')) return value.replace(/^(.).*(@.*)$/, '$1***$2');
  return value.length > 7 ? `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}` : '***';
}

/** Scan every text file of the built site for personal data; each issue names the built file and the content files it came from. */
export function checkPrivacy(ctx: CheckContext): CheckIssue[] {
  return runPass(ctx, [privacyCheck(ctx)])[0]!;
}

/** The privacy scan as a check of the shared pass (pass.ts). */
export function privacyCheck(ctx: CheckContext): FileCheck {
  const { channels } = readSiteSettings(ctx.root);
  const issues: CheckIssue[] = [];
  let content: Map<string, string> | undefined;
  return {
    wants: (lower) => SCANNED_EXTENSIONS.some((e) => lower.endsWith(e)),
    visit: ({ file, text }) => {
      const seen = new Set<string>();
      for (const hit of findPersonalData(scannable(file, text), channels)) {
        if (seen.has(hit.key)) continue;
        seen.add(hit.key);
        content ??= readContent(join(ctx.root, 'content'));
        const sources = sourcesOf(content, hit);
        // Text the record holds verbatim names its file; otherwise the page's own record is the best lead.
        const page = sources.length ? undefined : recordFileOf(ctx.root, file);
        if (page) sources.push(page);
        const what = hit.kind === 'id' || hit.kind === 'likely-id' ? ui.noIdNumbers : ui.onlyChannels;
        issues.push({
          check: 'privacy',
          file,
          message: ui.found(LABEL[hit.kind], mask(hit.kind === 'email' ? hit.value : hit.key), what),
          sources,
        });
      }
    },
    finish: () => issues,
  };
}

/** The text of `file` to scan: calendar UIDs look like e-mail addresses (RFC 5545 suggests id@host) but name events, not people. */
function scannable(file: string, text: string): string {
  if (!file.toLowerCase().endsWith('.ics')) return text;
  return text.replace(/\r?\n[ \t]/g, '').replace(/^UID:.*$/gim, '');
}

/** Every YAML file under content/, by path relative to the project root. */
function readContent(contentDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      const r = `${rel}/${name}`;
      if (statSync(full).isDirectory()) walk(full, r);
      else if (/\.ya?ml$/i.test(name)) out.set(r, readFileSync(full, 'utf8'));
    }
  };
  walk(contentDir, 'content');
  return out;
}

/** Content files whose text holds `hit`, however it is spelt there (spaces, full-width digits, zero-width characters). */
function sourcesOf(content: Map<string, string>, hit: PrivacyHit): string[] {
  const out: string[] = [];
  for (const [file, text] of content) if (text.includes(hit.value) || keysOf(file, text).has(hit.key)) out.push(file);
  return out;
}

// Each content file is scanned once however many hits are traced back to it.
const keyCache = new Map<string, { text: string; keys: Set<string> }>();
function keysOf(file: string, text: string): Set<string> {
  const hit = keyCache.get(file);
  if (hit && hit.text === text) return hit.keys;
  const keys = new Set(findPersonalData(text).map((h) => h.key));
  keyCache.set(file, { text, keys });
  return keys;
}
