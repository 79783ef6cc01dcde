import { describe, expect, it } from 'vitest';
import { cspProblems } from '../../../../src/build/checks/csp.ts';
import { sha256Source } from '../../../../src/build/csp.ts';
import { page } from './tmp-site.ts';

const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

describe('CSP check', () => {
  it('reports a page without a policy', () => {
    expect(cspProblems(page('<p>无</p>'))).toEqual([expect.stringContaining('没有<meta')]);
  });

  it('passes an inline script whose hash is in script-src', () => {
    const code = 'document.documentElement.dataset.js = "1"';
    expect(cspProblems(page(`<script>${code}</script>`, meta(`default-src 'self'; script-src 'self' ${sha256Source(code)}`)))).toEqual([]);
  });

  it('reports an inline script whose hash is not in script-src', () => {
    const problems = cspProblems(page('<script>alert(1)</script>', meta("default-src 'self'; script-src 'self' 'sha256-AAAA'")));
    expect(problems).toEqual([expect.stringContaining('哈希不在')]);
  });

  it('ignores a JSON data block, which the browser does not run', () => {
    expect(cspProblems(page('<script type="application/ld+json">{"a":1}</script>', meta("default-src 'self'")))).toEqual([]);
  });

  it("reports 'unsafe-inline' in script-src", () => {
    expect(cspProblems(page('', meta("script-src 'self' 'unsafe-inline'")))).toEqual([expect.stringContaining("'unsafe-inline'")]);
  });

  it('reports an event-handler attribute and a javascript: link', () => {
    const problems = cspProblems(page('<img src="/a.png" alt="" onerror="x()"><a href="javascript:x()">x</a>', meta("default-src 'self'")));
    expect(problems).toHaveLength(2);
  });

  it('reports a policy placed after a script', () => {
    const html = `<!doctype html><html><head><script src="/a.js"></script>${meta("default-src 'self'")}</head><body></body></html>`;
    expect(cspProblems(html)).toEqual([expect.stringContaining('之后')]);
  });
});
