/**
 * Internal links: every href, src and srcset in the built pages, and every address of the site
 * in the sitemap and feeds, points at a file that exists; every #fragment at an id on its page.
 */
import { listFiles, readSiteSettings, urlPathOf, type CheckContext, type CheckIssue } from './built-site.ts';
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

/** The link check as a check of the shared pass (pass.ts); `files` is the whole listing of `ctx.dir`. */
export function linksCheck(ctx: CheckContext, files: readonly string[]): FileCheck {
  const exists = new Set(files);
  const site = readSiteSettings(ctx.root).url;
  const sitePrefix = site ? site.pathname.replace(/\/?$/, '/') : '/';
  // Every page's ids (and <a name>s), as SEP-joined text with SEP at both ends.
  const anchors = new Map<string, string>();
  // In file order; a Pending is settled once all pages have been seen.
  const found: (CheckIssue | Pending)[] = [];

  const visit = ({ file, lower, text, tags: parse }: BuiltFile) => {
    const isHtml = lower.endsWith('.html');
    let refs: Ref[];
    if (isHtml) {
      anchors.set(file, SEP + [...anchorsOfTags(parse())].join(SEP) + SEP);
      refs = refsOfTags(parse());
    } else refs = xmlRefs(text);
    const reported = new Set<string>();
    const report = (ref: Ref, message: (where: string, url: string) => string) => {
      if (reported.has(ref.url)) return;
      reported.add(ref.url);
      found.push({ check: 'links', file, message: message(ref.where, ref.url) });
    };
    for (const ref of refs) {
      const raw = ref.url.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) continue; // mailto:, tel:, data: …
      let url: URL;
      try {
        url = new URL(raw, LOCAL + urlPathOf(file));
      } catch {
        report(ref, ui.invalid);
        continue;
      }
      let path: string;
      if (url.origin === LOCAL) path = url.pathname;
      else if (site && url.origin === site.origin && url.pathname.startsWith(sitePrefix)) path = '/' + url.pathname.slice(sitePrefix.length);
      else continue; // another site: not ours to check
      if (!isHtml && url.origin === LOCAL) continue; // a relative reference in XML is not an address of the site
      let target: string;
      try {
        target = decodeURIComponent(path).slice(1);
      } catch {
        report(ref, ui.badPercent);
        continue;
      }
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!exists.has(target)) {
        if (!exists.has(`${target}/index.html`)) {
          report(ref, (where, url) => ui.missing(where, url, path));
          continue;
        }
        target = `${target}/index.html`;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || fragment.toLowerCase() === 'top' || !target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      const seen = anchors.get(target);
      if (seen !== undefined) {
        if (!seen.includes(SEP + id + SEP)) report(ref, (where, url) => ui.noAnchor(where, url, id, target));
        continue;
      }
      // The target page comes later in the pass. The same address in the same file always settles
      // the same way, so it is judged (and reported) once, in the place it would have had.
      if (reported.has(ref.url)) continue;
      reported.add(ref.url);
      found.push({ target, id, issue: { check: 'links', file, message: ui.noAnchor(ref.where, ref.url, id, target) } });
    }
  };

  return {
    wants: (lower) => lower.endsWith('.html') || lower.endsWith('.xml'),
    visit,
    finish: () =>
      found.flatMap((f) => {
        if (!('target' in f)) return [f];
        return (anchors.get(f.target) ?? SEP).includes(SEP + f.id + SEP) ? [] : [f.issue];
      }),
  };
}
