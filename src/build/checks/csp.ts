/**
 * Every page carries a Content-Security-Policy that allows each of its inline scripts and styles
 * by hash and nothing else inline: no 'unsafe-inline', no 'unsafe-eval', no event-handler
 * attributes, no javascript: URLs. Computed here from scratch, independently of the step that
 * wrote the policy (src/build/csp.ts), so a slip in either shows.
 */
import { createHash } from 'node:crypto';
import type { CheckContext, CheckIssue } from './built-site.ts';
import { isInlineScript, tags, type Tag } from './html.ts';
import { runPass, type FileCheck } from './pass.ts';
import { checksUi } from '../../i18n/zh-cn-checks.ts';

const ui = checksUi.csp;

/** A policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const short = (text: string) => JSON.stringify(text.trim().slice(0, 40));

/** Problems with the policy of one page. */
export function cspProblems(html: string): string[] {
  return cspProblemsOfTags(tags(html));
}

/** Problems with the policy of one page, from its start tags. */
function cspProblemsOfTags(all: readonly Tag[]): string[] {
  const metas = all.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return [ui.noMeta];
  const out: string[] = [];
  const first = all.find((t) => t.name === 'script' || t.name === 'style' || t.name === 'link');
  if (first && first.start < metas[0]!.start) out.push(ui.metaLate(first.name));
  const policy = parsePolicy(metas.map((m) => m.attrs.get('content') ?? '').join(';'));
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  const styleSrc = policy.get('style-src') ?? policy.get('default-src');
  if (!scriptSrc) out.push(ui.noScriptSrc);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) if (scriptSrc?.includes(bad)) out.push(ui.unsafeScript(bad));
  const styleInline = styleSrc === undefined || styleSrc.includes("'unsafe-inline'");
  for (const t of all) {
    if (isInlineScript(t) && scriptSrc && !scriptSrc.includes(hash(t.text ?? ''))) out.push(ui.scriptHash(short(t.text ?? '')));
    if (t.name === 'style' && !styleInline && !styleSrc.includes(hash(t.text ?? ''))) out.push(ui.styleHash(short(t.text ?? '')));
    for (const [name, value] of t.attrs) {
      if (/^on[a-z]+$/.test(name)) out.push(ui.handler(t.name, name));
      else if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) out.push(ui.javascriptUrl(t.name, name));
    }
    const style = t.attrs.get('style');
    if (style !== undefined && !styleInline && !(styleSrc.includes("'unsafe-hashes'") && styleSrc.includes(hash(style))))
      out.push(ui.styleAttr(t.name, style.slice(0, 40)));
  }
  return out;
}

/** Check the policy of every page in the built site. */
export function checkCsp(ctx: CheckContext): CheckIssue[] {
  return runPass(ctx, [cspCheck()])[0]!;
}

/** The CSP check as a check of the shared pass (pass.ts). */
export function cspCheck(): FileCheck {
  const issues: CheckIssue[] = [];
  return {
    wants: (lower) => lower.endsWith('.html'),
    visit: ({ file, tags: parse }) => {
      for (const message of cspProblemsOfTags(parse())) issues.push({ check: 'csp', file, message });
    },
    finish: () => issues,
  };
}
