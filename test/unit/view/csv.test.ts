/** CSV for Excel and for RFC 4180 readers: BOM, CRLF, quoting only where needed. */
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/view/csv.ts';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('望川市交通运输局')).toBe('望川市交通运输局');
    expect(csvField(85.5)).toBe('85.5');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('甲,乙')).toBe('"甲,乙"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一行\n两行')).toBe('"一行\n两行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes a field with leading or trailing spaces so they survive', () => {
    expect(csvField(' x')).toBe('" x"');
  });

  it('writes absent values as empty fields', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const text = toCsv(['姓名', '得分'], [['林晓川', 85], ['王, 五', undefined]]);
    expect(text).toBe('\uFEFF姓名,得分\r\n林晓川,85\r\n"王, 五",\r\n');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
