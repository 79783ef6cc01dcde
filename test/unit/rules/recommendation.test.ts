import { describe, expect, it } from 'vitest';
import { buildFixture, findings, outcomes } from '../../fixtures/build.ts';

describe('R1 signed recommendations', () => {
  it('passes recommendations each signed with name, unit and post', () => {
    const ds = buildFixture();
    expect(findings(ds, 'R1')).toEqual([]);
    expect(outcomes(ds, 'R1')[0]!.status).toBe('met');
  });

  it('fails a candidate nobody signed for', () => {
    const ds = buildFixture((r) => (r['recommendations/tj'].candidates[1].recommenders = []));
    expect(findings(ds, 'R1')).toEqual([
      expect.objectContaining({
        rule: 'R1',
        file: 'content/recommendations/tj.yaml',
        path: 'candidates[1].recommenders',
        message: expect.stringContaining('被推荐人周毅（zhou-y）有0名署名推荐人，会议推荐至少需要1名'),
      }),
    ]);
  });

  it('fails a joint recommendation with a single signature', () => {
    const ds = buildFixture((r) => {
      r['recommendations/tj'].method = 'joint';
      r['recommendations/tj'].candidates[1].recommenders = r['recommendations/tj'].candidates[1].recommenders.slice(0, 1);
    });
    expect(findings(ds, 'R1')).toContainEqual(expect.objectContaining({ path: 'candidates[1].recommenders', message: expect.stringContaining('联名推荐至少需要2名') }));
  });

  it('fails a recommender entry that publishes a phone number', () => {
    const ds = buildFixture((r) => (r['recommendations/tj'].candidates[0].recommenders[0].post = '局长13812345678'));
    expect(findings(ds, 'R1')).toEqual([
      expect.objectContaining({ path: 'candidates[0].recommenders[0].post', message: expect.stringContaining('联系电话由组织部门留存，不得公开') }),
    ]);
  });
});

describe('R2 inspectees come from recommendations', () => {
  it('passes inspectees who were recommended for the position', () => {
    expect(findings(buildFixture(), 'R2')).toEqual([]);
  });

  it('fails an inspectee without a recommendation record', () => {
    const ds = buildFixture((r) => {
      r['people/qian-x'] = { name: '钱晓' };
      r['inspection-notices/kc'].inspectees.push({ person: 'qian-x', position: 'p1' });
    });
    expect(findings(ds, 'R2')).toEqual([
      expect.objectContaining({
        rule: 'R2',
        file: 'content/inspection-notices/kc.yaml',
        path: 'inspectees[2].person',
        message: expect.stringContaining('考察对象钱晓（qian-x）在本次工作中没有推荐记录'),
      }),
    ]);
  });
});

describe('R3 差额 meeting recommendation', () => {
  it('passes a meeting recommendation with more candidates than vacancies', () => {
    const ds = buildFixture();
    expect(findings(ds, 'R3')).toEqual([]);
    expect(outcomes(ds, 'R3')[0]!.evidence).toContain('1个职数，被推荐3人');
  });

  it('fails a meeting recommendation with as many candidates as vacancies', () => {
    const ds = buildFixture((r) => (r['recommendations/tj'].candidates = r['recommendations/tj'].candidates.slice(0, 1)));
    expect(findings(ds, 'R3')).toEqual([
      expect.objectContaining({ rule: 'R3', path: 'candidates', message: expect.stringContaining('会议推荐列出1名被推荐人，没有多于职位p1（副局长）的职数1') }),
    ]);
  });

  it('does not apply to signed recommendations', () => {
    const ds = buildFixture((r) => {
      r['recommendations/tj'].method = 'signed';
      delete r['recommendations/tj'].meeting;
    });
    expect(outcomes(ds, 'R3').map((o) => o.status)).toEqual(['not-applicable']);
  });
});

describe('R4 recommendation validity', () => {
  it('passes an inspection within the validity of the recommendation', () => {
    const ds = buildFixture();
    expect(findings(ds, 'R4')).toEqual([]);
    expect(outcomes(ds, 'R4')[0]!.evidence).toBe('林晓川：推荐2026-03-10，考察开始2026-04-27，相隔48天（有效期365天）');
  });

  it('fails an inspection after a tightened validity', () => {
    const ds = buildFixture((r) => (r['site/site'].rules = { recommendationValidityDays: 30 }));
    expect(findings(ds, 'R4')).toContainEqual(
      expect.objectContaining({ rule: 'R4', path: 'period.from', message: expect.stringContaining('已48天，超过推荐有效期30天（截至2026-04-09）') }),
    );
  });

  it('fails an inspection that starts before the recommendation', () => {
    const ds = buildFixture((r) => (r['inspection-notices/kc'].period = { from: '2026-03-05', to: '2026-03-06' }));
    expect(findings(ds, 'R4')).toContainEqual(expect.objectContaining({ path: 'period.from', message: expect.stringContaining('早于林晓川（lin-xc）的推荐日期2026-03-10') }));
  });
});
