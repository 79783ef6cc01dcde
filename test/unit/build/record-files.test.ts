import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeRecordFiles } from '../../../src/build/record-files.ts';
import { publishedLedgerSite } from '../../../src/pipeline/ledger-site.ts';
import { cleanUp, sealedExample } from '../../fixtures/sealed.ts';

const root = sealedExample();
const out = mkdtempSync(join(tmpdir(), 'gongshi-publish-'));
const site = publishedLedgerSite(root);
const written = writeRecordFiles(site, out).files;
afterAll(() => {
  cleanUp(root);
  cleanUp(out);
});

describe('writeRecordFiles', () => {
  it('writes one data file per record and no per-record proof file', () => {
    expect(written).toBe(site.sources.size);
    expect(existsSync(join(out, 'ledger/proofs'))).toBe(false);
  });

  it('publishes each record as written, in the clerk’s key order, not the ledger’s sorted order', () => {
    for (const file of readdirSync(join(root, 'content/publicities'))) {
      const asWritten = parse(readFileSync(join(root, 'content/publicities', file), 'utf8')) as object;
      const published = readFileSync(join(out, 'data/publicities', file.replace(/\.yaml$/, '.json')), 'utf8');
      expect(published).toBe(`${JSON.stringify(asWritten, null, 2)}\n`);
    }
  });

  it('publishes the checkpoint, its archive and the tiles byte for byte as sealed', () => {
    for (const path of ['ledger/checkpoint', `ledger/checkpoints/${site.checkpoint!.size}`, `ledger/tile/0/000.p/${site.checkpoint!.size}`, `ledger/tile/entries/000.p/${site.checkpoint!.size}`])
      expect(readFileSync(join(out, path))).toEqual(readFileSync(join(root, path)));
  });
});
