/**
 * A clerk's edits on a synthetic jurisdiction, for the incremental build's test and `npm run bench`:
 * a notice and a correction are held back from the first publication, then published; the notice
 * the correction corrects is first published with the error the correction names, and fixed in
 * place when the correction comes (as a clerk corrects a published record: a new version and a
 * correction notice). Choices come from a seeded generator.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { NOTICE_KINDS } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import type { Rng } from './prng.ts';

export interface HeldBack {
  /** content/-relative files, e.g. publicities/2026-s-001-gs.yaml. */
  notice: string;
  correction: string;
  /** Publish the held-back notice. */
  publishNotice(): void;
  /** Publish the correction and fix the notice it corrects. */
  publishCorrection(): void;
}

/** Hold back a notice nothing refers to and a correction under `root`/content, so that what is left still validates on `today`. */
export function holdBack(root: string, today: string, rng: Rng, aside: string): HeldBack {
  const content = join(root, 'content');
  mkdirSync(aside, { recursive: true });
  const { dataset } = validateContent(root, today);
  if (!dataset) throw new Error('the jurisdiction does not validate');
  const move = (file: string, back = false) => (back ? renameSync(join(aside, file.replace('/', '__')), join(content, file)) : renameSync(join(content, file), join(aside, file.replace('/', '__'))));
  const valid = () => validateContent(root, today).problems.length === 0;

  const corrections = [...dataset.byKind.corrections.keys()].map((id) => `corrections/${id}.yaml`);
  const correction = rng.sample(corrections, corrections.length).find((file) => {
    move(file);
    if (valid()) return true;
    move(file, true);
    return false;
  });
  if (!correction) throw new Error('no correction can be held back');
  const fix = parse(readFileSync(join(aside, correction.replace('/', '__')), 'utf8')) as { corrects: string; changes: { from: string; to: string }[] };
  const correctedFile = join(content, `${fix.corrects}.yaml`);
  const correctedText = readFileSync(correctedFile, 'utf8');
  const change = fix.changes[0]!;
  if (!correctedText.includes(`: ${change.to}\n`)) throw new Error(`${fix.corrects} does not hold the corrected text`);
  writeFileSync(correctedFile, correctedText.replace(`: ${change.to}\n`, `: ${change.from}\n`));

  const leaves = NOTICE_KINDS.filter((k) => k !== 'corrections').flatMap((kind) =>
    [...dataset.byKind[kind].keys()].filter((id) => !(dataset.backrefs.get(`${kind}/${id}`)?.length) && `${kind}/${id}` !== fix.corrects).map((id) => `${kind}/${id}.yaml`),
  );
  const notice = rng.sample(leaves, leaves.length).find((file) => {
    move(file);
    if (valid()) return true;
    move(file, true);
    return false;
  });
  if (!notice) throw new Error('no notice can be held back');
  return {
    notice,
    correction,
    publishNotice: () => move(notice, true),
    publishCorrection: () => {
      move(correction, true);
      writeFileSync(correctedFile, correctedText);
    },
  };
}

/** Change one letter of a person's name (the last), as correcting a typo would; returns the person's file (content/-relative). */
export function editPerson(root: string, rng: Rng): string {
  const dir = join(root, 'content', 'people');
  const file = rng.pick(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort());
  const path = join(dir, file);
  const person = parse(readFileSync(path, 'utf8')) as { name: string };
  const chars = [...'明华伟芳军丽强敏静磊'].filter((c) => c !== person.name.at(-1));
  person.name = person.name.slice(0, -1) + rng.pick(chars);
  writeFileSync(path, stringify(person, { lineWidth: 0 }));
  return `people/${file}`;
}

