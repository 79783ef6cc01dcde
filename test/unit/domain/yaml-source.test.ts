import { describe, expect, it } from 'vitest';
import { locate, readYaml } from '../../../src/domain/yaml-source.ts';

const read = (text: string | Uint8Array) => readYaml('content/units/x.yaml', typeof text === 'string' ? new TextEncoder().encode(text) : text);

describe('reading a YAML file', () => {
  it('parses a mapping and keeps dates as strings', () => {
    expect(read('name: 望川市交通运输局\nsince: 2026-03-01\n').source?.data).toEqual({ name: '望川市交通运输局', since: '2026-03-01' });
  });
  it('strips a byte-order mark', () => {
    expect(read('\uFEFFname: 甲\n').source?.data).toEqual({ name: '甲' });
  });
  it('reports a GBK file as not UTF-8', () => {
    const gbk = new Uint8Array([0x6e, 0x3a, 0x20, 0xcd, 0xfb, 0xb4, 0xa8]); // "n: 望川" in GBK
    expect(read(gbk).problems[0]!.message).toContain('不是UTF-8编码');
  });
  it('reports an empty file', () => {
    expect(read('# only a comment\n').problems[0]!.message).toContain('文件是空的');
  });
  it('reports a duplicate key with its line', () => {
    const p = read('name: 甲\ntype: 政府部门\nname: 乙\n').problems[0]!;
    expect(p.message).toContain('同一字段写了两次');
    expect(p.line).toBe(3);
  });
  it('reports a syntax error with line and column', () => {
    const p = read('name: 甲\nitems:\n  - x\n - y\n').problems[0]!;
    expect(p.message).toContain('YAML语法错误');
    expect([p.line, p.column]).toEqual([4, 1]);
  });
  it('reports a list where a record is expected', () => {
    expect(read('- a\n- b\n').problems[0]!.message).toContain('映射');
  });
  it('refuses a file over the size limit', () => {
    expect(read('name: ' + 'x'.repeat(1_100_000)).problems[0]!.message).toContain('文件过大');
  });
  it('locates a nested field by its path', () => {
    const { source } = read('name: 甲\nwindow:\n  from: 2026-01-01\n  to: 2026-01-09\n');
    expect(locate(source!, ['window', 'to'])).toEqual({ line: 4, column: 7 });
  });
  it('reports a duplicate key inside a list item with its line', () => {
    const p = read('name: 甲\nitems:\n  - person: a\n    person: b\n').problems[0]!;
    expect([p.message, p.line, p.column]).toEqual(['同一字段写了两次：请删除其中一个', 4, 5]);
  });
  it('reads a file the fast path leaves alone the same way', () => {
    const { source } = read('name: 甲\r\nnote: |\r\n  第一行\r\nitems: [a, {b: 1}]\r\n');
    expect(source?.data).toEqual({ name: '甲', note: '第一行\n', items: ['a', { b: 1 }] });
    expect(locate(source!, ['items', 1, 'b'])).toEqual({ line: 4, column: 16 });
  });
  it('locates a field of a plain record and of a list item in it', () => {
    const { source } = read('# 注释\nname: 甲\nitems:\n- person: a\n  count: 2  # 人\n');
    expect(locate(source!, ['items', 0, 'count'])).toEqual({ line: 5, column: 10 });
  });
  it('falls back to the nearest parent for a missing field', () => {
    const { source } = read('name: 甲\nwindow:\n  from: 2026-01-01\n');
    expect(locate(source!, ['window', 'to'])?.line).toBe(3);
  });
});
