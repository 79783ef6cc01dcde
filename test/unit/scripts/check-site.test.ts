/** The check-site CLI: exit 0 on a clean folder, exit 1 listing each issue on a bad one. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCspMeta } from '../../../src/build/csp.ts';
import { PROJECT } from '../../fixtures/tmp-jurisdiction.ts';
import { page, tmpSite } from '../build/checks/tmp-site.ts';

function run(args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [join(PROJECT, 'scripts/check-site.ts'), ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('node scripts/check-site.ts', () => {
  it('passes a clean folder', () => {
    const { root } = tmpSite({ 'index.html': withCspMeta(page('<a href="/">首页</a>')) });
    const { code, out } = run(['dist', '--root', root]);
    expect(out).toContain('✓ 网站检查通过');
    expect(code).toBe(0);
  });

  it('fails a bad folder and lists every issue with its check and file', () => {
    const { root } = tmpSite({ 'index.html': page('<a href="/gone/">旧</a><p>13912345678\u0000</p><script src="https://cdn.example/a.js"></script>') });
    const { code, out } = run(['dist', '--root', root]);
    expect(code).toBe(1);
    for (const check of ['privacy', 'links', 'third-party', 'csp', 'xml-chars']) expect(out).toContain(`[${check}] index.html`);
    expect(out).toContain('✗ 网站检查未通过');
  });

  it('runs only the checks named with --only', () => {
    const { root } = tmpSite({ 'index.html': page('<a href="/gone/">旧</a>') });
    expect(run(['dist', '--root', root, '--only', 'privacy']).code).toBe(0);
  });

  it('prints the header policy with --csp-header', () => {
    const { root } = tmpSite({ 'index.html': page('<script>a()</script>') });
    expect(run(['dist', '--root', root, '--csp-header']).out).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'\n$/);
  });
});
