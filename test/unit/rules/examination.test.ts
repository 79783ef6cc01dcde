import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes } from '../../fixtures/build.ts';

const KS = 'content/examinations/ks.yaml';

describe('X1 examiners and scores published', () => {
  it('passes an examination that names every examiner and lists every score', () => {
    const ds = buildFixture();
    expect(findings(ds, 'X1')).toEqual([]);
    expect(outcomes(ds, 'X1')[0]!.evidence).toContain('考官5名（方正、邹平、韩青、冯远、陈默），考生2人');
  });

  it('fails a competitive round that decides without a published examination', () => {
    const ds = buildFixture((r) => delete r['examinations/ks']);
    expect(findings(ds, 'X1')).toEqual([
      expect.objectContaining({ rule: 'X1', file: 'content/decisions/jd.yaml', path: 'items[0].person', message: expect.stringContaining('本次工作为竞争上岗，职位p1（副局长）没有公布考试成绩') }),
    ]);
  });

  it('fails two examiners with the same name', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].examiners[3].name = '方正'));
    expect(findings(ds, 'X1')).toEqual([expect.objectContaining({ file: KS, path: 'examiners[3].name', message: expect.stringContaining('考官“方正”与第1位考官同名') })]);
  });

  it('does not apply to an individual promotion without an examination', () => {
    const ds = buildFixture((r) => {
      r['rounds/r1'].method = 'individual';
      delete r['examinations/ks'];
    });
    expect(outcomes(ds, 'X1')).toEqual([expect.objectContaining({ status: 'not-applicable', evidence: '本次工作为个别提拔，不设考试' })]);
  });
});

describe('X2 scores recompute', () => {
  it('passes scores that recompute under the declared trimmed mean and 40/60 weights', () => {
    const ds = buildFixture();
    expect(findings(ds, 'X2')).toEqual([]);
    expect(outcomes(ds, 'X2')[0]!.evidence).toContain('林晓川：面试85.00（复算85.00），最终83.00（复算83.00）');
  });

  it('passes a final score within the 0.01 tolerance', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].candidates[0].final = 83.01));
    expect(findings(ds, 'X2')).toEqual([]);
  });

  it('fails an interview score that does not match the examiners’ scores', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].candidates[0].interview = 86));
    expect(findings(ds, 'X2')).toContainEqual(
      expect.objectContaining({
        rule: 'X2',
        file: KS,
        path: 'candidates[0].interview',
        message: expect.stringContaining('面试成绩公布为86.00，按声明的计分办法（去掉一个最高分和一个最低分后平均）由各考官评分80、85、90、95、70复算为85.00，相差超过0.01'),
      }),
    );
  });

  it('fails a final score that does not match the declared weights', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].candidates[0].final = 84));
    expect(findings(ds, 'X2')).toEqual([
      expect.objectContaining({ path: 'candidates[0].final', message: expect.stringContaining('最终成绩公布为84.00，按声明的计分办法（去掉一个最高分和一个最低分后平均，笔试40%+面试60%，保留2位小数）复算为83.00') }),
    ]);
  });
});

describe('X3 ranking', () => {
  it('passes ranks that follow the final scores', () => {
    const ds = buildFixture();
    expect(findings(ds, 'X3')).toEqual([]);
    expect(outcomes(ds, 'X3')[0]!.evidence).toBe('职位p1（副局长）名次：1. 林晓川 83.00；2. 周毅 78.00');
  });

  it('fails ranks in the wrong order', () => {
    const ds = buildFixture((r) => {
      r['examinations/ks'].candidates[0].rank = 2;
      r['examinations/ks'].candidates[1].rank = 1;
    });
    expect(findings(ds, 'X3')).toContainEqual(
      expect.objectContaining({ rule: 'X3', path: 'candidates[0].rank', message: expect.stringContaining('林晓川（lin-xc）最终成绩83.00，有0人高于其成绩，应为第1名，公布为第2名') }),
    );
  });

  it('fails different ranks for a tie without a declared tie-break', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].candidates[1].final = 83));
    expect(findings(ds, 'X3')).toEqual([expect.objectContaining({ path: 'candidates[1].rank', message: expect.stringContaining('同分者名次相同；如另有排序办法，请在tieBreak中说明') })]);
  });

  it('passes different ranks for a tie with a declared tie-break', () => {
    const ds = buildFixture((r) => {
      r['examinations/ks'].candidates[1].final = 83;
      r['examinations/ks'].tieBreak = '同分时面试成绩高者在前';
    });
    expect(findings(ds, 'X3')).toEqual([]);
  });
});

describe('X4 examiners declare no conflict', () => {
  it('passes examiners who all declared', () => {
    const ds = buildFixture();
    expect(findings(ds, 'X4')).toEqual([]);
    expect(outcomes(ds, 'X4')[0]!.evidence).toBe('考官5名，5名已声明无回避关系');
  });

  it('fails an examiner without a declaration', () => {
    const ds = buildFixture((r) => (r['examinations/ks'].examiners[2].noConflictDeclared = false));
    expect(findings(ds, 'X4')).toEqual([
      expect.objectContaining({ rule: 'X4', file: KS, path: 'examiners[2].noConflictDeclared', message: expect.stringContaining('考官韩青没有声明与考生无回避关系') }),
    ]);
  });
});
