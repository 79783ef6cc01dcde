/**
 * One dictionary of field names: a field's name (diffs, old versions, corrections) and its label on
 * its page (what a correction may name, E5) come from src/i18n/zh-cn-fields.ts, and the page's own
 * wording is used only where the page names a nested field as one thing.
 */
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldLabels, keyName } from '../../../src/i18n/zh-cn-fields.ts';
import { ui } from '../../../src/i18n/zh-cn.ts';

describe('field names and page labels', () => {
  it('labels a field the page shows by the field’s name, which is the page’s own word', () => {
    expect(fieldLabel('appointments', ['results', 0, 'reason'])).toBe(keyName('appointments', 'reason'));
    expect(keyName('appointments', 'reason')).toBe(ui.facts.appointment.reason);
    expect(fieldLabel('publicities', ['candidates', 1, 'proposedPost'])).toBe(ui.facts.publicity.proposedPost);
    expect(fieldLabel('inspection-reports', ['achievements'])).toBe(ui.facts.inspectionReport.achievements);
  });

  it('uses the page’s wording where it names a nested field as one thing, and the key’s name elsewhere', () => {
    expect(fieldLabel('inspection-notices', ['preReview', 'date'])).toBe(ui.facts.inspectionNotice.preReviewDate);
    expect(keyName('inspection-notices', 'date')).toBe('日期');
    expect(fieldLabel('publicities', ['window', 'to'])).toBe('公示结束日期');
    // A round's page heads its title 标题; a diff names the key 名称.
    expect(fieldLabel('rounds', ['title'])).toBe('标题');
    expect(keyName('rounds', 'title')).toBe('名称');
  });

  it('names the common fields of every notice, and nothing the page does not label', () => {
    expect(fieldLabel('decisions', ['published'])).toBe(ui.notice.published);
    expect(fieldLabel('appointments', ['results', 0, 'person'])).toBeUndefined();
    expect(fieldLabel('appointments', ['summary', 0])).toBeUndefined();
  });

  it('lists the labels a correction may name, the common ones first, once each', () => {
    expect(fieldLabels('appointments')).toEqual(['标题', '发布日期', '发布单位', '说明', '所属选拔任用工作', '职务', '生效日期', '任免文号', '理由', '暂缓至']);
    expect(fieldLabels('rounds')).toEqual(['标题', '发布日期', '发布单位', '说明', '所属选拔任用工作', '推荐范围', '职位', '选任标准', '任职条件']);
  });
});
