/** The verify CLI over a published folder and over HTTP: exit 0 when honest, 1 when tampered, with the reason. */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { publish } from '../../fixtures/published.ts';
import { cleanUp, sealedExample } from '../../fixtures/sealed.ts';
import { serve } from '../../../scripts/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(cleanUp));

async function verify(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/verify.ts'), ...args], { encoding: 'utf8' });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

function published(): { root: string; dir: string } {
  const root = sealedExample();
  roots.push(root);
  return { root, dir: publish(root) };
}

describe('npm run verify', () => {
  it('passes an honest published folder', async () => {
    const { root, dir } = published();
    const { code, out } = await verify(dir, '--config', join(root, 'content/site.yaml'));
    expect(out).toContain('22/22条已封存记录的包含证明（由瓦片算出）有效');
    expect(out).toContain('1/1个存档检查点与今天的日志一致');
    expect(out).toContain('✓ 核验通过');
    expect(code).toBe(0);
  });

  it('fails a folder whose published data was changed after sealing, naming the record', async () => {
    const { root, dir } = published();
    const file = join(dir, 'data/decisions/jd-1.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"yes": 1', '"yes": 2'));
    const { code, out } = await verify(dir, '--config', join(root, 'content/site.yaml'));
    expect(code).toBe(1);
    expect(out).toContain('记录decisions/jd-1');
    expect(out).toContain('✗ 核验未通过');
  });

  it('checks a site over HTTP, and that it extends an older checkpoint', async () => {
    const { root, dir } = published();
    const server = await serve(dir);
    try {
      const { code, out } = await verify(server.url, '--config', join(root, 'content/site.yaml'), '--since', join(root, 'ledger/checkpoint'));
      expect(out).toContain('一致性证明有效');
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('pins the key from configuration: the sample’s site.yaml, which publishes a key, rejects this unsigned site', async () => {
    const { dir } = published();
    const { code, out } = await verify(dir, '--config', join(ROOT, 'content/site.yaml'));
    expect(code).toBe(1);
    expect(out).toContain('当前检查点没有配置所公布公钥gongshi.wangchuan.example/ledger的签名');
  });

  it('exits 2 when there is no site to read', async () => {
    const { code, out } = await verify();
    expect(code).toBe(2);
    expect(out).toContain('用法');
  });
});
