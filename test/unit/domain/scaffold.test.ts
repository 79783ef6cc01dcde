import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../src/domain/load.ts';
import { publicityWindow, scaffold } from '../../../src/domain/scaffold.ts';
import { createWorkingCalendar } from '../../../src/domain/working-days.ts';
import { KINDS } from '../../../src/schemas/common.ts';
import { PROJECT, tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

const calendar = createWorkingCalendar(loadContent(join(PROJECT, 'content'), PROJECT).entries.flatMap((e) => (e.kind === 'calendar' ? [e.data] : [])));

describe('scaffolding a new record', () => {
  it.each(KINDS.filter((k) => k !== 'site'))('writes parseable YAML naming every required field of %s', (kind) => {
    const text = scaffold(kind, '2026-11-20');
    expect(text.startsWith(`# yaml-language-server: $schema=../../public/schemas/${kind}.json`)).toBe(true);
    expect(() => parse(text)).not.toThrow();
  });

  it.each(KINDS.filter((k) => k !== 'site'))('explains every field of %s, required or optional, in Chinese just above it', (kind) => {
    const lines = scaffold(kind, '2026-11-20').split('\n');
    const fields = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(?:- |# )?[A-Za-z]+:(?: |$)/.test(l) && !l.includes('yaml-language-server'));
    expect(fields.length).toBeGreaterThan(1);
    for (const [line, i] of fields) {
      // The comment right above a field (for an optional one, the line above its commented-out key) explains it.
      const above = lines[i - 1]!;
      expect(above.trimStart().startsWith('# '), `${kind}: ${line}`).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(above), `${kind}: ${line}`).toBe(true);
      expect(above, `${kind}: ${line}`).not.toMatch(/[A-Z][a-z]+ [a-z]+ [a-z]+/);
    }
  });

  it('marks optional fields as optional and leaves them commented out', () => {
    const text = scaffold('publicities', '2026-11-20');
    expect(text).toContain('# （可选）发布单位：');
    expect(text).toContain('# issuer: ""');
    expect(parse(text).issuer).toBeUndefined();
  });

  it('says what a reference names', () => {
    expect(scaffold('publicities', '2026-11-20')).toContain('# 讨论决定：决定这些人选的讨论决定编号（content/decisions/下的文件名，不含.yaml）\ndecision: ""');
  });

  it('fills date fields with the reference date', () => {
    expect(parse(scaffold('plans', '2026-11-20')).published).toBe('2026-11-20');
  });

  it('leaves the window to the clerk without a calendar, and says so', () => {
    const text = scaffold('publicities', '2026-11-20');
    expect(parse(text).window).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(text).toContain('# 公示期须有5个工作日：请自行推算结束日期');
  });
});

describe('the publicity window of a new publicity', () => {
  it.each([
    ['an ordinary week', '2026-11-16', 5, '2026-11-20'],
    ['a start on Thursday, across a weekend', '2026-11-19', 5, '2026-11-25'],
    ['a start on Saturday', '2026-11-21', 5, '2026-11-27'],
    ['across the National Day holiday', '2026-09-28', 5, '2026-10-09'],
    ['a longer window set in site.yaml', '2026-11-16', 7, '2026-11-24'],
  ])('counts the working days for %s', (_name, today, days, to) => {
    const w = publicityWindow(today, { calendar, publicityWorkingDays: days });
    expect(w).toMatchObject({ from: today, to });
    expect(calendar.countWorkingDays(w.from, w.to)).toBe(days);
    expect(w.note).toBe(`自动推算的公示期：从${today}起${days}个工作日（site.yaml中rules.publicityWorkingDays，按content/calendar/的法定工作日历计算），到${to}止。发布日期改了，结束日期要重新推算`);
  });

  it('names a make-up workday inside the window', () => {
    const w = publicityWindow('2026-02-12', { calendar, publicityWorkingDays: 5 });
    expect(w.note).toContain('其间的调休上班日：2026-02-14（春节调休上班）');
    expect(calendar.countWorkingDays(w.from, w.to)).toBe(5);
  });

  it('says which calendar is missing when the window runs into a year without one', () => {
    const w = publicityWindow('2026-12-28', { calendar, publicityWorkingDays: 5 });
    expect(w.note).toContain('未能自动推算公示期的结束日期：工作日历缺少2027年');
  });

  it('writes the computed window into the scaffold', () => {
    const doc = parse(scaffold('publicities', '2026-09-28', { calendar, publicityWorkingDays: 5 }));
    expect(doc.window).toEqual({ from: '2026-09-28', to: '2026-10-09' });
  });

  it('is what npm run new writes, reading the calendar and site.yaml of the jurisdiction', () => {
    const root = tmpJurisdiction();
    try {
      const out = execFileSync(process.execPath, [join(PROJECT, 'scripts/new-record.ts'), 'publicities', '2026-test-gs'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, GONGSHI_TODAY: '2026-11-19' },
      });
      expect(out).toContain('已创建content/publicities/2026-test-gs.yaml');
      const text = readFileSync(join(root, 'content/publicities/2026-test-gs.yaml'), 'utf8');
      expect(parse(text).window).toEqual({ from: '2026-11-19', to: '2026-11-25' });
      expect(text).toContain('# 自动推算的公示期：从2026-11-19起5个工作日');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
