/** Small hand-made built sites (and the content they came from) for the post-build check tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The site.yaml every test site declares: its address and reporting channels. */
export const SITE_YAML = `name: 望川市干部选拔任用公示网
url: https://gongshi.wangchuan.example
channels:
  phone: 0000-12380
  email: jubao@wangchuan.example
  postalAddress: 望川市明德路 1 号
  postcode: '999001'
  website: https://www.12380.gov.cn
  sms: '12380'
`;

/** A page with `body` inside a minimal valid document. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title>${head}</head><body>${body}</body></html>`;
}

/** A temp project root with `dist` (built files) and `content` (records), each path → text. */
export function tmpSite(dist: Record<string, string>, content: Record<string, string> = {}): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-check-'));
  const write = (base: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      const full = join(root, base, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  };
  write('content', { 'site.yaml': SITE_YAML, ...content });
  write('dist', dist);
  return { root, dir: join(root, 'dist') };
}
