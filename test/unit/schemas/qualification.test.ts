import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('qualification schema', () => {
  it('rejects an expiry before the issue date', () => {
    expect(issues('qualifications', { ...example('qualifications'), expires: '2024-01-01' })).toContain('expires: 失效日期不能早于取得日期');
  });
  it('names the two kinds of qualification', () => {
    expect(issues('qualifications', { ...example('qualifications'), type: 'voter' }).join()).toContain('decision-maker（用人资格）');
  });
});
