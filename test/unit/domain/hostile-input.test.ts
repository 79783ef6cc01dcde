/**
 * Whatever a clerk (or a broken editor, or an attacker with write access to content/) puts in a
 * file, validation answers with problems that name the file and say what is wrong — never a crash.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/rules/index.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import type { Entry } from '../../../src/domain/entry.ts';
import { loadContent } from '../../../src/domain/load.ts';
import type { Problem } from '../../../src/domain/problem.ts';
import { issuesToProblems } from '../../../src/domain/schema-issues.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { MAX_FILE_BYTES, readYaml } from '../../../src/domain/yaml-source.ts';
import { KINDS, type Kind } from '../../../src/schemas/common.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import { example, exampleContent } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';
import { propertyOptions } from '../../fixtures/property.ts';

const TODAY = '2026-11-20';
const encode = (s: string) => new TextEncoder().encode(s);

/** Every problem names a file and carries a message; none leaks a stack trace. */
function expectUsable(problems: readonly Problem[], file?: string): void {
  for (const p of problems) {
    expect(typeof p.file).toBe('string');
    expect(p.file.length).toBeGreaterThan(0);
    if (file) expect(p.file).toBe(file);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/\n\s+at |\.ts:\d+/);
  }
}

// Characters that make YAML interesting: indicators, quotes, indentation, Chinese text, control codes.
const yamlChars = fc.constantFrom(...': -[]{}#&*!|>\'"%@`,?\n\t  abc123林川\u0000\u00a0\ufeff\u2028'.split(''));
const yamlText = fc.array(yamlChars, { maxLength: 200 }).map((a) => a.join(''));

describe('readYaml on arbitrary input', () => {
  it('never throws on arbitrary bytes, and either parses or names the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const r = readYaml('content/people/x.yaml', bytes);
        if (!r.source) expect(r.problems.length).toBeGreaterThan(0);
        expectUsable(r.problems, 'content/people/x.yaml');
      }),
      propertyOptions(500),
    );
  });

  it('never throws on arbitrary YAML-like text', () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const r = readYaml('content/units/x.yaml', encode(text));
        if (!r.source) expect(r.problems.length).toBeGreaterThan(0);
        expectUsable(r.problems, 'content/units/x.yaml');
      }),
      // Inputs that once crashed readYaml (an alias without its anchor, alias expansion), kept as regression cases.
      { ...propertyOptions(1000), examples: [['name: *x'], ['*a'], ['a: &x [*x, *x]\nb: *x'], ['- *'], ['!!binary'], ['a: .nan'], ['<<: *x']] },
    );
  });
});

/** A record of `kind` with one field replaced, or an arbitrary mapping. */
function hostileRecord(kind: Kind) {
  const base = example(kind);
  const keys = Object.keys(base);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys, 'homeAddress', '__proto__', 'constructor'), value: fc.jsonValue({ maxDepth: 4 }) }).map(({ key, value }) => {
      const copy = structuredClone(base);
      Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
    fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
    fc.jsonValue({ maxDepth: 5 }),
  );
}

describe('each schema on arbitrary values', () => {
  it.each(KINDS.map((k) => [k]))('%s: never throws, and every issue becomes a located problem naming the file', (kind) => {
    fc.assert(
      fc.property(hostileRecord(kind), (value) => {
        const file = `content/${kind}/x.yaml`;
        const { source, problems } = readYaml(file, encode(stringify(value) ?? ''));
        expectUsable(problems, file);
        if (!source) return;
        const parsed = SCHEMAS[kind].safeParse(source.data);
        if (parsed.success) return;
        const found = issuesToProblems(source, parsed.error);
        expect(found.length).toBeGreaterThan(0);
        expectUsable(found, file);
      }),
      propertyOptions(150),
    );
  });
});

// Values a mutated leaf can take: IDs that exist and some that do not, dates on both sides of every window, edge numbers.
const POOL = fc.oneof(
  fc.constantFrom('r1', 'p1', 'p2', 'lin-xc', 'li-ming', 'jtj', 'swzzb', 'swcwh', 'kc-1', 'jd-1', 'gs-1', 'plan-2026', 'nobody', 'publicities/gs-1', 'people/nobody', 'rounds/r1'),
  fc.constantFrom('2025-12-31', '2026-01-01', '2026-03-12', '2026-06-02', '2026-06-08', '2026-11-20', '2027-01-01', '1900-01-01', '2099-12-31'),
  fc.constantFrom(0, 1, 2, 3, 59, 60, 100, 1e9, -1, 0.5, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
);

/** Paths of every leaf (string, number, boolean) in `value`. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let cur = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path.at(-1)!] = value;
}

/** The example jurisdiction as raw records (file → kind, id, data). */
function exampleRecords(): { file: string; kind: Kind; id: string; data: unknown }[] {
  return Object.entries(exampleContent()).map(([path, data]) => {
    const kind = (path === 'site.yaml' ? 'site' : path.split('/')[0]) as Kind;
    const id = kind === 'site' ? 'site' : path.split('/')[1]!.replace(/\.yaml$/, '');
    return { file: `content/${path}`, kind, id, data };
  });
}

describe('dataset and rules on mutated but well-shaped records', () => {
  it('never throw, and every problem or finding names a file and says what is wrong', () => {
    const records = exampleRecords();
    const mutation = fc.record({ record: fc.nat(records.length - 1), leaf: fc.nat(), value: POOL });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 8 }), fc.subarray(records.map((r) => r.file), { minLength: records.length - 3 }), (mutations, kept) => {
        const data = records.map((r) => structuredClone(r.data));
        for (const m of mutations) {
          const paths = leaves(data[m.record]);
          if (paths.length) setAt(data[m.record], paths[m.leaf % paths.length]!, m.value);
        }
        const entries: Entry[] = [];
        records.forEach((r, i) => {
          if (!kept.includes(r.file)) return;
          const parsed = SCHEMAS[r.kind].safeParse(data[i]);
          if (parsed.success) entries.push({ kind: r.kind, id: r.id, file: r.file, data: parsed.data } as Entry);
        });
        const { dataset, problems } = buildDataset(entries, { today: TODAY });
        expectUsable(problems);
        if (dataset && problems.length === 0) expectUsable(runRules(dataset));
      }),
      propertyOptions(300),
    );
  });
});

describe('loading content/ with an arbitrary file dropped in', () => {
  it('never throws, and every problem names a file under content/', () => {
    const folders = ['', ...KINDS.filter((k) => k !== 'site').map((k) => `${k}/`), 'misc/'];
    fc.assert(
      fc.property(fc.constantFrom(...folders), fc.constantFrom('x.yaml', 'site.yaml', 'X Y.yaml', 'x.yml', 'x.txt', '.hidden'), fc.oneof(fc.uint8Array({ maxLength: 256 }), yamlText.map(encode)), (folder, name, bytes) => {
        const root = tmpContent({ 'site.yaml': example('site') });
        try {
          mkdirSync(join(root, 'content', folder), { recursive: true });
          writeFileSync(join(root, 'content', folder, name), bytes);
          const { problems } = validateContent(root, TODAY);
          expectUsable(problems);
          for (const p of problems) expect(p.file.startsWith('content/')).toBe(true);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      propertyOptions(60),
    );
  });
});

describe('hostile files, one by one', () => {
  /**
   * Validate the example jurisdiction with `file` (under content/) replaced by `body`; returns the
   * problems about that file (others may follow, e.g. references to a record that no longer loads).
   */
  function problemsWith(file: string, body: string | Uint8Array | object, named = `content/${file}`): Problem[] {
    const root = tmpContent(exampleContent({ [file]: body }));
    try {
      const { problems } = validateContent(root, TODAY);
      expectUsable(problems);
      const own = problems.filter((p) => p.file === named);
      expect(own.length, `no problem names ${named}`).toBeGreaterThan(0);
      return own;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const messages = (ps: Problem[]) => ps.map((p) => p.message).join('\n');

  it('invalid YAML: names the file, the line, and says it is a syntax error', () => {
    const [p] = problemsWith('people/lin-xc.yaml', 'name: 林晓川\ngender: [男\n');
    expect(p!.message).toContain('YAML语法错误');
    expect(p!.line).toBeGreaterThan(0);
  });

  it('wrong types: names the field', () => {
    const ps = problemsWith('rounds/r1.yaml', { ...example('rounds'), year: '二〇二六', positions: '副局长' });
    expect(ps.map((p) => p.path).sort()).toEqual(['positions', 'year']);
  });

  it('duplicate keys: says the field is written twice', () => {
    expect(messages(problemsWith('units/jtj.yaml', 'name: 望川市交通运输局\ntype: 政府部门\nname: 别的局\n'))).toContain('写了两次');
  });

  it('a BOM before valid YAML is accepted', () => {
    const root = tmpContent(exampleContent({ 'units/jtj.yaml': '\ufeff' + stringify({ ...example('units'), parent: 'swzzb' }) }));
    try {
      // Only problems about this file count: the example jurisdiction is a shape fixture, not a rule-perfect one.
      expect(validateContent(root, TODAY).problems.filter((p) => p.file === 'content/units/jtj.yaml')).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a BOM before broken YAML still points at the right line', () => {
    const [p] = problemsWith('units/jtj.yaml', '\ufeffname: 望川市交通运输局\nname: 别的局\n');
    expect(p!.line).toBe(2);
  });

  it('GBK bytes: says the file is not UTF-8', () => {
    // "name: 林晓川" with the name in GBK.
    const gbk = Uint8Array.from([...encode('name: '), 0xc1, 0xd6, 0xcf, 0xfe, 0xb4, 0xa8, 0x0a]);
    expect(messages(problemsWith('people/lin-xc.yaml', gbk))).toContain('UTF-8');
  });

  it('a 2 MB string: the file is refused as too large', () => {
    expect(messages(problemsWith('people/lin-xc.yaml', `name: ${'林'.repeat(700_000)}\n`))).toContain('文件过大');
  });

  it('a string just under the file limit: the field is refused as too long', () => {
    const ps = problemsWith('rounds/r1.yaml', stringify({ ...example('rounds'), title: 'x'.repeat(MAX_FILE_BYTES - 2000) }));
    expect(ps.map((p) => p.path)).toEqual(['title']);
  });

  it('10,000-deep nesting: says the nesting is too deep', () => {
    const ps = problemsWith('people/lin-xc.yaml', `name: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(messages(ps)).toContain('嵌套');
    expect(messages(ps)).not.toContain('call stack');
  });

  it('nesting a few hundred levels deep in block style: says the nesting is too deep', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n') + ' 1\n';
    expect(messages(problemsWith('people/lin-xc.yaml', deep))).toContain('嵌套');
  });

  it('a record in the wrong kind folder: the schema names the file and the fields', () => {
    const ps = problemsWith('units/jtj.yaml', example('people'));
    expect(ps.some((p) => p.message.includes('不认识的字段'))).toBe(true);
  });

  it('a record straight under content/: says where it belongs', () => {
    expect(messages(problemsWith('lin-xc.yaml', example('people')))).toContain('放错了位置');
  });

  it('a record in an unknown folder: lists the folders there are', () => {
    expect(messages(problemsWith('persons/lin-xc.yaml', example('people'), 'content/persons'))).toContain('不认识的文件夹');
  });

  it('an empty file: says it is empty', () => {
    expect(messages(problemsWith('people/lin-xc.yaml', ''))).toContain('文件是空的');
  });

  it('a file of only comments: says it is empty', () => {
    expect(messages(problemsWith('people/lin-xc.yaml', '# 待填写\n# 林晓川\n'))).toContain('文件是空的');
  });
});
