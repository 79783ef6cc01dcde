import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorData, formData, recordText } from '../../../src/admin/record-text.ts';
import { changesBetween, correctionId, correctionRecord } from '../../../src/admin/correction-draft.ts';
import { ID_FIELD } from '../../../src/admin/editor-config.ts';

const ROOT = join(import.meta.dirname, '../../..');
const sample = (file: string) => readFileSync(join(ROOT, 'content', file), 'utf8');

describe('what the editor writes', () => {
  it('gives back a sample record byte for byte after a round trip through the form data', () => {
    for (const file of ['publicities/2026-wjw-fzr-gs.yaml', 'decisions/2026-jtj-fjz-jd.yaml', 'rounds/2026-jtj-fjz.yaml']) {
      const kind = file.split('/')[0] as 'publicities';
      const form = formData(editorData(sample(file), 'x'));
      expect(form[ID_FIELD]).toBe('x');
      expect(recordText(kind, form), file).toBe(sample(file));
    }
  });

  it('puts the modeline first and the keys in the schema order, whatever order the form sends', () => {
    const text = recordText('publicities', { candidates: [{ proposedPost: '拟任副局长', person: 'a', position: 'p1' }], window: { to: '2026-01-09', from: '2026-01-05' }, decision: 'd', round: 'r', published: '2026-01-05', title: '标题', [ID_FIELD]: 'id' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/publicities.json');
    expect(text).not.toContain(ID_FIELD);
    expect(Object.keys(parse(text))).toEqual(['title', 'published', 'round', 'decision', 'window', 'candidates']);
    expect(Object.keys(parse(text).window)).toEqual(['from', 'to']);
    expect(Object.keys(parse(text).candidates[0])).toEqual(['person', 'position', 'proposedPost']);
  });

  it('drops the blanks the form leaves in optional fields, keeps a required one blank for the validator to name', () => {
    const data = parse(recordText('publicities', { title: '', summary: '', issuer: null, exceptions: [], candidates: [{ person: 'a', exceptional: { circumstances: '', reasons: '' }, healthCheck: '' }] }));
    expect(data).toEqual({ title: '', candidates: [{ person: 'a' }] });
  });

  it('keeps a key the schema does not know, for the validator to refuse', () => {
    expect(parse(recordText('units', { name: '甲', idNumber: '1' }))).toEqual({ name: '甲', idNumber: '1' });
  });
});

describe('发布更正', () => {
  it('lists each changed text by the label its page shows, quoting the sealed and the new text', () => {
    const sealed = { title: '甲', window: { from: '2026-01-05', to: '2026-01-09' }, candidates: [{ proposedPost: '拟任副局长' }] };
    const edited = { title: '甲', window: { from: '2026-01-05', to: '2026-01-12' }, candidates: [{ proposedPost: '拟任局长' }] };
    expect(changesBetween('publicities', sealed, edited)).toEqual([
      { field: '公示结束日期', from: '2026-01-09', to: '2026-01-12' },
      { field: '拟任职务', from: '拟任副局长', to: '拟任局长' },
    ]);
    expect(changesBetween('publicities', sealed, sealed)).toEqual([]);
  });

  it('writes a correction of the record with the next free ID', () => {
    expect(correctionRecord('publicities/a', '关于甲的公示', '2026-11-20', '理由', [])).toEqual({ title: '关于《关于甲的公示》的更正', published: '2026-11-20', corrects: 'publicities/a', reason: '理由', changes: [] });
    expect(correctionId('a', (c) => c === 'a-gz' || c === 'a-gz2')).toBe('a-gz3');
  });
});
