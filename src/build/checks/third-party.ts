/**
 * No third-party requests: nothing a page loads by itself (scripts, styles, images, frames, fonts,
 * media) may come from another host, so reading a notice tells no one else who read it. Links a
 * citizen chooses to follow, such as the 12380 website, are fine.
 */
import { readSiteSettings, type CheckContext, type CheckIssue } from './built-site.ts';
import { cssUrls, srcsetUrls, tags, type Tag } from './html.ts';
import { runPass, type FileCheck } from './pass.ts';
import { checksUi } from '../../i18n/zh-cn-checks.ts';

/** Attributes a browser fetches without a click, per element. */
const FETCHED: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  frame: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};
// <link> relations that make the browser fetch or connect; alternate, canonical, prev, next … do not.
const FETCHING_RELS = /\b(stylesheet|icon|apple-touch-icon|mask-icon|preload|modulepreload|prefetch|prerender|preconnect|dns-prefetch|manifest)\b/i;

/** Whether `ref` names a host other than the site's own (`ownHosts`). */
export function isThirdParty(ref: string, ownHosts: ReadonlySet<string>): boolean {
  const raw = ref.trim();
  if (!/^(https?:)?\/\//i.test(raw)) return false;
  try {
    return !ownHosts.has(new URL(raw, 'https://site.invalid/').host);
  } catch {
    return true;
  }
}

/** Third-party URLs a page or stylesheet would load, with where they were written. */
export function fetchedUrls(text: string, isCss: boolean): { url: string; where: string }[] {
  if (isCss) return cssUrls(text).map((url) => ({ url, where: 'CSS url()' }));
  return fetchedUrlsOfTags(tags(text));
}

/** Third-party URLs the start tags of a page or SVG would load. */
function fetchedUrlsOfTags(all: readonly Tag[]): { url: string; where: string }[] {
  const out: { url: string; where: string }[] = [];
  for (const t of all) {
    for (const attr of FETCHED[t.name] ?? []) {
      const v = t.attrs.get(attr);
      if (v !== undefined) out.push({ url: v, where: `<${t.name} ${attr}>` });
    }
    if (t.name === 'link' && FETCHING_RELS.test(t.attrs.get('rel') ?? '')) out.push({ url: t.attrs.get('href') ?? '', where: `<link rel="${t.attrs.get('rel')}">` });
    const srcset = t.attrs.get('srcset');
    if (srcset) for (const url of srcsetUrls(srcset)) out.push({ url, where: `<${t.name} srcset>` });
    if (t.name === 'style' && t.text) for (const url of cssUrls(t.text)) out.push({ url, where: '<style> url()' });
    const style = t.attrs.get('style');
    if (style) for (const url of cssUrls(style)) out.push({ url, where: checksUi.thirdParty.styleAttr });
  }
  return out;
}

/** Report every resource of the built site that would be fetched from another host. */
export function checkThirdParty(ctx: CheckContext): CheckIssue[] {
  return runPass(ctx, [thirdPartyCheck(ctx)])[0]!;
}

/** The third-party check as a check of the shared pass (pass.ts). */
export function thirdPartyCheck(ctx: CheckContext): FileCheck {
  const site = readSiteSettings(ctx.root).url;
  const own = new Set(site ? [site.host] : []);
  own.add('site.invalid');
  const issues: CheckIssue[] = [];
  return {
    wants: (lower) => ['.html', '.htm', '.css', '.svg'].some((e) => lower.endsWith(e)),
    visit: ({ file, lower, text, tags: parse }) => {
      const seen = new Set<string>();
      for (const { url, where } of lower.endsWith('.css') ? fetchedUrls(text, true) : fetchedUrlsOfTags(parse())) {
        if (!isThirdParty(url, own) || seen.has(url)) continue;
        seen.add(url);
        issues.push({ check: 'third-party', file, message: checksUi.thirdParty.fetched(where, url) });
      }
    },
    finish: () => issues,
  };
}
