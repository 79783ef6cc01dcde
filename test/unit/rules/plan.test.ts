import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes } from '../../fixtures/build.ts';

describe('P1 annual plan', () => {
  it('passes a round in a plan of its year published before its first notice', () => {
    const ds = buildFixture();
    expect(findings(ds, 'P1')).toEqual([]);
    expect(outcomes(ds, 'P1').map((o) => o.status)).toEqual(['met']);
  });

  it('fails a round whose plan is of another year', () => {
    const ds = buildFixture((r) => (r['plans/plan-2026'].year = 2025));
    expect(findings(ds, 'P1')).toEqual([
      expect.objectContaining({ rule: 'P1', file: 'content/rounds/r1.yaml', path: 'plan', message: expect.stringContaining('是2025年的计划，本次工作为2026年') }),
    ]);
  });

  it('fails a plan published after the round’s first notice', () => {
    const ds = buildFixture((r) => (r['plans/plan-2026'].published = '2026-03-05'));
    expect(findings(ds, 'P1')).toEqual([
      expect.objectContaining({ path: 'plan', message: expect.stringContaining('发布于2026-03-05，晚于本次工作的第一份公告content/pre-announcements/yg.yaml（2026-03-02）') }),
    ]);
  });

  it('fails a position whose unit the plan does not list', () => {
    const ds = buildFixture((r) => (r['plans/plan-2026'].items[0].unit = 'swzzb'));
    expect(findings(ds, 'P1')).toEqual([
      expect.objectContaining({ path: 'positions[0].unit', message: expect.stringContaining('望川市交通运输局未列入年度计划') }),
    ]);
  });
});

describe('P2 recommendation pre-announcement', () => {
  it('passes a pre-announcement published before recommendation opens', () => {
    const ds = buildFixture();
    expect(findings(ds, 'P2')).toEqual([]);
    expect(outcomes(ds, 'P2')[0]!.evidence).toBe('推荐预告2026-03-02发布，推荐时间2026-03-09至2026-03-13；推荐1次');
  });

  it('fails a pre-announcement published on the day recommendation opens', () => {
    const ds = buildFixture((r) => (r['pre-announcements/yg'].published = '2026-03-09'));
    expect(findings(ds, 'P2')).toContainEqual(
      expect.objectContaining({ rule: 'P2', file: 'content/pre-announcements/yg.yaml', path: 'recommendation.from', message: expect.stringContaining('推荐开始日期应晚于预告发布日期') }),
    );
  });

  it('fails a recommendation held outside the announced period', () => {
    const ds = buildFixture((r) => (r['recommendations/tj'].date = '2026-03-20'));
    expect(findings(ds, 'P2')).toEqual([
      expect.objectContaining({ file: 'content/recommendations/tj.yaml', path: 'date', message: expect.stringContaining('推荐日期2026-03-20不在推荐预告公布的推荐时间（2026-03-09至2026-03-13）内') }),
    ]);
  });

  it('fails a round that recommends without any pre-announcement', () => {
    const ds = buildFixture((r) => delete r['pre-announcements/yg']);
    expect(findings(ds, 'P2')).toEqual([
      expect.objectContaining({ file: 'content/recommendations/tj.yaml', path: 'date', message: expect.stringContaining('本次工作r1没有推荐预告') }),
    ]);
  });
});
