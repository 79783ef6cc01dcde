/**
 * The dataset as the Astro build sees it: the content collections, loaded once per build and
 * checked with the same code as `npm run validate`, so a bad record fails the build too.
 */
import { getCollection } from 'astro:content';
import { KINDS } from '../schemas/index.ts';
import { runRules } from '../rules/index.ts';
import { buildDataset, type Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { formatProblems } from '../domain/problem.ts';
import { referenceDate } from '../domain/dates.ts';
import { ledgerSite } from './astro-ledger.ts';

let cached: Promise<Dataset> | undefined;

/** The build's dataset, loaded and validated once. */
export function getDataset(): Promise<Dataset> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Dataset> {
  const entries: Entry[] = [];
  for (const kind of KINDS) {
    for (const e of await getCollection(kind)) {
      entries.push({ kind, id: e.id, file: relativeFile(e.filePath ?? `content/${kind}/${e.id}.yaml`), data: e.data } as Entry);
    }
  }
  const { dataset, problems } = buildDataset(entries, { today: referenceDate() });
  // E5 compares each correction with the sealed versions of the record it corrects, as validate does.
  if (dataset) dataset.sealed = ledgerSite().versions;
  const all = dataset && problems.length === 0 ? runRules(dataset) : problems;
  if (!dataset || all.length) throw new Error(`内容校验未通过,请先运行 npm run validate 查看详情:\n${formatProblems(all)}`);
  return dataset;
}

function relativeFile(path: string): string {
  const i = path.replaceAll('\\', '/').lastIndexOf('content/');
  return i >= 0 ? path.slice(i) : path;
}
