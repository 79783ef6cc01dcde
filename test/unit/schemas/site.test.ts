import { describe, expect, it } from 'vitest';
import { SiteSchema } from '../../../src/schemas/site.ts';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('site schema', () => {
  it('fills the rule parameters with the catalog defaults', () => {
    expect(SiteSchema.parse(example('site')).rules).toMatchObject({
      differentialRatio: 2,
      publicityWorkingDays: 5,
      appealDays: 7,
      debtThreshold: 5000,
      deferralMonths: 3,
      recommendationValidityDays: 365,
      scoreTolerance: 0.01,
    });
  });
  it('refuses a publicity window shorter than the statutory five working days', () => {
    const s = example('site');
    s.rules = { publicityWorkingDays: 3 };
    expect(issues('site', s)).toContain('rules.publicityWorkingDays: 任前公示期不得少于5个工作日');
  });
  it('rejects a reporting e-mail that is not an address', () => {
    const s = example('site') as { channels: Record<string, unknown> };
    s.channels.email = 'jubao';
    expect(issues('site', s).join()).toContain('channels.email: 应为电子邮箱地址');
  });
  it('takes the in-person visits, confidentiality promise and guidance shown on /report/', () => {
    const s = example('site') as Record<string, unknown>;
    s.reporting = { visitAddress: '望川市明德路1号接待室', visitHours: '工作日9:00—12:00', confidentiality: '严格保密。', guidance: ['提倡实名反映。'] };
    expect(SiteSchema.parse(s).reporting).toEqual(s.reporting);
  });
  it('refuses reporting guidance without a single point, or with an unknown key', () => {
    const s = example('site') as Record<string, unknown>;
    s.reporting = { visitAddress: '接待室', confidentiality: '严格保密。', guidance: [], phone: '1' };
    const found = issues('site', s).join('\n');
    expect(found).toContain('reporting.guidance: 至少写一条反映须知');
    expect(found).toContain('phone');
  });
});
