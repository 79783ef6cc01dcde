/**
 * The Content-Security-Policy of the static site. A static host cannot add per-page nonces, so the
 * post-build step writes each page's policy into a <meta http-equiv> with the SHA-256 of every
 * inline script and style on that page: nothing inline runs unless it was in the build. The web
 * server sends the same policy as a header (docs/deploy-nginx.md), with the hashes of the whole
 * site and the directives a <meta> cannot carry (frame-ancestors).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesWithExt } from './checks/built-site.ts';
import { isInlineScript, tags } from './checks/html.ts';

/** Sources allowed per directive before any hash. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval(). */
export const BASE_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives only a response header can carry (browsers ignore them in <meta>). */
export const HEADER_ONLY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/** Inline code of one page (or of the whole site) that the policy has to allow, as CSP hash sources. */
export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
  /** style="" attributes, allowed through 'unsafe-hashes'. */
  styleAttrs: Set<string>;
}

/** `'sha256-…'` of `text` as a browser hashes it (UTF-8, base64). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline script, <style> and style attribute in `html`. */
export function inlineHashes(html: string): InlineHashes {
  const out: InlineHashes = { scripts: new Set(), styles: new Set(), styleAttrs: new Set() };
  for (const t of tags(html)) {
    if (isInlineScript(t)) out.scripts.add(sha256Source(t.text ?? ''));
    else if (t.name === 'style') out.styles.add(sha256Source(t.text ?? ''));
    const style = t.attrs.get('style');
    if (style !== undefined) out.styleAttrs.add(sha256Source(style));
  }
  return out;
}

/** The policy text for `hashes`; `header` adds the directives only a header can carry. */
export function policyFor(hashes: InlineHashes, header = false): string {
  const directives: Record<string, string[]> = Object.fromEntries(Object.entries(BASE_POLICY).map(([k, v]) => [k, [...v]]));
  directives['script-src']!.push(...[...hashes.scripts].sort());
  const styles = [...hashes.styles, ...hashes.styleAttrs].sort();
  if (hashes.styleAttrs.size) directives['style-src']!.push("'unsafe-hashes'");
  directives['style-src']!.push(...new Set(styles));
  if (header) Object.assign(directives, Object.fromEntries(Object.entries(HEADER_ONLY_POLICY).map(([k, v]) => [k, [...v]])));
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*/gi;

/** `html` with its own policy in a <meta> right after <meta charset> (which must stay in the first 1024 bytes). */
export function withCspMeta(html: string): string {
  return withCspMetaAndHashes(html).html;
}

/** withCspMeta, also returning the hashes it allowed (those of the page's inline code). */
function withCspMetaAndHashes(html: string): { html: string; hashes: InlineHashes } {
  const bare = html.replace(CSP_META, '');
  const hashes = inlineHashes(bare);
  return { html: insertMeta(bare, `<meta http-equiv="Content-Security-Policy" content="${policyFor(hashes)}">`), hashes };
}

function insertMeta(bare: string, meta: string): string {
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(bare);
  const head = /<head(?:\s[^>]*)?>/i.exec(bare);
  const at = charset ? charset.index + charset[0].length : head ? head.index + head[0].length : -1;
  if (at < 0) return bare; // not a page (a fragment or a redirect stub without <head>): nothing to protect
  return bare.slice(0, at) + meta + bare.slice(at);
}

/** Post-build step: give every page in `dir` its policy; returns the site-wide hashes for the server's header. */
export function applyCsp(dir: string): InlineHashes & { pages: number } {
  const writer = cspWriter();
  for (const file of filesWithExt(dir, ['.html'])) {
    const full = join(dir, file);
    writeFileSync(full, writer.rewrite(readFileSync(full, 'utf8')));
  }
  return writer.site;
}

/** The CSP step a page at a time, for a pass that reads each page anyway (checks/pass.ts): `rewrite` gives a page its policy, `site` gathers the hashes. */
export function cspWriter(): { rewrite: (html: string) => string; site: InlineHashes & { pages: number } } {
  const site: InlineHashes & { pages: number } = { scripts: new Set(), styles: new Set(), styleAttrs: new Set(), pages: 0 };
  return {
    site,
    rewrite: (page) => {
      // The <meta> adds no inline code, so the hashes of the page without it are those of the page with it.
      const { html, hashes } = withCspMetaAndHashes(page);
      for (const key of ['scripts', 'styles', 'styleAttrs'] as const) for (const h of hashes[key]) site[key].add(h);
      site.pages++;
      return html;
    },
  };
}

/** The header policy for the whole built site in `dir` (every page's hashes, plus frame-ancestors). */
export function siteHeaderPolicy(dir: string): string {
  const site: InlineHashes = { scripts: new Set(), styles: new Set(), styleAttrs: new Set() };
  for (const file of filesWithExt(dir, ['.html'])) {
    const page = inlineHashes(readFileSync(join(dir, file), 'utf8'));
    for (const key of ['scripts', 'styles', 'styleAttrs'] as const) for (const h of page[key]) site[key].add(h);
  }
  return policyFor(site, true);
}
