/**
 * The log check on a worker thread says what it says on this thread, for a sound log and for
 * logs tampered with in the text the worker is handed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLog, siteWritten } from '../../../src/ledger/check.ts';
import { ledgerConfigOf } from '../../../src/ledger/config.ts';
import { loadContent } from '../../../src/domain/load.ts';
import { sourceRecords } from '../../../src/ledger/records.ts';
import { parseLedger, readLedgerFiles, type LedgerFiles } from '../../../src/ledger/store.ts';
import { checkLogLater } from '../../../src/pipeline/log-check.ts';
import { PROJECT } from '../../fixtures/tmp-jurisdiction.ts';

const site = siteWritten(sourceRecords(loadContent(join(PROJECT, 'content'), PROJECT)).records);
const files = readLedgerFiles(PROJECT);

function both(f: LedgerFiles) {
  const ledger = parseLedger(f);
  return { worker: checkLogLater(f, ledger, site, PROJECT, 0)(), here: checkLog(ledger, ledgerConfigOf(site), PROJECT) };
}

describe('checkLogLater', () => {
  it('finds the sample ledger sound on the worker as here', () => {
    expect(files.log?.split('\n').length).toBeGreaterThan(100);
    expect(both(files)).toEqual({ worker: [], here: [] });
  });

  it('reports a changed line and a truncated log as checkLog does here', () => {
    const lines = files.log!.split('\n');
    const changed = lines.map((l, i) => (i === 7 ? l.replace(/"data":\{/, '"data":{"extra":1,') : l)).join('\n');
    const tampered = both({ ...files, log: changed });
    expect(tampered.worker.length).toBeGreaterThan(0);
    expect(tampered.worker).toEqual(tampered.here);
    const truncated = both({ ...files, log: lines.slice(0, 50).join('\n') + '\n' });
    expect(truncated.worker.length).toBeGreaterThan(0);
    expect(truncated.worker).toEqual(truncated.here);
  });
});
