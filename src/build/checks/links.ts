/**
 * Internal links: every href, src and srcset in the built pages, and every address of the site
 * in the sitemap and feeds, points at a file that exists; every #fragment at an id on its page.
 */
import { interner, listFiles, readSiteSettings, urlPathOf, type CheckContext, type CheckIssue } from './built-site.ts';
import { anchorsOfTags, srcsetUrls, tags, type Tag } from './html.ts';
import { runPass, type BuiltFile, type FileCheck } from './pass.ts';
import { checksUi } from '../../i18n/zh-cn-checks.ts';

const ui = checksUi.links;

/** Attributes holding one URL, per element ('*' for any element). */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
// rel values naming an origin to connect to, not a document.
const ORIGIN_RELS = /\b(preconnect|dns-prefetch)\b/i;
const LOCAL = 'http://site.invalid';

/** A reference found in a built file. */
interface Ref {
  url: string;
  /** How it was written, for the message: `<a href>`. */
  where: string;
}

/** The references in an HTML page. */
export function htmlRefs(html: string): Ref[] {
  return refsOfTags(tags(html));
}

/** The references among the start tags of a page. */
function refsOfTags(all: readonly Tag[]): Ref[] {
  const out: Ref[] = [];
  for (const t of all) {
    for (const attr of URL_ATTRS[t.name] ?? []) {
      const v = t.attrs.get(attr);
      if (v === undefined || (t.name === 'link' && ORIGIN_RELS.test(t.attrs.get('rel') ?? ''))) continue;
      out.push({ url: v, where: `<${t.name} ${attr}>` });
    }
    const srcset = t.attrs.get('srcset');
    if (srcset) for (const url of srcsetUrls(srcset)) out.push({ url, where: `<${t.name} srcset>` });
  }
  return out;
}

/** The site addresses in a sitemap or feed: <loc>, <link> and href attributes. */
export function xmlRefs(xml: string): Ref[] {
  const out: Ref[] = [];
  for (const m of xml.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g)) out.push({ url: m[2]!.replaceAll('&amp;', '&'), where: `<${m[1]}>` });
  for (const m of xml.matchAll(/<[a-zA-Z:]+\s[^>]*?\bhref="([^"]+)"/g)) out.push({ url: m[1]!.replaceAll('&amp;', '&'), where: 'href' });
  return out;
}

/** Check every internal reference of the built site in `ctx.dir`. */
export function checkLinks(ctx: CheckContext): CheckIssue[] {
  const files = listFiles(ctx.dir);
  return runPass(ctx, [linksCheck(ctx, files)], {}, files)[0]!;
}

// Separates a page's ids in the one string kept per page: a Set per page would cost far more memory on a large site.
const SEP = '\0';

/** An issue whose anchor could not be judged yet: its target page comes later in the pass. */
interface Pending {
  target: string;
  id: string;
  issue: CheckIssue;
}

/**
 * A reference of a page reduced to what its verdict needs from other files: the site path it names
 * (percent-encoded, as in the URL) and its fragment, or the problem it has in itself. References to
 * other sites and non-web schemes are dropped; a URL is kept once per page (its first spelling).
 */
interface Resolved {
  url: string;
  where: string;
  /** The URL's path on this site, e.g. `/units/x/`; absent when `problem` is set. */
  path?: string;
  /** The fragment as written after `#`, or ''. */
  hash?: string;
  /** What is wrong with the reference whatever the other files are: the key of its message. */
  problem?: 'invalid';
}

/** The references of one built file, resolved against its address and the site's. */
function resolveRefs(file: string, isHtml: boolean, refs: readonly Ref[], site: URL | undefined, sitePrefix: string): Resolved[] {
  const out: Resolved[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(ref.url)) continue;
    const raw = ref.url.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) continue; // mailto:, tel:, data: …
    let url: URL;
    try {
      url = new URL(raw, LOCAL + urlPathOf(file));
    } catch {
      seen.add(ref.url);
      out.push({ url: ref.url, where: ref.where, problem: 'invalid' });
      continue;
    }
    let path: string;
    if (url.origin === LOCAL) path = url.pathname;
    else if (site && url.origin === site.origin && url.pathname.startsWith(sitePrefix)) path = '/' + url.pathname.slice(sitePrefix.length);
    else continue; // another site: not ours to check
    if (!isHtml && url.origin === LOCAL) continue; // a relative reference in XML is not an address of the site
    // The same URL in the same file always resolves the same way: judged once, in its first place.
    seen.add(ref.url);
    out.push({ url: ref.url, where: ref.where, path, hash: url.hash.slice(1) });
  }
  return out;
}

/**
 * A resolved reference as the one string a memo keeps: url, where, then path and hash, or '\0' and
 * the problem, each length-prefixed (`12:/units/jtj/`), so no character of a URL can be mistaken for
 * a separator. The same reference on many pages (the header's, the footer's, a link to a busy
 * person's page) is one string, interned by the check: at 100,000 records the memos of 200,000
 * pages held four fresh strings per reference, about 1.6 GB, and took the build past its heap.
 */
function encodeRef(r: Resolved): string {
  const parts = r.problem !== undefined ? [r.url, r.where, SEP, r.problem] : [r.url, r.where, r.path!, r.hash!];
  return parts.map((p) => `${p.length}:${p}`).join('');
}

function decodeRef(kept: string): Resolved | undefined {
  const parts: string[] = [];
  let at = 0;
  while (at < kept.length && parts.length < 4) {
    const colon = kept.indexOf(':', at);
    const n = Number(kept.slice(at, colon));
    if (colon < 0 || !Number.isInteger(n) || n < 0) return undefined;
    parts.push(kept.slice(colon + 1, colon + 1 + n));
    at = colon + 1 + n;
  }
  if (parts.length !== 4 || at !== kept.length) return undefined;
  const [url, where, a, b] = parts as [string, string, string, string];
  return a === SEP ? { url, where, problem: b as 'invalid' } : { url, where, path: a, hash: b };
}

/**
 * The link check as a check of the shared pass (pass.ts); `files` is the whole listing of `ctx.dir`.
 * A page's references are resolved when it is read; what they point at is looked up in this build's
 * listing, so a reused page (memo) whose target is gone, or whose anchor's page lost the id, is
 * reported as if it had been read again.
 *
 * With `recordOnly` (a part of a pass run on another thread, checks/lanes.ts) the check only reads:
 * memo.save gives what it found in the page just visited, it judges nothing and keeps nothing else,
 * and the thread that has every part restores the memos into a check that judges.
 */
export function linksCheck(ctx: CheckContext, files: readonly string[], { recordOnly = false } = {}): FileCheck {
  const exists = new Set(files);
  const site = readSiteSettings(ctx.root).url;
  const sitePrefix = site ? site.pathname.replace(/\/?$/, '/') : '/';
  // Every page's ids (and <a name>s), as SEP-joined text with SEP at both ends.
  const anchors = new Map<string, string>();
  // In file order; a Pending is settled once all pages have been seen.
  const found: (CheckIssue | Pending)[] = [];
  // The resolved references of the file just visited, for memo.save.
  let last: { file: string; refs: Resolved[] } | undefined;
  // One string per distinct reference, shared by every page's memo that keeps it.
  const intern = interner();

  const judge = (file: string, refs: readonly Resolved[]) => {
    for (const ref of refs) {
      const report = (message: (where: string, url: string) => string) => found.push({ check: 'links', file, message: message(ref.where, ref.url) });
      if (ref.problem !== undefined) {
        report(ui[ref.problem]);
        continue;
      }
      const path = ref.path!;
      let target: string;
      try {
        target = decodeURIComponent(path).slice(1);
      } catch {
        report(ui.badPercent);
        continue;
      }
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!exists.has(target)) {
        if (!exists.has(`${target}/index.html`)) {
          report((where, url) => ui.missing(where, url, path));
          continue;
        }
        target = `${target}/index.html`;
      }
      const fragment = ref.hash!;
      if (!fragment || fragment.toLowerCase() === 'top' || !target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      const seen = anchors.get(target);
      if (seen !== undefined) {
        if (!seen.includes(SEP + id + SEP)) report((where, url) => ui.noAnchor(where, url, id, target));
        continue;
      }
      // The target page comes later in the pass: settled in finish(), reported in this place.
      found.push({ target, id, issue: { check: 'links', file, message: ui.noAnchor(ref.where, ref.url, id, target) } });
    }
  };

  const visit = ({ file, lower, text, tags: parse }: BuiltFile) => {
    const isHtml = lower.endsWith('.html');
    let refs: Ref[];
    if (recordOnly) anchors.clear();
    if (isHtml) {
      anchors.set(file, SEP + [...anchorsOfTags(parse())].join(SEP) + SEP);
      refs = refsOfTags(parse());
    } else refs = xmlRefs(text);
    last = { file, refs: resolveRefs(file, isHtml, refs, site, sitePrefix) };
    if (!recordOnly) judge(file, last.refs);
  };

  return {
    wants: (lower) => lower.endsWith('.html') || lower.endsWith('.xml'),
    visit,
    finish: () =>
      found.flatMap((f) => {
        if (!('target' in f)) return [f];
        return (anchors.get(f.target) ?? SEP).includes(SEP + f.id + SEP) ? [] : [f.issue];
      }),
    memo: {
      name: 'links',
      // The page's ids first (a page without ids keeps SEP SEP), then its references.
      // A reader's memos are interned where they are restored, not here.
      save: (file) => [anchors.get(file) ?? '', ...(last?.file === file ? last.refs : []).map((r) => (recordOnly ? encodeRef(r) : intern(encodeRef(r))))],
      restore: (file, lower, kept) => {
        if (lower.endsWith('.html')) anchors.set(file, kept[0] || SEP + SEP);
        // Memos come only from a record of this code (its digest is in the pass's context); one that does not
        // decode means a damaged record, and is judged an invalid reference, so the build stops rather than trusts it.
        judge(file, kept.slice(1).map((k) => decodeRef(k) ?? { url: k, where: 'href', problem: 'invalid' as const }));
      },
    },
  };
}
