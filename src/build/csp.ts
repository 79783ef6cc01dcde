/**
 * The Content-Security-Policy of the static site. A static host cannot add per-page nonces, so the
 * post-build step writes each page's policy into a <meta http-equiv> with the SHA-256 of every
 * inline script and style on that page: nothing inline runs unless it was in the build. The web
 * server sends the same policy as a header (docs/deploy-nginx.md), with the hashes of the whole
 * site and the directives a <meta> cannot carry (frame-ancestors).
 *
 * Why not Astro's own `security.csp`: a spike (Astro 7.3, this site) gave /search/ a policy with 6
 * script and 7 style hashes where the page has 1 of each, so every page allowed every other page's
 * inline code, and it has no hashes for style="" attributes ('unsafe-hashes'). This step allows
 * exactly the code on each page; checks/csp.ts checks the result with a different HTML reader.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { filesWithExt } from './checks/built-site.ts';

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

// A script a browser runs: no type, a module, an import map, speculation rules, or a JavaScript MIME
// type (HTML's list); any other type is a data block that CSP ignores.
const RUNNABLE_TYPE = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript|javascript1\.[0-5]))$/;

/**
 * The hashes of every inline script, <style> and style attribute in `html`. The page is read with
 * htmlparser2, not with the tokenizer of the checks (checks/html.ts), so the independent CSP check
 * after this step cannot share a blind spot with the step that wrote the policy.
 */
export function inlineHashes(html: string): InlineHashes {
  const out: InlineHashes = { scripts: new Set(), styles: new Set(), styleAttrs: new Set() };
  let raw: { into: Set<string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.style !== undefined) out.styleAttrs.add(sha256Source(attrs.style));
        const type = (attrs.type ?? '').split(';')[0]!.trim().toLowerCase();
        if (name === 'script' && attrs.src === undefined && RUNNABLE_TYPE.test(type)) raw = { into: out.scripts, text: '' };
        else if (name === 'style') raw = { into: out.styles, text: '' };
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag(name) {
        if (raw && (name === 'script' || name === 'style')) {
          raw.into.add(sha256Source(raw.text));
          raw = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
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
