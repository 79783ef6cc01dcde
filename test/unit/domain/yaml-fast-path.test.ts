/**
 * The fast path (js-yaml, CORE schema) answers only where `yaml` — the parser that places every
 * message — would give the same data: checked on every example record and on generated documents,
 * many of them invalid or using constructs plain data forbids, on purpose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, stringify } from 'yaml';
import { readFast, readYaml } from '../../../src/domain/yaml-source.ts';
import { exampleContent } from '../../fixtures/examples.ts';
import { propertyOptions } from '../../fixtures/property.ts';

/** What `yaml` makes of `text` when it reads cleanly as a mapping, else undefined. */
function full(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

// Scalars as a clerk might write them, including many the fast path must refuse or read exactly as `yaml` does.
const SCALARS = [
  '1', '-1', '+2', '0o17', '0x1F', '0b11', '1.5', '1.', '.5', '1e3', '-.inf', '.NaN', '.nan', '~', 'null', 'NULL', 'True', 'false', 'yes',
  'on', '2025-03-17', '2025-03-17T08:00:00Z', '12:30', '1:20:30', '中文 文本', '望川市\u3000', 'a #b', 'a#b', 'x]', 'x,y', 'a [b]', '[]',
  '{}', '[1, 2]', '[a,b]', '[a, [b]]', '{a: 1}', '"q"', '"a\\"b"', '"\\u4e2d\\x41"', '"\\q"', "'s''t'", "''", '""', 'a: b', 'a:b',
  'http://x.example/a?b=c&d=e', '-a', '-5', '-0', '007', '08', '1_000', '0.1e+3', '&a x', '*a', '!x', '!!str 1', '<<', 'A&B', '研究 & 开发',
  '|', '>', '%x', '@x', '`x', '...', '---', '=HYPERLINK("x")', 'round：2026',
];
const KEYS = ['a', 'b', 'name', 'p1', 'x_y', 'k-2', 'true', 'null', '1', 'constructor', 'toString', '__proto__', '<<', '"q"'];

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ scalar: fc.constantFrom(...SCALARS) }),
    fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
  ),
})).tree;

/** Block YAML for `t`, indented by `step`; scalars are written verbatim, so some documents are invalid. */
function write(t: Tree, indent: number, step: number, lead?: string): string[] {
  const pad = ' '.repeat(indent);
  if ('scalar' in t) return [`${lead ?? pad}${t.scalar}`];
  if ('map' in t)
    return t.map.flatMap(([k, v], i) => {
      const first = i === 0 && lead !== undefined ? lead : pad;
      return 'scalar' in v ? [`${first}${k}: ${v.scalar}`] : [`${first}${k}:`, ...write(v, indent + step, step)];
    });
  return t.seq.flatMap((v, i) => [...(i === 0 && lead !== undefined ? [lead.trimEnd()] : []), ...write(v, indent + 2, step, `${pad}- `)]);
}

const documents = fc.tuple(tree, fc.constantFrom(1, 2, 4)).map(([t, step]) => write({ map: 'map' in t ? t.map : [['root', t]] }, 0, step).join('\n') + '\n');

describe('the fast YAML path', () => {
  it('reads every example record exactly as `yaml` does', () => {
    for (const [file, record] of Object.entries(exampleContent())) {
      const text = `# yaml-language-server: $schema=x.json\n${typeof record === 'string' ? record : stringify(record)}`;
      const fast = readFast(text);
      expect(fast, file).toBeDefined();
      expect(fast, file).toEqual(full(text));
    }
  });

  it('agrees with `yaml` on every generated document it accepts', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const fast = readFast(text);
        if (fast !== undefined) expect(fast).toEqual(full(text));
      }),
      propertyOptions(3000),
    );
  });

  it('agrees with `yaml` on generated plain data, whichever path reads it', () => {
    const plain = fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 });
    fc.assert(
      fc.property(plain, (data) => {
        const text = stringify(data);
        const r = readYaml('content/units/x.yaml', new TextEncoder().encode(text));
        if (r.source) expect(r.source.data).toEqual(full(text));
      }),
      propertyOptions(300),
    );
  });

  it('accepts most plain documents, so the slow path stays the exception', () => {
    let clean = 0;
    let fast = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (full(text) === undefined || /[&*!%<]|\.nan|\.inf/i.test(text)) return;
        clean++;
        if (readFast(text) !== undefined) fast++;
      }),
      propertyOptions(1000),
    );
    expect(fast).toBeGreaterThan(clean * 0.9);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', '<<: {a: 1}\n'],
    ['.nan', 'a: .nan\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a list at the top', '- a\n- b\n'],
    ['nesting deeper than the limit', `a: ${'['.repeat(70)}${']'.repeat(70)}\n`],
  ])('leaves %s to `yaml`', (_, text) => {
    expect(readFast(text)).toBeUndefined();
  });
});
