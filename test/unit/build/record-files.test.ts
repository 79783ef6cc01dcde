import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
const written = writeRecordFiles(site, out);
afterAll(() => {
  cleanUp(root);
  cleanUp(out);
});

describe('writeRecordFiles', () => {
  it('writes one data file per record and one proof file per sealed record', () => {
    expect(written).toBe(site.sources.size + site.versions.size);
    expect(readdirSync(join(out, 'ledger/proofs/publicities')).length).toBe(readdirSync(join(root, 'content/publicities')).length);
  });

  it('publishes each record as written, in the clerk’s key order, not the ledger’s sorted order', () => {
    for (const file of readdirSync(join(root, 'content/publicities'))) {
      const asWritten = parse(readFileSync(join(root, 'content/publicities', file), 'utf8')) as object;
      const published = readFileSync(join(out, 'data/publicities', file.replace(/\.yaml$/, '.json')), 'utf8');
      expect(published).toBe(`${JSON.stringify(asWritten, null, 2)}\n`);
    }
  });

  it('gives each sealed record its versions with an inclusion proof', () => {
    const key = [...site.versions.keys()][0]!;
    const proof = JSON.parse(readFileSync(join(out, `ledger/proofs/${key}.json`), 'utf8')) as { versions: unknown[] };
    expect(proof.versions.length).toBe(site.versions.get(key)!.length);
  });
});
