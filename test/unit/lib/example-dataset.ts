/** The example jurisdiction (test/fixtures/examples.ts) built into a dataset, for presentation tests. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/lib/dataset.ts';
import { loadContent } from '../../../src/lib/load.ts';
import { example, exampleContent } from '../../fixtures/examples.ts';
import { tmpContent } from '../../fixtures/tmp-content.ts';

/** The examples reuse one person and one unit record; pages need them told apart. */
function distinct(): Record<string, object> {
  return {
    'people/li-ming.yaml': { ...example('people'), name: '李明', gender: '女', currentPosts: [{ unit: 'swzzb', title: '部长', since: '2021-09' }], resume: [] },
    'units/swzzb.yaml': { name: '中共望川市委组织部', type: '党委部门' },
  };
}

/** The example dataset as of `today`, with files replaced by `overrides` and the files in `drop` left out. */
export function exampleDataset(options: { today?: string; overrides?: Record<string, string | object>; drop?: string[] } = {}): Dataset {
  const files = exampleContent({ ...distinct(), ...options.overrides });
  for (const path of options.drop ?? []) delete files[path];
  const root = tmpContent(files);
  try {
    const loaded = loadContent(join(root, 'content'), root);
    expect(loaded.problems).toEqual([]);
    const { dataset, problems } = buildDataset(loaded.entries, { today: options.today ?? '2026-11-20' });
    expect(problems).toEqual([]);
    return dataset!;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Any display value (inline, block, fact, section or list of them) as the plain text a reader sees, dates in ISO. */
export function plain(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plain).join('');
  const v = value as Record<string, unknown>;
  if ('href' in v && 'text' in v) return String(v.text);
  if ('date' in v) return String(v.date);
  if ('tag' in v) return String(v.tag);
  if ('code' in v) return String(v.code);
  if ('paragraphs' in v) return (v.paragraphs as string[]).join('\n');
  if ('items' in v) return (v.items as unknown[]).map(plain).join('\n');
  if ('label' in v && 'value' in v) return `${v.label}: ${plain(v.value)}`;
  if ('type' in v) {
    const s = v as { type: string; heading?: string; caption?: string; facts?: unknown[]; columns?: { label: string }[]; rows?: unknown[][]; foot?: unknown[]; paragraphs?: string[]; items?: unknown[]; sections?: unknown[] };
    const lines = [s.heading ?? s.caption ?? ''];
    if (s.facts) lines.push(...s.facts.map(plain));
    if (s.columns) lines.push(s.columns.map((c) => c.label).join(' | '));
    if (s.rows) lines.push(...s.rows.map((r) => r.map(plain).join(' | ')));
    if (s.foot) lines.push(s.foot.map(plain).join(' | '));
    if (s.paragraphs) lines.push(...s.paragraphs);
    if (s.items) lines.push(...s.items.map(plain));
    if (s.sections) lines.push(...s.sections.map(plain));
    return lines.filter(Boolean).join('\n');
  }
  return JSON.stringify(value);
}

/** Every link target in a display value. */
export function hrefs(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(hrefs);
  const v = value as Record<string, unknown>;
  return [...(typeof v.href === 'string' ? [v.href] : []), ...Object.values(v).flatMap(hrefs)];
}
