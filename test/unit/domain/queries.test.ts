import { describe, expect, it } from 'vitest';
import { roleAt, rosterOn } from '../../../src/domain/queries.ts';
import { APPEARANCE_ROLES } from '../../../src/i18n/zh-cn-roles.ts';
import { KIND_LABELS } from '../../../src/i18n/zh-cn-schema-labels.ts';
import type { Body } from '../../../src/schemas/body.ts';

const body = (members: Body['members']): Body => ({ name: '中共望川市委常委会', type: 'standing-committee', unit: 'swzzb', members }) as Body;

describe('the roster of a body on a day', () => {
  it('lists the members whose term covers the day, ends included', () => {
    const b = body([
      { person: 'li-ming', role: '书记', from: '2021-09-01' },
      { person: 'wang-hua', role: '常委', from: '2021-09-01', to: '2026-05-30' },
      { person: 'zhao-yi', role: '常委', from: '2026-05-31' },
    ]);
    expect(rosterOn(b, '2026-05-30')).toEqual(['li-ming', 'wang-hua']);
    expect(rosterOn(b, '2026-05-31')).toEqual(['li-ming', 'zhao-yi']);
    expect(rosterOn(b, '2020-01-01')).toEqual([]);
  });

  it('counts a person once on the day one term ends and the next begins', () => {
    const b = body([
      { person: 'li-ming', role: '副书记', from: '2021-09-01', to: '2026-05-30' },
      { person: 'li-ming', role: '书记', from: '2026-05-30' },
    ]);
    expect(rosterOn(b, '2026-05-30')).toEqual(['li-ming']);
  });
});

describe('the role of a person named in a record', () => {
  it('reads a role keyed by three field names: a person found at the pre-review is 会审发现问题, not the kind', () => {
    expect(roleAt('inspection-notices', ['preReview', 'findings', 0, 'person'])).toBe(APPEARANCE_ROLES.byField['preReview.findings.person']);
    expect(roleAt('inspection-notices', ['preReview', 'findings', 0, 'person'])).not.toBe(KIND_LABELS['inspection-notices']);
  });

  it('still reads two-part and one-part keys, the kind’s person role, and the kind', () => {
    expect(roleAt('inspection-notices', ['inspectees', 0, 'person'])).toBe(APPEARANCE_ROLES.byField['inspectees.person']);
    expect(roleAt('decisions', ['items', 0, 'present', 2])).toBe(APPEARANCE_ROLES.byField['present']);
    expect(roleAt('examinations', ['candidates', 0, 'person'])).toBe(APPEARANCE_ROLES.personByKind['examinations']);
    expect(roleAt('rounds', ['positions', 0, 'unit'])).toBe(KIND_LABELS['rounds']);
  });
});
