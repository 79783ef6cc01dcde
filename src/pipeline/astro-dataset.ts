/**
 * The dataset and the ledger as the Astro build's pages see them: rebuilt from the records
 * `npm run build` validated and handed over (src/pipeline/validated-snapshot.ts), or else from the
 * collections the project's loader filled (src/pipeline/astro-loader.ts has validated them),
 * without reading content/ again.
 */
import { getCollection } from 'astro:content';
import { root } from 'astro:config/server';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../schemas/index.ts';
import { buildDataset, type Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { formatProblems } from '../domain/problem.ts';
import { referenceDate } from '../domain/dates.ts';
import { validationMessages } from '../i18n/zh-cn-validation.ts';
import type { SourceRecord } from '../ledger/records.ts';
import { loadLedgerSite, type LedgerSite } from '../ledger/site.ts';
import type { StoredRecord } from './astro-loader.ts';
import { handedSnapshot } from './validated-snapshot.ts';
import { parentStep } from './parent-handoff.ts';

let cached: Promise<{ dataset: Dataset; ledger: LedgerSite }> | undefined;

/** The build's dataset, rebuilt once. */
export async function getDataset(): Promise<Dataset> {
  return (await (cached ??= load())).dataset;
}

/** The build's ledger with the written content, read once. */
export async function ledgerSite(): Promise<LedgerSite> {
  return (await (cached ??= load())).ledger;
}

async function load(): Promise<{ dataset: Dataset; ledger: LedgerSite }> {
  // GONGSHI_ROOT (scripts/build.ts --root) names another jurisdiction built with this code.
  const dataRoot = resolve(process.env.GONGSHI_ROOT ?? fileURLToPath(root));
  // npm run build writes the snapshot while this process starts (src/pipeline/parent-handoff.ts).
  await parentStep('snapshot');
  const { entries, sources } = handedSnapshot(dataRoot, referenceDate()) ?? (await fromCollections());
  const { dataset, problems } = buildDataset(entries, { today: referenceDate() });
  if (!dataset || problems.length) throw new Error(`${validationMessages.pipeline.datasetFailed}\n${formatProblems(problems)}`);
  const ledger = loadLedgerSite(dataRoot, sources);
  // E5 compares each correction with the sealed versions of the record it corrects, as validate does.
  dataset.sealed = ledger.versions;
  // Every keyed route's paths come through here, and Astro keeps or writes no page before it has
  // them all: so no page is written before the build has linked the cached ones in.
  await parentStep('linked');
  return { dataset, ledger };
}

/** The records and their written data from the collections, as the loader stored them. */
async function fromCollections(): Promise<{ entries: Entry[]; sources: SourceRecord[] }> {
  const entries: Entry[] = [];
  const sources: SourceRecord[] = [];
  for (const kind of KINDS) {
    for (const e of await getCollection(kind)) {
      const stored = e.data as StoredRecord;
      const file = relativeFile(e.filePath ?? `content/${kind}/${e.id}.yaml`);
      entries.push({ kind, id: e.id, file, data: stored.record } as Entry);
      sources.push({ key: `${kind}/${e.id}`, kind, id: e.id, file, data: stored.written });
    }
  }
  sources.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entries, sources };
}

function relativeFile(path: string): string {
  const i = path.replaceAll('\\', '/').lastIndexOf('content/');
  return i >= 0 ? path.slice(i) : path;
}
