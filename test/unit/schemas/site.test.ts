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
    expect(issues('site', s)).toContain('rules.publicityWorkingDays: 任前公示期不得少于 5 个工作日');
  });
  it('rejects a reporting e-mail that is not an address', () => {
    const s = example('site') as { channels: Record<string, unknown> };
    s.channels.email = 'jubao';
    expect(issues('site', s).join()).toContain('channels.email: 应为电子邮箱地址');
  });
});
