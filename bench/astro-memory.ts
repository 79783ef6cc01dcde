/**
 * `node --expose-gc bench/astro-memory.ts DIR`: what the Astro child holds before it renders a
 * page, measured as heap after a full collection: the validated records (the dataset's entries and
 * indexes), the written copy of each record the ledger checks (sources), and the ledger (the log's
 * entries with each version's canonical data, the tree). Prints MB per part.
 */
import { validateContent } from '../src/pipeline/validate.ts';
import { buildDataset } from '../src/domain/dataset.ts';
import { loadLedgerSite } from '../src/ledger/site.ts';
import { referenceDate } from '../src/domain/dates.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
const dir = process.argv[2]!;
const today = referenceDate();

const start = heap();
const validated = validateContent(dir, today);
const entries = validated.entries;
const sources = validated.sources;
(validated as { dataset?: unknown }).dataset = undefined;
const afterRecords = heap();
const { dataset } = buildDataset(entries, { today });
const afterDataset = heap();
const site = loadLedgerSite(dir, sources);
const afterLedger = heap();
console.log(JSON.stringify({
  records: entries.length,
  recordsAndSources: mb(afterRecords - start),
  datasetIndexes: mb(afterDataset - afterRecords),
  ledger: mb(afterLedger - afterDataset),
  total: mb(afterLedger - start),
  logEntries: site.entries.length,
  kept: Boolean(dataset),
}));
