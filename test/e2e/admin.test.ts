/**
 * The clerk's editor in Chromium, against a temporary copy of the sample whose last publicity
 * (2026-wjw-fzr-gs) is removed and the ledger replayed without it: the test writes that publicity
 * again through Decap's form, for its existing decision, and `npm run validate` passes on the copy;
 * then a mistake made in the form brings the validator's message into the panel beside it; then a
 * sealed record is refused in place and "发布更正" writes it with its correction.
 * GONGSHI_ADMIN_SHOTS=DIR saves screenshots of the form (1280×900) there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
const TODAY = '2026-11-20';
const RECORD = 'content/publicities/2026-wjw-fzr-gs.yaml';
const shots = process.env.GONGSHI_ADMIN_SHOTS;

let dir: string;
let server: ChildProcess;
let base: string;
let browser: Browser;
let page: Page;
const original = readFileSync(join(ROOT, RECORD), 'utf8');

function validate(): { status: number | null; out: string } {
  const r = spawnSync(NODE, ['scripts/validate.ts', dir], { cwd: ROOT, env: { ...process.env, GONGSHI_TODAY: TODAY }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function shot(name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

/** Choose `option` in the relation widget labelled `label` (the `nth` one with that label), after typing `search`. */
async function choose(label: string, search: string, option: string | RegExp, nth = 0): Promise<void> {
  const input = page.getByLabel(label, { exact: true }).nth(nth);
  await input.click();
  await input.fill(search);
  await page.getByRole('option').filter({ hasText: option }).first().click();
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-admin-'));
  for (const part of ['content', 'ledger', 'test/fixtures/ledger-replay']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  rmSync(join(dir, RECORD));
  const env = { ...process.env, GONGSHI_TODAY: TODAY };
  const replay = spawnSync(NODE, ['scripts/ledger-replay.ts', '--sample', '--root', dir], { cwd: ROOT, env, encoding: 'utf8' });
  expect(replay.status, replay.stderr).toBe(0);
  server = spawn(NODE, ['scripts/admin.ts', '--root', dir, '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise<string>((ok, fail) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(out);
      if (m) ok(m[1]!);
    });
    server.on('exit', (code) => fail(new Error(`admin server exited ${code}`)));
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${base}/admin/#/collections/publicities/new`);
  await page.getByRole('button', { name: '登录' }).click();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the clerk’s editor (npm run admin)', () => {
  it('serves only on the loopback address', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // A page of another site that resolves its name to 127.0.0.1 (DNS rebinding) is refused.
    const status = await new Promise<number | undefined>((ok, fail) =>
      request(`${base}/admin/`, { headers: { host: 'gongshi.example' } }, (res) => (res.resume(), ok(res.statusCode))).on('error', fail).end(),
    );
    expect(status).toBe(421);
  });

  it('creates a publicity for an existing decision through the form; npm run validate passes on it', async () => {
    const want = parse(original) as { title: string; summary: string; candidates: Record<string, unknown>[] };
    const c = want.candidates[0] as { proposedPost: string; exceptional: { circumstances: string; reasons: string }; politicalReview: string; healthCheck: string };
    expect(validate().status, 'the copy without the publicity is valid before the test writes it').toBe(0);

    await page.getByLabel('编号', { exact: true }).fill('2026-wjw-fzr-gs');
    await page.getByLabel('标题', { exact: true }).fill(want.title);
    await page.getByLabel('发布日期', { exact: true }).fill('2026-11-18');
    await page.getByLabel('导语 (可选)', { exact: true }).fill(want.summary);
    await choose('选拔任用工作', '2026-wjw-fzr', '2026-wjw-fzr');
    await choose('讨论决定', '2026-wjw-fzr-jd', '2026-wjw-fzr-jd');
    await page.getByLabel('开始日期', { exact: true }).fill('2026-11-18');
    await page.getByLabel('结束日期', { exact: true }).fill('2026-11-24');
    await page.getByRole('button', { name: '新增公示对象' }).click();
    await choose('公示对象', 'luo-qingyan', 'luo-qingyan', 0);
    await choose('职位', 'p1', /^p1（/);
    await page.getByLabel('拟任职务', { exact: true }).fill(c.proposedPost);
    await page.getByLabel('破格情形 (可选)', { exact: true }).fill(c.exceptional.circumstances);
    await page.getByLabel('破格理由 (可选)', { exact: true }).fill(c.exceptional.reasons);
    await page.getByLabel('政审结论 (可选)', { exact: true }).fill(c.politicalReview);
    await page.getByLabel('体检结论 (可选)', { exact: true }).fill(c.healthCheck);
    await shot('admin-publicity-filled');
    await save();

    const panel = page.locator('#gongshi-panel');
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('✓校验通过');
    await shot('admin-publicity-saved');
    // What the form wrote is the file the sample had: modeline, scaffold key order, the same values.
    expect(readFileSync(join(dir, RECORD), 'utf8')).toBe(original);
    const result = validate();
    expect(result.out).toContain('✓ 校验通过');
    expect(result.status).toBe(0);
  });

  it('shows the validator’s message beside the form after a mistake made in it', async () => {
    await page.getByLabel('结束日期', { exact: true }).fill('2026-11-17');
    await save();
    const panel = page.locator('#gongshi-panel');
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('结束日期（to）不能早于开始日期（from）');
    await shot('admin-publicity-mistake');
    expect(await panel.innerText()).toContain('本记录的问题');
    const result = validate();
    expect(result.status).toBe(1);
    expect(result.out).toContain(`${RECORD}:`);
    expect(result.out).toContain('结束日期（to）不能早于开始日期（from）');
  });

  it('refuses to rewrite a sealed record in place and publishes a correction with its changes instead', async () => {
    const file = 'content/publicities/2026-apx-xz-gs.yaml';
    const before = readFileSync(join(dir, file), 'utf8');
    const post = (parse(before) as { candidates: { proposedPost: string }[] }).candidates[0]!.proposedPost;
    await page.goto(`${base}/admin/#/collections/publicities/entries/2026-apx-xz-gs`);
    await page.reload();
    const input = page.getByLabel('拟任职务', { exact: true });
    await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toBe(post);
    await input.fill(`${post}（更正）`);
    await save();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('请在右侧校验面板填写更正理由');
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
    await shot('admin-sealed');

    await page.getByLabel('更正理由（公开显示）').fill('拟任职务表述有误，予以更正。');
    await page.getByRole('button', { name: '发布更正' }).click();
    const correction = join(dir, 'content/corrections/2026-apx-xz-gs-gz.yaml');
    await expect.poll(() => existsSync(correction), { timeout: 20_000 }).toBe(true);
    const written = parse(readFileSync(correction, 'utf8')) as { corrects: string; changes: { field: string; from: string; to: string }[] };
    expect(written.corrects).toBe('publicities/2026-apx-xz-gs');
    expect(written.changes).toEqual([{ field: '拟任职务', from: post, to: `${post}（更正）` }]);
    expect(readFileSync(join(dir, file), 'utf8')).toContain(`${post}（更正）`);
    await expect.poll(() => page.locator('#gongshi-panel').innerText(), { timeout: 20_000 }).toContain('更正记录content/corrections/2026-apx-xz-gs-gz.yaml');
    await shot('admin-correction');
    // The ledger accepts the pair: E5 finds each change in the sealed version and the record now.
    expect(validate().out).not.toMatch(/2026-apx-xz-gs-gz\.yaml.*\[E5\]/);
  });
});
