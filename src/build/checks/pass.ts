/**
 * One pass over a built site for every post-build check: each file is read once, each HTML page
 * parsed once (html.ts tags()), and every check looks at that one reading. Files are visited one at
 * a time and dropped, so memory stays flat however large the site; only what a check must carry
 * across files (links: the site's file list and each page's anchors) is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, type CheckContext, type CheckIssue } from './built-site.ts';
import { tags, type Tag } from './html.ts';

/** One built file as the checks see it. */
export interface BuiltFile {
  /** Path relative to the built folder, `/`-separated. */
  file: string;
  /** `file` in lower case, for extension tests. */
  lower: string;
  /** The file's text (after the CSP step, when the pass writes it). */
  text: string;
  /** The start tags of `text`, parsed on first use and shared by every check. */
  tags: () => Tag[];
}

/** A check run inside the pass: told about each file it wants, then asked for its issues. */
export interface FileCheck {
  /** Whether the check reads this file (by its lower-case path). */
  wants: (lower: string) => boolean;
  /** Look at one file; called in the order of listFiles (sorted). */
  visit: (f: BuiltFile) => void;
  /** The issues, in the order the check found them; called once after the last file. */
  finish: () => CheckIssue[];
}

/** What the pass is given besides the checks. */
export interface PassOptions {
  /** Rewrite each `.html` page before the checks see it (the CSP step); the result is written back. */
  rewriteHtml?: (html: string, file: string) => string;
}

/** Visit every file of `ctx.dir` once with all `checks`; returns each check's issues, in the order of `checks`. */
export function runPass(ctx: CheckContext, checks: readonly FileCheck[], options: PassOptions = {}, files: readonly string[] = listFiles(ctx.dir)): CheckIssue[][] {
  const { rewriteHtml } = options;
  for (const file of files) {
    const lower = file.toLowerCase();
    const rewrite = rewriteHtml && lower.endsWith('.html') ? rewriteHtml : undefined;
    const readers = checks.filter((c) => c.wants(lower));
    if (!readers.length && !rewrite) continue;
    const full = join(ctx.dir, file);
    let text = readFileSync(full, 'utf8');
    if (rewrite) {
      text = rewrite(text, file);
      writeFileSync(full, text);
    }
    let parsed: Tag[] | undefined;
    const f: BuiltFile = { file, lower, text, tags: () => (parsed ??= tags(text)) };
    for (const c of readers) c.visit(f);
  }
  return checks.map((c) => c.finish());
}
