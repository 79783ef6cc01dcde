/**
 * Tamper scenarios over a sealed copy of the example jurisdiction: each one fails validation with a
 * message that says what happened and what to do; a legitimate correction passes and keeps both
 * versions.
 */
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { versionsByKey } from '../../../src/ledger/check.ts';
import { recordHash } from '../../../src/ledger/node-hash.ts';
import { readLedger } from '../../../src/ledger/store.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { cleanUp, editRecord, ledgerProblems, seal, sealedExample, writeRecord } from '../../fixtures/sealed.ts';

const roots: string[] = [];
function project(overrides?: Record<string, string | object>): string {
  const root = sealedExample(overrides);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(cleanUp));

const correction = (corrects: string, published = '2026-07-02') => ({
  title: '关于更正任前公示拟任职务的说明',
  published,
  corrects,
  reason: '拟任职务漏写党组成员',
  changes: [{ field: '拟任职务', from: '拟任市交通运输局副局长', to: '拟任市交通运输局党组成员、副局长' }],
});
const editPublicity = (root: string) =>
  editRecord(root, 'publicities/gs-1.yaml', (d) => {
    (d.candidates as { proposedPost: string }[])[0]!.proposedPost = '拟任市交通运输局党组成员、副局长';
  });
const logFile = (root: string) => join(root, 'ledger/log.jsonl');
const logLines = (root: string) => readFileSync(logFile(root), 'utf8').trimEnd().split('\n');

describe('a sealed jurisdiction', () => {
  it('passes when nothing changed since sealing', () => {
    expect(ledgerProblems(project())).toEqual([]);
  });

  it('has one log line per record and a checkpoint over all of them', () => {
    const ledger = readLedger(project());
    expect(ledger.entries).toHaveLength(22);
    expect(ledger.checkpoint?.size).toBe(22);
    expect(ledger.entries.every((e) => e.version === 1 && e.sealed === '2026-06-30')).toBe(true);
  });
});

describe('editing a sealed record', () => {
  it('fails without a correction, naming the file, the version and the changed field', () => {
    const root = project();
    editPublicity(root);
    const [p, ...rest] = ledgerProblems(root);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ rule: 'E1', file: 'content/publicities/gs-1.yaml' });
    expect(p!.message).toContain('已于2026-06-30封存公布为第1版');
    expect(p!.message).toContain('candidates[0].proposedPost');
    expect(p!.message).toContain('corrects: publicities/gs-1');
  });

  it('passes with a new correction naming the record, and sealing keeps both versions', () => {
    const root = project();
    editPublicity(root);
    writeRecord(root, 'corrections/gz-2.yaml', correction('publicities/gs-1'));
    expect(ledgerProblems(root)).toEqual([]);
    seal(root, '2026-07-02');
    expect(ledgerProblems(root)).toEqual([]);
    const versions = versionsByKey(readLedger(root).entries).get('publicities/gs-1')!;
    expect(versions.map((v) => [v.version, v.correction])).toEqual([
      [1, undefined],
      [2, 'corrections/gz-2'],
    ]);
    const posts = versions.map((v) => (v.data as { candidates: { proposedPost: string }[] }).candidates[0]!.proposedPost);
    expect(posts).toEqual(['拟任市交通运输局副局长', '拟任市交通运输局党组成员、副局长']);
  });

  it('fails when a correction already sealed is used again for a later edit', () => {
    const root = project();
    editPublicity(root);
    writeRecord(root, 'corrections/gz-2.yaml', correction('publicities/gs-1'));
    seal(root, '2026-07-02');
    editRecord(root, 'publicities/gs-1.yaml', (d) => void (d.title = '改过的标题'));
    expect(ledgerProblems(root).map((p) => [p.rule, p.file])).toEqual([['E1', 'content/publicities/gs-1.yaml']]);
  });

  it('fails when the correction was sealed before the edit, so it cannot cover an edit made later', () => {
    const root = project();
    writeRecord(root, 'corrections/gz-2.yaml', correction('publicities/gs-1'));
    seal(root, '2026-07-02');
    editPublicity(root);
    expect(ledgerProblems(root).map((p) => p.file)).toEqual(['content/publicities/gs-1.yaml']);
  });

  it('passes for reference data such as a person, whose change becomes a new version without a correction', () => {
    const root = project();
    editRecord(root, 'people/lin-xc.yaml', (d) => void (d.currentPosts = [{ unit: 'jtj', title: '副局长', since: '2026-06' }]));
    expect(ledgerProblems(root)).toEqual([]);
    const plan = seal(root, '2026-07-01');
    expect(plan.revised).toEqual([{ key: 'people/lin-xc', version: 2, correction: undefined }]);
    expect(ledgerProblems(root)).toEqual([]);
  });

  it('ignores formatting and comments, which do not change the written data', () => {
    const root = project();
    const file = join(root, 'content/publicities/gs-1.yaml');
    writeFileSync(file, `# 注释\n${readFileSync(file, 'utf8').replaceAll(': ', ':   ')}`);
    expect(ledgerProblems(root)).toEqual([]);
  });
});

describe('deleting a sealed record', () => {
  it('fails and says how to restore it', () => {
    const root = project();
    unlinkSync(join(root, 'content/appointments/rz-1.yaml'));
    const problems = validateContent(root, '2026-11-20').problems.filter((p) => p.rule === 'E1');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/appointments/rz-1.yaml' });
    expect(problems[0]!.message).toContain('已公布的记录不能删除');
    expect(problems[0]!.message).toContain('npm run seal -- --restore appointments/rz-1');
  });

  it('is not reported when the file is there but unreadable, which the syntax error already says', () => {
    const root = project();
    writeFileSync(join(root, 'content/appointments/rz-1.yaml'), 'title: [unclosed\n');
    expect(ledgerProblems(root)).toEqual([]);
  });
});

describe('tampering with the log', () => {
  it('fails when two lines are swapped', () => {
    const root = project();
    const lines = logLines(root);
    [lines[3], lines[4]] = [lines[4]!, lines[3]!];
    writeFileSync(logFile(root), `${lines.join('\n')}\n`);
    const messages = ledgerProblems(root).map((p) => p.message);
    expect(messages.some((m) => m.includes('第4行的seq是4，应为3'))).toBe(true);
    expect(messages.some((m) => m.includes('默克尔根与检查点不符'))).toBe(true);
  });

  it('fails when sealed data is edited in the log, even with its seq intact', () => {
    const root = project();
    const lines = logLines(root);
    lines[5] = lines[5]!.replace(/"title":"([^"]+)"/, '"title":"$1(改)"');
    writeFileSync(logFile(root), `${lines.join('\n')}\n`);
    const problems = ledgerProblems(root);
    expect(problems[0]).toMatchObject({ file: 'ledger/log.jsonl', line: 6 });
    expect(problems[0]!.message).toContain('data与其hash不符');
  });

  it('fails when a line is edited and its hash recomputed, because the root no longer matches', () => {
    const root = project();
    const entry = readLedger(root).entries[5]!;
    const edited = { ...(entry.data as object), title: '改过的标题' };
    const lines = logLines(root);
    lines[5] = lines[5]!.replace(/"hash":"[0-9a-f]+"/, `"hash":"${recordHash(edited)}"`).replace(/"data":.*\}$/, `"data":${JSON.stringify(sortKeys(edited))}}`);
    writeFileSync(logFile(root), `${lines.join('\n')}\n`);
    expect(ledgerProblems(root).map((p) => p.message)).toEqual([expect.stringContaining('默克尔根与检查点不符')]);
  });

  it('fails when lines are removed from the end', () => {
    const root = project();
    writeFileSync(logFile(root), `${logLines(root).slice(0, 20).join('\n')}\n`);
    expect(ledgerProblems(root).map((p) => p.message).join('\n')).toContain('检查点记录了22行，日志只剩20行');
  });

  it('fails when a line was appended by hand without a new checkpoint', () => {
    const root = project();
    const last = JSON.parse(logLines(root).at(-1)!) as { key: string; version: number; seq: number };
    const extra = logLines(root).at(-1)!.replace(`"seq":${last.seq}`, `"seq":${last.seq + 1}`).replace(`"version":1`, '"version":2');
    writeFileSync(logFile(root), `${readFileSync(logFile(root), 'utf8')}${extra}\n`);
    expect(ledgerProblems(root).map((p) => p.message).join('\n')).toContain('尚未写入检查点');
  });

  it('fails when the checkpoint is missing', () => {
    const root = project();
    rmSync(join(root, 'ledger/checkpoint'));
    expect(ledgerProblems(root).map((p) => p.message)).toEqual([expect.stringContaining('缺少检查点')]);
  });
});

describe('standards and qualifications of a round (P3, D9)', () => {
  it('fail when changed after publication, even with a correction, and flag the round’s decisions', () => {
    const root = project();
    editRecord(root, 'rounds/r1.yaml', (d) => void (d.standards = ['放宽后的标准']));
    writeRecord(root, 'corrections/gz-2.yaml', correction('rounds/r1'));
    const problems = ledgerProblems(root);
    expect(problems.map((p) => [p.rule, p.file, p.path])).toEqual([
      ['P3', 'content/rounds/r1.yaml', 'standards'],
      ['D9', 'content/decisions/jd-1.yaml', 'round'],
    ]);
    expect(problems[0]!.message).toContain('只能另起一次选拔任用工作');
    expect(problems[0]!.line).toBeGreaterThan(0);
  });

  it('pass when another field of the round is corrected', () => {
    const root = project();
    editRecord(root, 'rounds/r1.yaml', (d) => void (d.scope = '全市交通系统副处级以上干部'));
    writeRecord(root, 'corrections/gz-2.yaml', correction('rounds/r1'));
    expect(ledgerProblems(root)).toEqual([]);
  });
});

describe('a correction naming no record', () => {
  it('fails at its corrects field', () => {
    const root = project();
    writeRecord(root, 'corrections/gz-2.yaml', correction('publicities/no-such-notice'));
    const problems = validateContent(root, '2026-11-20').problems.filter((p) => p.file === 'content/corrections/gz-2.yaml');
    expect(problems.map((p) => p.path)).toEqual(['corrects']);
    expect(problems[0]!.message).toContain('no-such-notice');
  });
});

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
