/**
 * The published JSON Schemas: up to date with the zod schemas, valid for an independent validator
 * (ajv, draft 2020-12), documented, and satisfied by every JSON file the site publishes as open
 * data — records, compiled rounds and the catalog — while rejecting what the validator rejects.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { schemaText, publishedSchemas } from '../../../src/build/json-schema.ts';
import type { LedgerSite } from '../../../src/ledger/site.ts';
import { publishedLedgerSite } from '../../../src/pipeline/ledger-site.ts';
import { catalog, compiledRound } from '../../../src/view/open-data.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { KINDS } from '../../../src/schemas/common.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import { EXAMPLES } from '../../fixtures/examples.ts';
import { seal } from '../../fixtures/sealed.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'public/schemas');
const files = () => Object.keys(publishedSchemas());
const published = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(a);
  for (const f of files()) a.addSchema(published(f), f);
  return a;
}

describe('public/schemas/', () => {
  it('is what npm run schemas writes from the zod schemas today', () => {
    for (const [file, schema] of Object.entries(publishedSchemas())) expect(readFileSync(join(DIR, file), 'utf8'), file).toBe(schemaText(schema));
  });

  it('passes npm run schemas -- --check', () => {
    expect(execFileSync(process.execPath, [join(ROOT, 'scripts/schemas.ts'), '--check'], { encoding: 'utf8' })).toContain('都是最新的');
  });

  it('compiles in ajv in strict mode', () => {
    const a = ajv();
    for (const f of files()) expect(() => a.getSchema(f), f).not.toThrow();
  });

  it('describes fields for editors, including what a reference points at', () => {
    const pub = published('publicities.json') as { properties: Record<string, { title?: string; description?: string; items?: { properties: Record<string, { description?: string }> } }> };
    expect(pub.properties.window).toMatchObject({ title: '公示期', description: expect.stringContaining('公示的起止日期') });
    expect(pub.properties.candidates!.items!.properties.person!.description).toContain('content/people/');
    expect((published('calendar.json') as { properties: { notice: { title: string } } }).properties.notice.title).toBe('通知文号');
  });

  it('gives every field of every record kind a Chinese label (title) and a Chinese help text (description)', () => {
    const missing: string[] = [];
    const han = /[\u4e00-\u9fff]/;
    const walk = (js: Record<string, unknown>, path: string, needTitle: boolean) => {
      const props = (js.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, child] of Object.entries(props)) {
        const at = `${path}.${key}`;
        if (!han.test(String(child.description ?? ''))) missing.push(`${at} 缺中文说明`);
        if (needTitle && !han.test(String(child.title ?? ''))) missing.push(`${at} 缺中文标题`);
        walk(child, at, needTitle);
      }
      for (const k of ['items', 'additionalProperties']) if (js[k] && typeof js[k] === 'object') walk(js[k] as Record<string, unknown>, `${path}[]`, needTitle);
      for (const k of ['anyOf', 'allOf', 'oneOf']) for (const m of (js[k] ?? []) as Record<string, unknown>[]) walk(m, path, needTitle);
      for (const [k, d] of Object.entries((js.$defs ?? {}) as Record<string, Record<string, unknown>>)) walk(d, `${path}#${k}`, needTitle);
    };
    let count = 0;
    const counting = (js: Record<string, unknown>): void => {
      count += Object.keys((js.properties ?? {}) as object).length;
      for (const v of Object.values((js.properties ?? {}) as Record<string, Record<string, unknown>>)) counting(v);
      if (js.items && typeof js.items === 'object') counting(js.items as Record<string, unknown>);
      for (const m of (js.anyOf ?? []) as Record<string, unknown>[]) counting(m);
      for (const d of Object.values((js.$defs ?? {}) as Record<string, Record<string, unknown>>)) counting(d);
    };
    for (const file of files()) {
      const schema = published(file);
      expect(han.test(String(schema.title)), file).toBe(true);
      expect(han.test(String(schema.description)), file).toBe(true);
      // Record kinds are what a clerk (and the admin editor's forms) fill in; open-data files only need help text.
      walk(schema, file, KINDS.includes(file.replace(/\.json$/, '') as never));
      counting(schema);
    }
    expect(count).toBeGreaterThan(400);
    expect(missing).toEqual([]);
  });

  it('carries the same labels at run time, for forms built from the zod schemas', () => {
    const shape = (SCHEMAS.publicities as unknown as { shape: Record<string, { meta(): { title?: string } | undefined }> }).shape;
    expect(shape.window!.meta()?.title).toBe('公示期');
    expect(shape.round!.meta()?.title).toBe('选拔任用工作');
  });
});

describe('open data against the published schemas', () => {
  let root: string;
  let site: LedgerSite;
  let ds: Dataset;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'gongshi-schemas-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    seal(root, '2026-11-20');
    site = publishedLedgerSite(root);
    ds = validateContent(root, '2026-11-20').dataset!;
  }, 30_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts every record of the sample as published at /data/{kind}/{id}.json', () => {
    const a = ajv();
    expect(site.sources.size).toBeGreaterThan(100);
    for (const [key, r] of site.sources) {
      const check = a.getSchema(`${r.kind}.json`)!;
      const data = JSON.parse(JSON.stringify(r.data, null, 2));
      expect(check(data) ? [] : check.errors, key).toEqual([]);
    }
  });

  it('accepts the example of every kind', () => {
    const a = ajv();
    for (const kind of KINDS) {
      const check = a.getSchema(`${kind}.json`)!;
      expect(check(EXAMPLES[kind]) ? [] : check.errors, kind).toEqual([]);
    }
  });

  it('accepts every compiled round and the catalog', () => {
    const a = ajv();
    const check = a.getSchema('compiled-round.json')!;
    for (const id of ds.byKind.rounds.keys()) {
      const doc = JSON.parse(JSON.stringify(compiledRound(ds, site, id)));
      expect(check(doc) ? [] : check.errors, id).toEqual([]);
    }
    const cat = a.getSchema('catalog.json')!;
    expect(cat(JSON.parse(JSON.stringify(catalog(site)))) ? [] : cat.errors).toEqual([]);
  });

  it('rejects a compiled round whose release data does not fit its kind', () => {
    const a = ajv();
    const id = [...ds.byKind.rounds.keys()][0]!;
    const doc = JSON.parse(JSON.stringify(compiledRound(ds, site, id))) as { releases: { data: Record<string, unknown> }[] };
    doc.releases[0]!.data.homeAddress = '某路 1 号';
    expect(a.getSchema('compiled-round.json')!(doc)).toBe(false);
  });

  it('rejects an unknown field, a malformed date and a missing required field, as the validator does', () => {
    const a = ajv();
    const check = a.getSchema('publicities.json')!;
    expect(check({ ...EXAMPLES.publicities, idNumber: '1' })).toBe(false);
    expect(check({ ...EXAMPLES.publicities, published: '2026/06/02' })).toBe(false);
    const { window: _window, ...rest } = EXAMPLES.publicities as Record<string, unknown>;
    expect(check(rest)).toBe(false);
  });
});
