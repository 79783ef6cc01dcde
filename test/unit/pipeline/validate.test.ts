/**
 * The pipeline function every command calls: one broken file does not hide the rest, records dated
 * after the reference date are held back and listed, and deleting a sealed ledger is refused.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { PROJECT, tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
const sample = () => {
  const root = tmpJurisdiction();
  roots.push(root);
  return root;
};
const edit = (root: string, file: string, fn: (text: string) => string) => writeFileSync(join(root, file), fn(readFileSync(join(root, file), 'utf8')));

describe('validateContent', () => {
  it('still checks every other file and rule when one record is unreadable, and does not call it missing', () => {
    const root = sample();
    writeFileSync(join(root, 'content/people/yao-zhenbang.yaml'), 'name: [姚振邦\n');
    edit(root, 'content/publicities/2026-czj-jzsg-gs.yaml', (t) => t.replace('  to: 2026-07-27', '  to: 2026-07-22'));
    const { problems } = validateContent(root, '2026-11-20');
    expect(problems.map((p) => [p.file, p.rule])).toEqual([
      ['content/people/yao-zhenbang.yaml', undefined],
      ['content/publicities/2026-czj-jzsg-gs.yaml', 'G2'],
    ]);
  });

  it('holds back a record published after the reference date, lists it as scheduled, and publishes it on the day', () => {
    const root = sample(); // no ledger: nothing in it is sealed yet
    const key = 'appointments/2026-hbj-fjz-bzrr';
    const before = validateContent(root, '2026-11-25');
    expect(before.problems).toEqual([]);
    expect(before.scheduled).toEqual([{ key, file: `content/${key}.yaml`, published: '2026-11-26' }]);
    expect(before.dataset!.byKind.appointments.has('2026-hbj-fjz-bzrr')).toBe(false);
    expect(before.entries.some((e) => `${e.kind}/${e.id}` === key)).toBe(false);
    expect(before.sources.some((r) => r.key === key)).toBe(false);
    const onTheDay = validateContent(root, '2026-11-26');
    expect(onTheDay.scheduled).toEqual([]);
    expect(onTheDay.dataset!.byKind.appointments.has('2026-hbj-fjz-bzrr')).toBe(true);
    expect(onTheDay.sources.some((r) => r.key === key)).toBe(true);
  });

  it('does not hold back a record already sealed into the public ledger, whatever its date', () => {
    // The sample ledger sealed 2026-hbj-fjz-bzrr (published 2026-11-26); its content is public there already.
    const { problems, scheduled } = validateContent(PROJECT, '2026-11-20');
    expect(problems).toEqual([]);
    expect(scheduled).toEqual([]);
  });

  it('refuses a published record that points at a scheduled one', () => {
    const root = sample();
    edit(root, 'content/decisions/2026-hbj-fjz-jd.yaml', (t) => t.replace(/^published: .*$/m, 'published: 2026-12-30'));
    const { problems, scheduled } = validateContent(root, '2026-11-20');
    expect(scheduled.map((s) => s.key)).toContain('decisions/2026-hbj-fjz-jd');
    expect(problems.some((p) => p.message.includes('decisions/2026-hbj-fjz-jd定于2026-12-30才发布'))).toBe(true);
  });

  it('refuses a project whose committed ledger was deleted', () => {
    const root = sample();
    execFileSync('cp', ['-r', join(PROJECT, 'ledger'), join(root, 'ledger')]);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'ledger');
    git('commit', '-qm', 'ledger');
    expect(validateContent(root, '2026-11-20').problems).toEqual([]);
    rmSync(join(root, 'ledger'), { recursive: true });
    const { problems } = validateContent(root, '2026-11-20');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'E1', file: 'ledger/log.jsonl', message: expect.stringMatching(/找不到封存台账.*版本库记录显示台账曾于\d{4}-\d{2}-\d{2}提交.*恢复ledger\//) }));
  });

  it('refuses a deleted ledger the previous build published', () => {
    const root = sample();
    execFileSync('mkdir', ['-p', join(root, 'dist/ledger')]);
    writeFileSync(join(root, 'dist/ledger/checkpoint'), 'x\n');
    expect(validateContent(root, '2026-11-20').problems.map((p) => p.message).join('\n')).toContain('上一次构建的网站（dist/ledger/checkpoint）已公布了台账');
  });

  it('accepts a project that never sealed', () => {
    expect(validateContent(sample(), '2026-11-26').problems).toEqual([]);
  });
});
