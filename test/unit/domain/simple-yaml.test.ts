import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, stringify } from 'yaml';
import { parseSimpleYaml, resolvePlain } from '../../../src/domain/simple-yaml.ts';
import { exampleContent } from '../../fixtures/examples.ts';

/** What the full parser makes of `text` as readYaml uses it, or undefined when it reports an error, no mapping, or cannot resolve it. */
function full(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined; // an alias without its anchor
  }
}

// Scalars as written, including many the fast path must refuse or read exactly as the core schema does.
const SCALARS = [
  '1', '-1', '+2', '0o17', '0x1F', '1.5', '1.', '.5', '1e3', '-.inf', '.NaN', '~', 'null', 'NULL', 'True', 'false', 'yes', 'on',
  '2025-03-17', '1982-08', '12:30', '中文 文本', '望川市\u3000', 'a #b', 'a#b', 'x]', 'x}', 'x,y', 'a [b]', '[]', '[ ]', '{}', '{ }',
  '[1, 2]', '[ 88.6, 90.2 ]', '[a,b]', '[ . ]', '[-a]', '[a,]', '[a, [b]]', '"q"', '"a\\"b"', '"\\u4e2d\\x41"', '"\\ud800"', '"\\q"',
  '"a #b"', "'s''t'", "'a' #c", '"a" x', "''", '""', 'a: b', 'a:', 'a:b', 'http://x.example/a?b=c', '-a', '-5', '-.5', '-', '? x',
  ':x', '!x', '&a x', '*a', '|', '>', '%x', '@x', '`x', '#c', '', '...', '---', 'a   #  c', '"', "'", '[', '0', '007', '-0', '1_000',
];
const KEYS = ['a', 'b', 'name', 'p1', 'x_y', 'k-2', 'true', 'null', 'constructor', 'toString', '__proto__'];

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ scalar: fc.constantFrom(...SCALARS) }),
    fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
  ),
})).tree;

/** How a document is laid out: indentation step, spaces after a dash, lists level with their key, a trailing comment. */
interface Style {
  step: number;
  dash: string;
  compact: boolean;
  comment: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({ step: fc.constantFrom(1, 2, 4), dash: fc.constantFrom(' ', '  '), compact: fc.boolean(), comment: fc.boolean() });

/** Block YAML for `t` at `indent`, in `s`'s style; scalars are written verbatim, so some documents are invalid on purpose. */
function write(t: Tree, indent: number, s: Style, lead?: string): string[] {
  const pad = ' '.repeat(indent);
  if ('scalar' in t) return [`${lead ?? pad}${t.scalar}`];
  if ('map' in t)
    return t.map.flatMap(([k, v], i) => {
      const first = i === 0 && lead !== undefined ? lead : pad;
      if ('scalar' in v) return [`${first}${k}: ${v.scalar}${s.comment && i === 0 ? '  # 备注' : ''}`];
      const inner = 'seq' in v && s.compact ? indent : indent + s.step;
      return [`${first}${k}:`, ...write(v, inner, s)];
    });
  return t.seq.flatMap((v, i) => {
    const first = i === 0 && lead !== undefined ? [lead.trimEnd()] : [];
    return [...(i === 0 ? first : []), ...write(v, indent + 1 + s.dash.length, s, `${pad}-${s.dash}`)];
  });
}

describe('reading plain records without the full parser', () => {
  it('reads every example record, written as YAML, exactly as the full parser does', () => {
    for (const [file, record] of Object.entries(exampleContent())) {
      const text = `# yaml-language-server: $schema=x.json\n${typeof record === 'string' ? record : stringify(record)}`;
      const fast = parseSimpleYaml(text);
      expect(fast, file).toBeDefined();
      expect(fast, file).toEqual(full(text));
    }
  });

  it('reads nested mappings, lists of mappings and compact lists', () => {
    const text = '# 注释\ntitle: 推荐\nitems:\n- person: lin-xc\n  scores: [ 88.6, 90.2 ]\n  notes:\n    - 甲\n    -   乙\n  empty: []\nflag: true\ncount: 3 # 人\n';
    expect(parseSimpleYaml(text)).toEqual({ title: '推荐', items: [{ person: 'lin-xc', scores: [88.6, 90.2], notes: ['甲', '乙'], empty: [] }], flag: true, count: 3 });
  });

  it('reads scalars by the core schema: dates stay strings, numbers and booleans do not', () => {
    expect(parseSimpleYaml('a: 2026-03-01\nb: 0x1F\nc: "12380"\nd: ~\ne: yes\nf: 1e3\n')).toEqual({ a: '2026-03-01', b: 31, c: '12380', d: null, e: 'yes', f: 1000 });
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a tab', 'a:\n\t- 1\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a flow mapping', 'a: { b: 1 }\n'],
    ['a document marker', '---\na: 1\n'],
    ['a key that reads as null', 'null: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a colon and space inside a value', 'a: b: c\n'],
    ['nesting deeper than the fast path takes', Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it('agrees with the full parser on every document it accepts', () => {
    fc.assert(
      fc.property(tree, style, fc.constantFrom('', '\n', '\n\n'), (t, s, end) => {
        const text = write({ map: 'map' in t ? t.map : [['root', t]] }, 0, s).join('\n') + end;
        const fast = parseSimpleYaml(text);
        if (fast !== undefined) expect(fast).toEqual(full(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts most documents the full parser reads cleanly', () => {
    let clean = 0;
    let accepted = 0;
    fc.assert(
      fc.property(tree, style, (t, s) => {
        const text = write({ map: 'map' in t ? t.map : [['root', t]] }, 0, s).join('\n') + '\n';
        if (full(text) === undefined) return;
        clean++;
        if (parseSimpleYaml(text) !== undefined) accepted++;
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(clean / 4);
  });

  it('resolves a plain scalar as the core schema does', () => {
    expect([resolvePlain(''), resolvePlain('Null'), resolvePlain('FALSE'), resolvePlain('0o17'), resolvePlain('-0'), resolvePlain('.inf'), resolvePlain('1.'), resolvePlain('林')]).toEqual([
      null,
      null,
      false,
      15,
      -0,
      Infinity,
      1,
      '林',
    ]);
  });
});
