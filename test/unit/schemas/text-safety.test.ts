/**
 * Hostile corpus, text: every text field of every kind refuses control characters and invisible
 * format characters (bidi overrides, zero-width spaces …) with their position and the fix, keeps
 * line breaks only in long prose fields, and stores text in Unicode NFC.
 */
import { describe, expect, it } from 'vitest';
import { REFUSED_ANY, findForbiddenChar, refusedKind } from '../../../src/schemas/text-safety.ts';
import { text } from '../../../src/schemas/common.ts';
import { parsedOf, problemsOf } from '../../fixtures/problems-of.ts';

const FIX = '不能公开发布：请删除这个字符；看不出在哪里时，可把这段文字删掉后重新输入（常见于从网页、Word或聊天软件复制粘贴）';
const FILE = 'content/people/lin-xc.yaml';
/** A person file whose name (line 1) is `name`, written as a double-quoted YAML string so escapes work. */
const person = (name: string) => `name: "${name}"\ngender: 男\n`;

describe('control and format characters in a name', () => {
  it.each([
    ['NUL', '\\0', 'U+0000', '空字符NUL'],
    ['ESC', '\\e', 'U+001B', '转义符ESC'],
    ['BEL', '\\a', 'U+0007', '控制字符'],
    ['backspace', '\\b', 'U+0008', '控制字符'],
    ['vertical tab', '\\v', 'U+000B', '控制字符'],
    ['form feed', '\\f', 'U+000C', '控制字符'],
    ['carriage return', '\\r', 'U+000D', '回车符CR'],
    ['U+001F', '\\x1f', 'U+001F', '控制字符'],
    ['DEL', '\\x7f', 'U+007F', '删除符DEL'],
    ['NEL', '\\x85', 'U+0085', '下一行符NEL'],
    ['another C1 control', '\\x9b', 'U+009B', 'C1控制字符'],
    ['a soft hyphen', '\\u00ad', 'U+00AD', '软连字符'],
    ['a zero-width space', '\\u200b', 'U+200B', '零宽空格'],
    ['a zero-width non-joiner', '\\u200c', 'U+200C', '零宽不连字'],
    ['a zero-width joiner', '\\u200d', 'U+200D', '零宽连字'],
    ['a left-to-right mark', '\\u200e', 'U+200E', '从左到右标记'],
    ['a right-to-left mark', '\\u200f', 'U+200F', '从右到左标记'],
    ['an Arabic letter mark', '\\u061c', 'U+061C', '阿拉伯字母标记'],
    ['a line separator', '\\u2028', 'U+2028', '行分隔符'],
    ['a paragraph separator', '\\u2029', 'U+2029', '段分隔符'],
    ['LRE', '\\u202a', 'U+202A', '从左到右嵌入符'],
    ['RLE', '\\u202b', 'U+202B', '从右到左嵌入符'],
    ['PDF', '\\u202c', 'U+202C', '方向格式结束符'],
    ['LRO', '\\u202d', 'U+202D', '从左到右覆盖符'],
    ['RLO', '\\u202e', 'U+202E', '从右到左覆盖符'],
    ['a word joiner', '\\u2060', 'U+2060', '字连接符'],
    ['an invisible times', '\\u2062', 'U+2062', '不可见运算符'],
    ['LRI', '\\u2066', 'U+2066', '从左到右隔离符'],
    ['RLI', '\\u2067', 'U+2067', '从右到左隔离符'],
    ['FSI', '\\u2068', 'U+2068', '首字强隔离符'],
    ['PDI', '\\u2069', 'U+2069', '方向隔离结束符'],
    ['a deprecated format character', '\\u206a', 'U+206A', '已废弃的格式字符'],
    ['a BOM inside the text', '\\ufeff', 'U+FEFF', '零宽不换行空格'],
    ['an interlinear annotation', '\\ufff9', 'U+FFF9', '行间注释字符'],
    ['a tag character', '\\U000E0041', 'U+E0041', '标签字符'],
    ['a noncharacter U+FFFE', '\\ufffe', 'U+FFFE', '非字符'],
    ['a noncharacter U+FFFF', '\\uffff', 'U+FFFF', '非字符'],
    ['a noncharacter U+FDD0', '\\ufdd0', 'U+FDD0', '非字符'],
    ['a lone high surrogate', '\\ud800', 'U+D800', '残缺的代理项字符'],
    ['a lone low surrogate', '\\udfff', 'U+DFFF', '残缺的代理项字符'],
  ])('refuses %s with its position, code, name and the fix', (_label, escape, code, name) => {
    expect(problemsOf('people', FILE, person(`林${escape}晓川`))).toEqual([
      { file: FILE, path: 'name', line: 1, column: 7, message: `第2个字符是看不见的${name}（${code}），${FIX}` },
    ]);
  });

  it('refuses a raw control character written straight into the file', () => {
    expect(problemsOf('people', FILE, 'name: 林\u001b晓川\n')[0]).toMatchObject({ path: 'name', line: 1, message: expect.stringContaining('转义符ESC（U+001B）') });
  });

  it('counts the position in characters, so a character outside the BMP counts once', () => {
    expect(problemsOf('people', FILE, person('𠀀𠀁\\u200b'))[0]!.message).toMatch(/^第3个字符是看不见的零宽空格/);
  });

  it('reports a zero-width character at the start even though spaces would be trimmed', () => {
    expect(problemsOf('people', FILE, person('\\ufeff林晓川'))[0]!.message).toMatch(/^第1个字符是看不见的零宽不换行空格（U\+FEFF）/);
  });

  it('reports only the first refused character, once, without a second “empty” error', () => {
    expect(problemsOf('people', FILE, person('\\u200b\\u200b'))).toHaveLength(1);
  });
});

describe('control characters in other fields of other kinds', () => {
  it.each([
    ['a unit name', 'units', 'content/units/jtj.yaml', 'name: "望川市\\u202e交通局"\ntype: 政府部门\n', 'name', 1, '第4个字符是看不见的从右到左覆盖符（U+202E）'],
    ['a proposed post', 'publicities', 'content/publicities/gs-1.yaml', 'title: 任前公示\npublished: 2026-06-02\nround: r1\ndecision: jd-1\nwindow: { from: 2026-06-02, to: 2026-06-08 }\ncandidates:\n  - person: lin-xc\n    position: p1\n    proposedPost: "拟任\\0副局长"\n', 'candidates[0].proposedPost', 9, '第3个字符是看不见的空字符NUL（U+0000）'],
    ['a summary, on its second line', 'plans', 'content/plans/plan-2026.yaml', 'title: 计划\npublished: 2026-01-10\nsummary: "第一行\\n第二\\u200d行"\nyear: 2026\nitems:\n  - { unit: jtj, post: 副局长, count: 1 }\n', 'summary', 3, '第2行第3个字符是看不见的零宽连字（U+200D）'],
    ['an exception reason', 'plans', 'content/plans/plan-2026.yaml', 'title: 计划\npublished: 2026-01-10\nyear: 2026\nitems:\n  - { unit: jtj, post: 副局长, count: 1 }\nexceptions:\n  - rule: I3\n    reason: "理由\\x1b"\n', 'exceptions[0].reason', 8, '第3个字符是看不见的转义符ESC（U+001B）'],
    ['a calendar holiday name', 'calendar', 'content/calendar/2026.yaml', 'year: 2026\nnotice: 国办发明电〔2025〕7号\npublished: 2025-11-04\nholidays:\n  - { name: "元\\u2066旦", from: 2026-01-01, to: 2026-01-03 }\nworkdays: []\n', 'holidays[0].name', 5, '第2个字符是看不见的从左到右隔离符（U+2066）'],
  ])('refuses %s, naming file, line and field', (_label, kind, file, yaml, path, line, start) => {
    const problems = problemsOf(kind as never, file, yaml);
    expect(problems).toEqual([expect.objectContaining({ file, path, line })]);
    expect(problems[0]!.message).toBe(`${start}，${FIX}`);
  });
});

describe('line breaks and tabs', () => {
  it.each([
    ['a line break in a name', person('林\\n晓川'), '第2个字符是换行：这个字段只能写一行，请删除换行（需要分段的内容请写进摘要等长文字段）'],
    ['a tab in a name', person('林\\t晓川'), '第2个字符是制表符Tab：这个字段只能写一行，请删除制表符Tab（需要分段的内容请写进摘要等长文字段）'],
  ])('refuses %s', (_label, yaml, message) => {
    expect(problemsOf('people', FILE, yaml)).toEqual([{ file: FILE, path: 'name', line: 1, column: 7, message }]);
  });

  it('accepts line breaks and tabs in long prose', () => {
    expect(parsedOf('people', 'name: 林晓川\nachievements: |\n  第一段。\n  \t第二段。\n')).toMatchObject({ achievements: '第一段。\n\t第二段。' });
  });

  it('accepts a folded multi-line name, which YAML joins into one line', () => {
    expect(parsedOf('people', 'name: >-\n  林\n  晓川\n')).toMatchObject({ name: '林 晓川' });
  });
});

describe('Unicode normalisation', () => {
  it('stores a decomposed accent as one composed character (NFC)', () => {
    const data = parsedOf('people', 'name: "Jose\\u0301"\n') as { name: string };
    expect(data.name).toBe('José');
    expect(data.name.length).toBe(4);
  });

  it('stores a CJK compatibility ideograph as its unified form, as NFC prescribes', () => {
    expect((parsedOf('people', 'name: "\\uF900"\n') as { name: string }).name).toBe('\u8C48');
  });

  it('keeps full-width letters and digits as written (NFC, not NFKC)', () => {
    expect((parsedOf('people', 'name: 林Ａ１\n') as { name: string }).name).toBe('林Ａ１');
  });

  it('trims ordinary and ideographic spaces at both ends', () => {
    expect((parsedOf('people', 'name: "\\u3000林晓川 "\n') as { name: string }).name).toBe('林晓川');
  });

  it('measures the length limit after normalising', () => {
    expect(text(4).safeParse('e\u0301e\u0301e\u0301e\u0301').success).toBe(true);
  });
});

describe('what is allowed', () => {
  it.each([
    ['Chinese', '林晓川'],
    ['a rare character outside the BMP', '𠀀'],
    ['an ideographic variation selector', '葛\u{E0100}'],
    ['a middle dot in a minority name', '阿依古丽·买买提'],
    ['an emoji', '😀'],
    ['private-use characters for rare surnames', '\uE000'],
    ['a no-break space inside', '林\u00A0晓川'],
  ])('accepts %s', (_label, s) => {
    expect(findForbiddenChar(s, false)).toBeUndefined();
  });

  it('the quick test refuses exactly the characters the walk names, over all of Unicode', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const walk = cp === 0x09 || cp === 0x0a ? false : refusedKind(cp, true) !== undefined;
      if (walk !== REFUSED_ANY.test(String.fromCodePoint(cp))) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
