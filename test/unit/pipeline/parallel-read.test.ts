/**
 * Reading content/ with a worker thread gives what reading it on one thread gives: the same
 * entries, problems, failed files and sources in the same order, hostile files included; and a
 * worker that cannot start, throws or stays silent costs time, never an answer.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { propertyOptions } from '../../fixtures/property.ts';
import { loadContent, type Loaded } from '../../../src/domain/load.ts';
import { parallelRead } from '../../../src/pipeline/parallel-read.ts';
import { answerLater } from '../../../src/pipeline/sync-worker.ts';
import { locate } from '../../../src/domain/yaml-source.ts';
import { PROJECT, tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The sample content with a file of every kind of trouble among the good ones. */
function hostileJurisdiction(): string {
  const root = tmpJurisdiction();
  roots.push(root);
  const put = (file: string, text: string | Uint8Array) => writeFileSync(join(root, 'content', file), text);
  put('people/zz-broken.yaml', 'name: [未闭合\n');
  put('people/zz-anchor.yaml', 'name: &a 某某\nalias: *a\n');
  put('people/zz-shape.yaml', 'name: 12\nunknown_field: 是\n');
  put('people/zz-empty.yaml', '# 只有注释\n');
  put('people/zz-latin1.yaml', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
  put('people/Bad_Name.yaml', 'name: 某某\n');
  put('people/zz-old.yml', 'name: 某某\n');
  mkdirSync(join(root, 'content/people/zz-folder.yaml'));
  symlinkSync('/etc/passwd', join(root, 'content/people/zz-link.yaml'));
  put('stray.txt', '不是记录\n');
  return root;
}

/** What a Loaded holds, in order, with each source's data, text-derived document and a located field. */
function comparable(l: Loaded) {
  return {
    entries: l.entries,
    problems: l.problems,
    failed: [...l.failed],
    sources: [...l.sources].map(([file, s]) => [file, s.file, s.data, s.doc.toString(), locate(s, ['name'])]),
  };
}

describe('parallelRead', () => {
  const root = hostileJurisdiction();
  const alone = loadContent(join(root, 'content'), root);

  it('reads hostile content exactly as one thread does, whatever the chunk size', () => {
    expect(alone.problems.length).toBeGreaterThanOrEqual(9);
    expect(alone.entries.length).toBeGreaterThan(50);
    for (const chunk of [1, 3, 64]) {
      expect(comparable(loadContent(join(root, 'content'), root, parallelRead({ from: 0, chunk })))).toEqual(comparable(alone));
      expect(comparable(loadContent(join(root, 'content'), root, parallelRead({ from: 0, chunk, workerOnly: true })))).toEqual(comparable(alone));
    }
  });
});

describe('parallelRead on drawn content', () => {
  it('reads any mix of good, broken and hostile files as one thread does, whatever the chunk size and the share of the worker', () => {
    const person = readFileSync(join(PROJECT, 'content/people/bai-xiaoqing.yaml'), 'utf8');
    const file = fc.oneof(
      fc.constant(person),
      fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v) ?? ''),
      fc.dictionary(fc.constantFrom('name', 'gender', 'born', 'homeAddress', '<<', '&a', '*a'), fc.jsonValue({ maxDepth: 2 })).map((d) => stringify(d)),
      fc.string().map((t) => `name: ${t}\n`),
      fc.uint8Array({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (files, chunk, workerOnly) => {
        const root = mkdtempSync(join(tmpdir(), 'gongshi-parallel-'));
        try {
          mkdirSync(join(root, 'content/people'), { recursive: true });
          files.forEach((text, i) => writeFileSync(join(root, 'content/people', `p-${i}.yaml`), text));
          const alone = loadContent(join(root, 'content'), root);
          expect(comparable(loadContent(join(root, 'content'), root, parallelRead({ from: 0, chunk, workerOnly })))).toEqual(comparable(alone));
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      propertyOptions(8),
    );
  });
});

describe('answerLater', () => {
  const worker = (name: string) => new URL(`./workers/${name}.ts`, import.meta.url);

  it('takes the answer the worker computes', () => {
    expect(answerLater(worker('doubles'), 21, () => -1, 20_000)()).toBe(42);
  });

  it('computes on this thread when the worker script is missing, throws, or does not answer in time', () => {
    expect(answerLater(worker('missing'), 21, () => 'here', 20_000)()).toBe('here');
    expect(answerLater(worker('throws'), 21, () => 'here', 20_000)()).toBe('here');
    const started = performance.now();
    expect(answerLater(worker('silent'), 21, () => 'here', 300)()).toBe('here');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('answers once, however often it is asked', () => {
    let calls = 0;
    const later = answerLater(worker('missing'), 0, () => ++calls, 1000);
    expect([later(), later()]).toEqual([1, 1]);
  });
});
