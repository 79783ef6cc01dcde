/** Steps that run over the freshly built site before it replaces dist/ (record files, search index, CSP, checks). */
import { formatIssues, runChecks } from '../src/build/checks/index.ts';
import { cspWriter } from '../src/build/csp.ts';
import { writeRecordFiles } from '../src/build/record-files.ts';
import type { SourceRecord } from '../src/ledger/records.ts';
import { loadLedgerSite } from '../src/ledger/site.ts';
import { indexSite } from '../src/build/search-index.ts';
import { writeSitemapExtras } from '../src/build/sitemap-lastmod.ts';
import type { Dataset } from '../src/domain/dataset.ts';
import { pageDates } from '../src/view/sitemap.ts';
import { writeT2sTable } from '../src/build/t2s-table.ts';
import { referenceDate } from '../src/domain/dates.ts';
import { validateContent } from '../src/pipeline/validate.ts';
import { searchBundles } from '../src/view/search-bundles.ts';

/** Run every post-build step over the site in `dir`, with `sources` (the published records as written) and the dataset from validation. */
export async function postBuildSteps(dir: string, root: string, sources: readonly SourceRecord[], dataset?: Dataset): Promise<void> {
  // The sitemap's dates come from the records; the build hands over the dataset it validated.
  if (dataset) console.log(`✓ 站点地图：${writeSitemapExtras(dir, dataset.site.url, pageDates(dataset))}个页面写明最后更新日期，robots.txt已写入`);
  const files = writeRecordFiles(loadLedgerSite(root, sources), dir);
  console.log(`✓ 记录文件：写入 ${files} 个（/data/），并复制检查点与日志瓦片到 /ledger/`);
  const search = await indexSite(dir, dataset ? searchBundles(dataset) : searchBundlesOf(root));
  console.log(`✓ 搜索索引：${search.bundles.length} 个分卷（${search.bundles.map((b) => `${b.id}：${b.pages} 页`).join('，')}），写入 ${search.files} 个文件，${(search.bytes / 1024).toFixed(0)} KB`);
  console.log(`✓ 繁简对照表：${(writeT2sTable(dir) / 1024).toFixed(1)} KB`);
  // Steps that write into the site go above this line. Then one pass over the site writes each
  // page's CSP (which hashes the final HTML) and runs every check on exactly what will be
  // published. Any issue throws, so dist/ is not replaced.
  const csp = cspWriter();
  const issues = runChecks(dir, root, undefined, { rewriteHtml: csp.rewrite });
  if (issues.length) throw new Error(`网站检查未通过(${issues.length} 个问题):\n${formatIssues(issues)}`);
}

/** The search bundles of the jurisdiction in `root`, as the search page (built from the same content) lists them. */
export function searchBundlesOf(root: string) {
  const { dataset } = validateContent(root, referenceDate());
  if (!dataset) throw new Error('无法读取内容以划分搜索分卷');
  return searchBundles(dataset);
}
