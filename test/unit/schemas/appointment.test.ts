import { describe, expect, it } from 'vitest';
import { example } from '../../fixtures/examples.ts';
import { issues } from '../../fixtures/parse.ts';

describe('appointment schema', () => {
  it('requires an effective date for an appointment made', () => {
    const a = example('appointments') as { results: Record<string, unknown>[] };
    delete a.results[0]!.effective;
    expect(issues('appointments', a)).toContain('results[0].effective: 已任职的须填写生效日期effective');
  });
  it('requires a reason and a limit for a deferral', () => {
    const a = example('appointments') as { results: Record<string, unknown>[] };
    a.results[0]!.status = 'deferred';
    const found = issues('appointments', a).join('\n');
    expect(found).toContain('results[0].reason: 暂缓或不再任用须说明理由');
    expect(found).toContain('results[0].deferredUntil: 暂缓任用须写明暂缓期限');
  });
});
