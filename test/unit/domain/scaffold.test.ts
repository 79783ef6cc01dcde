import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffold } from '../../../src/domain/scaffold.ts';
import { KINDS } from '../../../src/schemas/common.ts';

describe('scaffolding a new record', () => {
  it.each(KINDS.filter((k) => k !== 'site'))('writes parseable YAML naming every required field of %s', (kind) => {
    const text = scaffold(kind, '2026-11-20');
    expect(text.startsWith(`# yaml-language-server: $schema=../../public/schemas/${kind}.json`)).toBe(true);
    expect(() => parse(text)).not.toThrow();
  });
  it('fills date fields with the reference date', () => {
    expect(parse(scaffold('plans', '2026-11-20')).published).toBe('2026-11-20');
  });
  it('lists nested required fields of a publicity window', () => {
    expect(parse(scaffold('publicities', '2026-11-20')).window).toEqual({ from: '2026-11-20', to: '2026-11-20' });
  });
});
