/**
 * The ledger as a reader meets it on the built site: the verify page recomputes the root, checks a
 * record and an older checkpoint in Chromium; the CLI verifies the same build; the ledger, history
 * and open-data pages show what the files hold.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_DIST, openSite } from './site.ts';
import { parseCheckpointNote } from '../../src/ledger/checkpoint.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.stop());

const PROJECT = join(import.meta.dirname, '../..');
const checkpointText = () => readFileSync(join(E2E_DIST, 'ledger/checkpoint'), 'utf8');
const checkpoint = () => parseCheckpointNote(checkpointText()).checkpoint!;
const firstKey = () => (JSON.parse(readFileSync(join(E2E_DIST, 'ledger/log.jsonl'), 'utf8').split('\n').find((l) => l.includes('"publicities/'))!) as { key: string }).key;

/** Submit the form `id` and wait for its verdict; returns the output's text. */
async function run(page: Page, id: string): Promise<string> {
  await page.locator(`#${id} button[type=submit]`).click();
  const out = page.locator(`#${id} output`);
  await out.locator('.tag').waitFor({ timeout: 30_000 });
  return (await out.textContent()) ?? '';
}

describe('the verify page in Chromium', () => {
  it('recomputes the Merkle root and every tile from the entry bundles, with the signer’s key pinned by the page', async () => {
    const page = await site.page('/verify/');
    const text = await run(page, 'verify-log');
    expect(text).toContain('核对通过');
    expect(text).toContain(`默克尔根${checkpoint().root}与检查点一致`);
    expect(text).toContain('有效Ed25519签名（公钥取自本站配置，不取自检查点）');
    expect(await page.locator('.verify__keys').textContent()).toContain('gongshi.wangchuan.example/ledger+');
    await page.close();
  });

  it('checks every version’s data when asked for the full log', async () => {
    const page = await site.page('/verify/');
    await page.locator('#verify-log input[name=full]').check();
    const text = await run(page, 'verify-log');
    expect(text).toContain('每个版本的数据都与其哈希相符');
    await page.close();
  });

  it('checks the record named in its address at once, at the entries its page links with', async () => {
    const key = firstKey();
    const record = await site.page(`/${key}/`);
    const href = await record.locator('.record-history a[href^="/verify/"]').getAttribute('href');
    await record.close();
    expect(href).toMatch(/&entries=\d+/);
    const page = await site.page(href!);
    const out = page.locator('#verify-record output');
    await out.locator('.tag').waitFor({ timeout: 30_000 });
    const text = (await out.textContent()) ?? '';
    expect(text).toContain('核对通过');
    expect(text).toMatch(/由瓦片算出的包含证明（\d+步）有效/);
    expect(text).toContain('哈希与最新封存版本一致');
    await page.close();
  });

  it('accepts the current checkpoint as an older one and rejects a forged one', async () => {
    const page = await site.page('/verify/');
    const older = readFileSync(join(E2E_DIST, 'ledger/checkpoints', readdirSync(join(E2E_DIST, 'ledger/checkpoints')).sort((a, b) => Number(a) - Number(b))[0]!), 'utf8');
    await page.locator('#verify-extends textarea').fill(older);
    const ok = await run(page, 'verify-extends');
    expect(ok).toContain('核对通过');
    expect(ok).toContain('一致性证明有效');
    const lines = older.split('\n');
    lines[1] = String(Number(lines[1]) - 1); // a checkpoint altered after signing
    await page.locator('#verify-extends textarea').fill(lines.join('\n'));
    expect(await run(page, 'verify-extends')).toContain('核对未通过');
    await page.close();
  });
});

describe('the ledger and open data on the built site', () => {
  it('pass the verify CLI', () => {
    const out = execFileSync(process.execPath, [join(PROJECT, 'scripts/verify.ts'), E2E_DIST], { encoding: 'utf8' });
    expect(out).toContain('✓ 核验通过');
  });

  it('publish the committed checkpoint and log byte for byte', () => {
    expect(checkpointText()).toBe(readFileSync(join(PROJECT, 'ledger/checkpoint'), 'utf8'));
    expect(readFileSync(join(E2E_DIST, `ledger/tile/0/000.p/${checkpoint().size}`))).toEqual(readFileSync(join(PROJECT, `ledger/tile/0/000.p/${checkpoint().size}`)));
    expect(readFileSync(join(E2E_DIST, 'ledger/log.jsonl'), 'utf8')).toBe(readFileSync(join(PROJECT, 'ledger/log.jsonl'), 'utf8'));
  });

  it('show the checkpoint root and its witnesses on the ledger page, and every line in the log table', async () => {
    const page = await site.page('/ledger/');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(checkpoint().root);
    expect(main).toMatch(/经望川市纪委监委见证于 ?\d{4}年\d{1,2}月\d{1,2}日/);
    await page.close();
    const log = await site.page('/ledger/log/1/');
    expect(await log.locator('tr[id^="seq-"]').count()).toBe(Math.min(checkpoint().size, 200));
    await log.close();
  });

  it('show a superseded version at its permanent address with its canonical JSON', async () => {
    const key = 'appointments/2026-hbj-fjz-rz';
    const log = readFileSync(join(E2E_DIST, 'ledger/log.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { key: string; version: number; data: unknown });
    const first = log.find((e) => e.key === key && e.version === 1)!;
    const page = await site.page(`/history/${key}/1/`);
    const pre = (await page.locator('pre.canonical-json').textContent()) ?? '';
    expect(JSON.parse(pre)).toEqual(first.data);
    await page.close();
  });

  it('show both versions of a corrected record on its page, and what the correction changed', async () => {
    const page = await site.page('/appointments/2026-hbj-fjz-rz/');
    const links = await page.locator('#record-versions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/history/appointments/2026-hbj-fjz-rz/1/', '/appointments/2026-hbj-fjz-rz/', '/corrections/2026-hbj-fjz-rz-gz/']));
    const changes = (await page.locator('.record-history__changes').textContent()) ?? '';
    expect(changes).toContain('公示期间收到的1件反映件');
    expect(changes).toContain('公示期间收到反映2件');
    await page.close();
  });

  it('give no separate page to the version a record page shows', () => {
    expect(existsSync(join(E2E_DIST, 'history/appointments/2026-hbj-fjz-rz/2/index.html'))).toBe(false);
    expect(existsSync(join(E2E_DIST, 'history/appointments/2026-hbj-fjz-rz/1/index.html'))).toBe(true);
    // Kinds without pages of their own keep a page for every version.
    expect(existsSync(join(E2E_DIST, 'history/bodies/swcwh/1/index.html'))).toBe(true);
  });

  it('serve CSV with a byte-order mark and CRLF line ends, documented on the data page', async () => {
    for (const file of ['decisions.csv', 'examination-scores.csv', 'publicity-windows.csv']) {
      const bytes = readFileSync(join(E2E_DIST, 'data', file));
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain('\r\n');
    }
    const page = await site.page('/data/');
    for (const file of ['decisions.csv', 'examination-scores.csv', 'publicity-windows.csv', 'catalog.json']) expect(await page.locator(`a[href="/data/${file}"]`).count(), file).toBe(1);
    await page.close();
  });
});
