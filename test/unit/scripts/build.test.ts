/**
 * The build replaces its output folder only when everything succeeded: broken content, or a
 * built site that fails a post-build check, leaves the previous output byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exampleContent } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';
import { PROJECT, tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function build(root: string, env: Record<string, string> = {}): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(PROJECT, 'scripts/build.ts'), '--root', root, '--out', 'out'], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, GONGSHI_TODAY: '2026-11-20', ...env },
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

/** Every file under `dir` with its bytes, as a comparable snapshot. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const d of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      if (d.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}

/** A previous build in `root`/out: a few files, one binary. */
function previousOutput(root: string): Record<string, string> {
  const out = join(root, 'out');
  mkdirSync(join(out, 'people/lin-xc'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>上一次构建</title>');
  writeFileSync(join(out, 'people/lin-xc/index.html'), '<!doctype html><title>林晓川</title>');
  writeFileSync(join(out, 'logo.bin'), Uint8Array.from([0, 255, 1, 254]));
  return snapshot(out);
}

const leftovers = (root: string) => readdirSync(root).filter((n) => n.startsWith('out.tmp-'));

describe('npm run build', () => {
  it('leaves the previous output byte-identical when the content is broken', { timeout: 60_000 }, () => {
    const root = tmpContent(exampleContent({ 'people/lin-xc.yaml': 'name: [unclosed\n' }));
    roots.push(root);
    const before = previousOutput(root);
    const { code, out } = build(root);
    expect(code).toBe(1);
    expect(out).toMatch(/content\/people\/lin-xc\.yaml:\d+:\d+ .*YAML语法错误/);
    expect(out).toContain('dist/保持不变');
    expect(snapshot(join(root, 'out'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('says in Chinese which memory limit Astro ran out of, and how to raise it, and publishes nothing', { timeout: 120_000 }, () => {
    const root = tmpJurisdiction();
    roots.push(root);
    const before = previousOutput(root);
    const { code, out } = build(root, { GONGSHI_ASTRO_HEAP_MB: '40' });
    expect(code).toBe(1);
    expect(out).toContain('Astro构建进程用尽了40MB的内存上限而中止');
    expect(out).toContain('GONGSHI_ASTRO_HEAP_MB');
    expect(snapshot(join(root, 'out'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('leaves the previous output byte-identical when the built site fails a post-build check', { timeout: 300_000 }, () => {
    // The sample jurisdiction with a personal e-mail in one round's standards: valid content that
    // only the privacy scan over the built pages can stop, after Astro has built the whole site.
    const root = tmpJurisdiction();
    roots.push(root);
    const round = readdirSync(join(root, 'content/rounds')).sort()[0]!;
    const file = join(root, 'content/rounds', round);
    const data = parse(readFileSync(file, 'utf8')) as { standards: string[] };
    data.standards[0] += ',联系 lin.xc@mail.example';
    writeFileSync(file, stringify(data));
    const before = previousOutput(root);
    const { code, out } = build(root);
    expect(code).toBe(1);
    const id = round.replace(/\.yaml$/, '');
    expect(out).toMatch(new RegExp(`\\[privacy\\] rounds/${id}/index\\.html .*电子邮箱.*content/rounds/${id}\\.yaml`));
    expect(snapshot(join(root, 'out'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('stops at once when nothing changed since the published build, and builds again for any change to the inputs or the output', { timeout: 300_000 }, () => {
    const root = tmpJurisdiction();
    roots.push(root);
    const first = build(root);
    expect(first.code, first.out).toBe(0);
    const built = snapshot(join(root, 'out'));
    const inode = () => statSync(join(root, 'out/index.html')).ino;
    const ino = inode();

    // Nothing changed: no validation, no Astro, the published folder untouched.
    const again = build(root);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain('无需重新构建');
    expect(again.out).not.toContain('校验通过');
    expect(inode()).toBe(ino);
    expect(snapshot(join(root, 'out'))).toEqual(built);

    // A hand edit of the published folder: built again, and the page is as the build makes it.
    appendFileSync(join(root, 'out/index.html'), '<!-- 手工改动 -->');
    const edited = build(root);
    expect(edited.out).toContain('已生成out/');
    expect(snapshot(join(root, 'out'))).toEqual(built);

    // Another reference date: built again.
    const later = build(root, { GONGSHI_TODAY: '2026-11-21' });
    expect(later.code, later.out).toBe(0);
    expect(later.out).toContain('已生成out/');

    // A record replaced by a link to the same bytes is a change (and validation refuses the link).
    const person = join(root, 'content/people', readdirSync(join(root, 'content/people')).sort()[0]!);
    const copy = join(root, 'elsewhere.yaml');
    writeFileSync(copy, readFileSync(person));
    rmSync(person);
    symlinkSync(copy, person);
    const linked = build(root, { GONGSHI_TODAY: '2026-11-21' });
    expect(linked.code).toBe(1);
    expect(linked.out).toContain('符号链接');
  });
});
