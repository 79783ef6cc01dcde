/**
 * One pass over a built site for every post-build check: each file is read once, each HTML page
 * parsed once (html.ts tags()), and every check looks at that one reading. Files are visited one at
 * a time and dropped, so memory stays flat however large the site; only what a check must carry
 * across files (links: the site's file list and each page's anchors) is kept.
 *
 * Given the record of the published site (../published-files.ts), the pass reuses every file whose
 * input bytes and context are those of a published file: the published file is hard-linked in its
 * place, the checks that judge a file alone skip it (it passed them, or the site would not have been
 * published), and a check that needs every file (links) is handed what it kept of it (FileCheck.memo).
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, type CheckContext, type CheckIssue } from './built-site.ts';
import { tags, type Tag } from './html.ts';
import { contentHash, inputHash, inputIdentity, ownCopy, publishedCopy, reuseFile, sameFile, type PublishedFile, type PublishedFiles } from '../published-files.ts';

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
  /**
   * The issues, in the order the check found them; called after the last file. A check without
   * `memo` judges each file alone, so its issues after any file are final: a pass run in parts
   * (checks/lanes.ts) asks for them after each part and takes the new ones.
   */
  finish: () => CheckIssue[];
  /**
   * For a check whose verdicts depend on other files (links): what it keeps of a file it visited,
   * and how it takes that back for a reused file, in the file's place in the order. A check without
   * `memo` must judge each file from its path, text and the context alone: a reused file is skipped.
   */
  memo?: { name: string; save: (file: string) => string[]; restore: (file: string, lower: string, kept: readonly string[]) => void };
}

/** What the pass is given besides the checks. */
export interface PassOptions {
  /** Rewrite each `.html` page before the checks see it (the CSP step); the result is written back. */
  rewriteHtml?: (html: string, file: string) => string;
  /** Reuse what the published site has: see the file comment. */
  reuse?: ReuseOptions;
}

/** The published site and its record, and what the pass learns for the next build. */
export interface ReuseOptions {
  /** The published site (dist/). */
  site: string;
  /** Its record, when there is one to trust. */
  before?: PublishedFiles;
  /** The context digest of this build (published-files.ts). */
  context: string;
  /** Hashes of input files already computed this build (the search step hashes every page), by path. */
  hashes?: Map<string, string>;
  /** Filled by the pass: the record of the site it leaves, to be kept once that site is published. */
  after?: PublishedFiles;
  /** Filled by the pass: how many files were reused and how many were checked. */
  counts?: { reused: number; checked: number };
}

/** Visit every file of `ctx.dir` once with all `checks`; returns each check's issues, in the order of `checks`. */
export function runPass(ctx: CheckContext, checks: readonly FileCheck[], options: PassOptions = {}, files: readonly string[] = listFiles(ctx.dir)): CheckIssue[][] {
  const { rewriteHtml, reuse } = options;
  const before = reuse?.before?.context === reuse?.context ? reuse?.before?.files : undefined;
  const after: Record<string, PublishedFile> = {};
  const counts = { reused: 0, checked: 0 };
  for (const file of files) {
    const done = passFile(ctx, file, checks, rewriteHtml, reuse, before);
    if (!done) continue;
    if ('reused' in done) {
      for (const c of done.readers) if (c.memo) c.memo.restore(file, done.lower, done.reused.k?.[c.memo.name] ?? []);
      after[file] = done.reused;
      counts.reused++;
    } else {
      counts.checked++;
      if (done.entry) after[file] = done.entry;
    }
  }
  if (reuse) {
    reuse.after = { context: reuse.context, files: after };
    reuse.counts = counts;
  }
  return checks.map((c) => c.finish());
}

/** What passFile did with one file: reused it (its entry; the caller restores the memos), or read and checked it. */
export type PassedFile =
  | { lower: string; readers: FileCheck[]; reused: PublishedFile }
  | {
      lower: string;
      readers: FileCheck[];
      /** Its entry for the record, when reusing. */
      entry?: PublishedFile;
      /** What each memo check kept of it (memo.save), when reusing or when `keep` asks for it. */
      kept?: Record<string, string[]>;
    };

/**
 * One file of the pass: undefined when no check reads it and nothing rewrites it; else reused (see
 * decideReuse) or read, rewritten, written back and visited by every check that wants it. The memos
 * of a checked file are saved when reusing, or when `keep` (a pass run in parts, checks/lanes.ts).
 */
export function passFile(
  ctx: CheckContext,
  file: string,
  checks: readonly FileCheck[],
  rewrite: PassOptions['rewriteHtml'],
  reuse: ReuseOptions | undefined,
  before: Record<string, PublishedFile> | undefined,
  keep = false,
): PassedFile | undefined {
  const lower = file.toLowerCase();
  if (!lower.endsWith('.html')) rewrite = undefined;
  const readers = checks.filter((c) => c.wants(lower));
  if (!readers.length && !rewrite) return undefined;
  const full = join(ctx.dir, file);
  if (reuse) {
    const again = decideReuse(ctx, file, reuse, before);
    if (again) return { lower, readers, reused: again };
  }
  const input = reuse || rewrite ? statSync(full) : undefined;
  const bytes = readFileSync(full);
  const h = reuse ? (reuse.hashes?.get(file) ?? contentHash(bytes)) : '';
  let text = bytes.toString('utf8');
  if (rewrite) {
    text = rewrite(text, file);
    // A file with other names (a link to a published file, or to Astro's cache) is never written through.
    if (input!.nlink > 1) rmSync(full);
    writeFileSync(full, text);
  }
  let parsed: Tag[] | undefined;
  const f: BuiltFile = { file, lower, text, tags: () => (parsed ??= tags(text)) };
  for (const c of readers) c.visit(f);
  // A file kept as it is, which has other names (a page of Astro's cache linked in), gets an inode
  // of its own before it is recorded: what is published shares no file with the cache.
  if (!rewrite && input && input.nlink > 1) ownCopy(full);
  let kept: Record<string, string[]> | undefined;
  if (reuse || keep) {
    kept = {};
    for (const c of readers) if (c.memo) kept[c.memo.name] = c.memo.save(file);
    if (!Object.keys(kept).length) kept = undefined;
  }
  if (!reuse) return { lower, readers, kept };
  const st = statSync(full);
  return { lower, readers, kept, entry: { h, i: st.ino, s: st.size, m: st.mtimeMs, ...(kept ? { k: kept } : {}), ...inputIdentity(input!) } };
}

/**
 * Whether `file` of `ctx.dir` is one the published site has (see the file comment): if so, it is
 * made a link to the published file and its new entry returned (with what the checks kept of it);
 * else undefined. `before` is the published record when its context is this build's. A hash it
 * computes is left in `reuse.hashes`.
 */
export function decideReuse(ctx: CheckContext, file: string, reuse: ReuseOptions, before: Record<string, PublishedFile> | undefined): PublishedFile | undefined {
  const prev = before?.[file];
  if (!prev) return undefined;
  const full = join(ctx.dir, file);
  let st = statSync(full);
  // Already the published file (a step before linked it, e.g. a record's data file) when it is the
  // very inode dist/ holds under that name; else its bytes are compared (known without reading
  // them when it is the cache file they were hashed from last time, published-files.ts inputHash).
  const published = publishedCopy(reuse.site, file, prev);
  if (!published) return undefined;
  let input: { a?: [number, number, number] } = {};
  if (!sameFile(st, prev)) {
    let h = reuse.hashes?.get(file);
    if (h === undefined) (reuse.hashes ??= new Map()).set(file, (h = inputHash(full, st, prev)));
    if (h !== prev.h) return undefined;
    input = inputIdentity(st);
    st = reuseFile(published, full);
  }
  return { h: prev.h, i: st.ino, s: st.size, m: st.mtimeMs, ...(prev.k ? { k: prev.k } : {}), ...input };
}
