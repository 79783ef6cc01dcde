/**
 * The post-build step that builds the Pagefind search index over the finished site. Only pages that
 * mark their `<main>` with `data-pagefind-body` are indexed (notices, rounds, people, units); their
 * filters, meta and sort keys come from search-attributes.ts.
 *
 * Chinese: the `pagefind` npm package runs the *extended* binary (@pagefind/<platform>/bin/
 * pagefind_extended), which segments Chinese text into words at index time; the browser segments
 * the query with Intl.Segmenter. Both see the pages' `lang="zh-CN"`, so the whole site is one zh-cn
 * index. test/e2e/search.test.ts proves a three-character name is found.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** What indexing produced. */
export interface IndexReport {
  /** HTML files Pagefind read; those without `data-pagefind-body` are read and left out of the index. */
  pages: number;
  /** Fragment files written: one per indexed page until Pagefind starts bundling them (its maxFragments option). */
  fragments: number;
  /** Files and bytes written under pagefind/. */
  files: number;
  bytes: number;
}

/** Index the built site in `dir` and write the bundle to `dir/pagefind/`. Throws on any Pagefind error. */
export async function indexSite(dir: string): Promise<IndexReport> {
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind 无法创建索引:${errors.join(';')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind 索引网页出错:${added.errors.join(';')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错:${written.errors.join(';')}`);
    dropUnusedBundles(join(dir, 'pagefind'));
    const { files, bytes } = sizeOf(join(dir, 'pagefind'));
    return { pages: added.page_count, fragments: readdirSync(join(dir, 'pagefind', 'fragment')).length, files, bytes };
  } finally {
    // The Node API drives a child process; leaving it running would keep the build from exiting.
    await close();
  }
}

/**
 * Pagefind writes its ready-made search interfaces next to the index. The search page uses its own
 * small client over the JS API (search-client.ts), so those bundles (about 430 KB) would only be
 * dead weight on the statutory website.
 */
const UNUSED_BUNDLE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

function dropUnusedBundles(bundle: string): void {
  for (const name of readdirSync(bundle)) if (UNUSED_BUNDLE.test(name)) rmSync(join(bundle, name));
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}
