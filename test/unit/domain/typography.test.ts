/** The house rules of Chinese typography, through zhlint: what is corrected and what is left alone. */
import { describe, expect, it } from 'vitest';
import { checkTypography } from '../../../src/domain/typography.ts';

const fixed = (s: string) => checkTypography(s).fixed;

describe('Chinese typography', () => {
  it('turns ASCII commas, colons, semicolons and brackets between Chinese into full-width ones', () => {
    expect(fixed('经审核,符合条件;公示期(5个工作日):见下')).toBe('经审核，符合条件；公示期（5个工作日）：见下');
  });

  it('leaves no space between Chinese and digits or Latin letters, as official documents do', () => {
    expect(fixed('公示时间为 2026 年 9 月 28 日,拨打 12380 举报电话')).toBe('公示时间为2026年9月28日，拨打12380举报电话');
  });

  it('corrects a comma after a half-width sign that zhlint leaves alone', () => {
    expect(fixed('笔试成绩占40%,面试成绩占60%;面试')).toBe('笔试成绩占40%，面试成绩占60%；面试');
  });

  it('keeps paths, file names, addresses, ratios and times as written', () => {
    expect(fixed('下载 /data/{类别}/{编号}.json 或 ledger/checkpoint.json')).toBe('下载/data/{类别}/{编号}.json或ledger/checkpoint.json');
    expect(fixed('按1:2比例,工作日8:30—12:00')).toBe('按1:2比例，工作日8:30—12:00');
    expect(fixed('网址https://www.12380.gov.cn')).toBe('网址https://www.12380.gov.cn');
  });

  it('keeps the YAML a clerk is told to type half-width, and still corrects a Chinese label with a half-width colon', () => {
    expect(fixed('请改为暂缓任用(status: deferred),未收到反映的写 received: 0')).toBe('请改为暂缓任用（status: deferred），未收到反映的写received: 0');
    expect(fixed('例如 - level: 班子成员 / count: 8')).toBe('例如 - level: 班子成员 / count: 8');
    expect(fixed('不要用 .nan 或 .inf')).toBe('不要用.nan或.inf');
    expect(fixed('公示期: 5个工作日')).toBe('公示期：5个工作日');
  });

  it('judges only text with Chinese in it', () => {
    expect(checkTypography('a, b (c): d')).toEqual({ fixed: 'a, b (c): d', issues: [] });
  });

  it('names what is wrong in Chinese', () => {
    const { issues } = checkTypography('公开2026 年(第 3 页)');
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining(['中文与数字、英文之间不留空格', expect.stringContaining('标点应使用全角')]));
  });

  it('reports nothing for text already set by the rules', () => {
    expect(checkTypography('经市委常委会研究，拟提名林晓川同志为市交通运输局副局长人选（2026年9月28日）。').issues).toEqual([]);
  });
});
