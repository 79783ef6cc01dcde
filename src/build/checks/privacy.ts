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

/** Whether `id` looks like a resident ID number: region code, a plausible birth date, and a valid check character. */
export function isResidentId(id: string): boolean {
  if (!isResidentIdChecksum(id) || id[0] === '0') return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return year >= 1850 && year <= 2150 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Boundaries are letters and digits, so a hex hash or a longer number never yields a match inside it.
const ID_RE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_RE = /(?<![0-9A-Za-z+])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9A-Za-z])/g;
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
// File names such as logo@2x.png look like addresses.
const NOT_A_DOMAIN = /\.(png|jpe?g|gif|svg|webp|avif|ico|css|js|mjs|map|woff2?)$/i;
// Hashes and embedded data are long runs of letters and digits that are no one's phone number.
const OPAQUE = /sha(?:256|384|512)-[A-Za-z0-9+/=]+|data:[^"'\s)]+/g;

/** Digits of a phone number without country code or separators, for comparing with a declared channel. */
export function phoneDigits(s: string): string {
  const digits = s.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/** A piece of personal data found in a text. */
export interface PrivacyHit {
  kind: 'id' | 'mobile' | 'email';
  value: string;
}

/** The personal data in `text` that is not one of the `declared` channels (phone numbers, e-mail addresses). */
export function findPersonalData(text: string, declared: readonly string[] = []): PrivacyHit[] {
  const clean = decodeEntities(text).replace(OPAQUE, ' ');
  const declaredPhones = new Set(declared.map(phoneDigits).filter((d) => d.length >= 5));
  const declaredEmails = new Set(declared.filter((d) => d.includes('@')).map((d) => d.trim().toLowerCase()));
  const hits: PrivacyHit[] = [];
  for (const m of clean.matchAll(ID_RE)) if (isResidentId(m[0])) hits.push({ kind: 'id', value: m[0] });
  for (const m of clean.matchAll(MOBILE_RE)) if (!declaredPhones.has(phoneDigits(m[0]))) hits.push({ kind: 'mobile', value: m[0] });
  for (const m of clean.matchAll(EMAIL_RE))
    if (!NOT_A_DOMAIN.test(m[0]) && !declaredEmails.has(m[0].toLowerCase())) hits.push({ kind: 'email', value: m[0] });
  return hits;
}

const LABEL: Record<PrivacyHit['kind'], string> = {
  id: '身份证号',
  mobile: '手机号码',
  email: '电子邮箱',
};

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
        if (seen.has(hit.value)) continue;
        seen.add(hit.value);
        content ??= readContent(join(ctx.root, 'content'));
        const sources = sourcesOf(content, hit);
        // Text the record holds verbatim names its file; otherwise the page's own record is the best lead.
        const page = sources.length ? undefined : recordFileOf(ctx.root, file);
        if (page) sources.push(page);
        const what = hit.kind === 'id' ? '不得公开身份证号' : '只能公开 content/site.yaml 中 channels 声明的举报渠道';
        issues.push({
          check: 'privacy',
          file,
          message: `发现${LABEL[hit.kind]} ${mask(hit.value)}:${what},请从来源记录中删除`,
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

/** Content files whose text holds `hit`, allowing for different spacing in a phone number. */
function sourcesOf(content: Map<string, string>, hit: PrivacyHit): string[] {
  const digits = phoneDigits(hit.value);
  const out: string[] = [];
  for (const [file, text] of content) {
    if (text.includes(hit.value)) out.push(file);
    else if (hit.kind === 'mobile' && findPersonalData(text).some((h) => h.kind === 'mobile' && phoneDigits(h.value) === digits)) out.push(file);
  }
  return out;
}
