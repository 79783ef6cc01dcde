/**
 * Rule E5: a correction agrees with the ledger. Each change names a field of the corrected record
 * by the label its page shows; `from` is what the version before the correction said there and `to`
 * what the version it made says. A correction that leaves the record as published (it stands
 * alone) must quote words the record still says, since the page shows the corrected text in place.
 */
import type { Dataset, SealedVersion } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { fieldLabel, fieldLabels } from '../i18n/zh-cn-fields.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import type { Kind } from '../schemas/common.ts';
import { at, defineRule, key, measures, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** A text of a record at a path: every string, number or date leaf. */
interface Leaf {
  path: (string | number)[];
  text: string;
}

function leaves(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number') out.push({ path, text: String(value) });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

const same = (a: (string | number)[], b: (string | number)[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** A field written as a path (`results[0].reason`, `summary(公示时间)`), as the corrections sealed before E5 do. */
function pathOf(field: string): (string | number)[] | undefined {
  const bare = field.replace(/[(（][^()（）]*[)）]$/, '');
  if (!/^[A-Za-z][A-Za-z0-9]*(?:\[\d+\]|\.[A-Za-z][A-Za-z0-9]*)*$/.test(bare)) return undefined;
  return [...bare.matchAll(/([A-Za-z][A-Za-z0-9]*)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** How the correction stands to the ledger: the versions its `from` and `to` are read against. */
type Against =
  /** The correction made version `made` (sealed with it), or is about to (pending, the record edited). */
  | { mode: 'changed'; before: unknown; after: unknown; version: number }
  /** The correction was sealed without a new version of the record: the record still says the old words. */
  | { mode: 'standalone'; record: unknown }
  /** Not sealed yet: the record may have been edited with it (from → to) or left as published. */
  | { mode: 'pending'; before: unknown; record: unknown; version: number }
  /** No sealed version to compare with (no ledger, or the record was never sealed). */
  | { mode: 'unsealed'; record: unknown }
  /** Sealed together with the record's first version: nothing earlier to compare with. */
  | { mode: 'together'; record: unknown };

function against(ds: Dataset, c: Entry<'corrections'>, target: Entry): Against {
  const versions: readonly SealedVersion[] = ds.sealed?.get(c.data.corrects) ?? [];
  const own = `corrections/${c.id}`;
  const k = versions.findIndex((v) => v.correction === own);
  if (k >= 1) return { mode: 'changed', before: versions[k - 1]!.data, after: versions[k]!.data, version: versions[k]!.version };
  const last = versions.at(-1);
  if (!last) return { mode: 'unsealed', record: target.data };
  const sealedAt = ds.sealed?.get(own)?.[0];
  if (!sealedAt) return { mode: 'pending', before: last.data, record: target.data, version: last.version };
  // Sealed on a later day than a version of the record, and made none: the record stands as
  // published. Sealed on the day of its first version (a jurisdiction sealing its history at once),
  // there is no earlier version to read `from` in, so the record is compared as it is now.
  const earlier = versions.some((v) => v.sealed < sealedAt.sealed);
  return earlier ? { mode: 'standalone', record: target.data } : { mode: 'together', record: target.data };
}

/** E5: every change of a correction names a labelled field and quotes the ledger's versions. */
export const E5 = defineRule({
  id: 'E5',
  sources: [measures('一(一)5')],
  evaluate(ds, rule): Outcome[] {
    return [...ds.byKind.corrections.values()].flatMap((c) => {
      const slash = c.data.corrects.indexOf('/');
      const kind = c.data.corrects.slice(0, slash) as Kind;
      const target = (ds.byKind[kind] as Map<string, Entry> | undefined)?.get(c.data.corrects.slice(slash + 1));
      if (!target) return []; // the reference check reports a correction of a missing record
      const roundId = kind === 'rounds' ? target.id : (target.data as { round?: string }).round;
      const scope = roundId ? { round: roundId } : { year: Number(c.data.published.slice(0, 4)) };
      const basis = against(ds, c, target);
      const findings: Finding[] = [];
      const labels = fieldLabels(kind);
      // What the panel shows for each change: the field's label, never a path.
      const shown: string[] = [];
      c.data.changes.forEach((change, i) => {
        const texts = (v: unknown) => leaves(v).filter((l) => fieldLabel(kind, l.path) !== undefined);
        const all = 'before' in basis ? [...texts(basis.before), ...texts('after' in basis ? basis.after : basis.record)] : texts('after' in basis ? basis.after : basis.record);
        // Corrections sealed before E5 name fields by path (`results[0].reason`); the ledger forbids
        // editing them, so a path that names a labelled field is read as that field.
        const path = pathOf(change.field);
        const named = all.filter((l) => (path ? same(l.path, path) : fieldLabel(kind, l.path) === change.field));
        if (named.length === 0) {
          findings.push(
            at(c, ['changes', i, 'field'], RULE_EVIDENCE.E5.notCorrectable(change.field, KIND_LABELS[kind], target.id, labels)),
          );
          return;
        }
        shown.push(fieldLabel(kind, named[0]!.path)!);
        const hasAt = (v: unknown, text: string) => (p: (string | number)[]) => leaves(v).some((l) => same(l.path, p) && l.text.includes(text));
        const paths = [...new Map(named.map((l) => [JSON.stringify(l.path), l.path])).values()];
        const label = RULE_EVIDENCE.E5.quoted(shown.at(-1)!);
        if (basis.mode === 'changed') {
          const fromOk = paths.filter(hasAt(basis.before, change.from));
          if (fromOk.length === 0)
            findings.push(at(c, ['changes', i, 'from'], RULE_EVIDENCE.E5.fromNotInBasis(basis.version - 1, label)));
          else if (!fromOk.some(hasAt(basis.after, change.to)))
            findings.push(at(c, ['changes', i, 'to'], RULE_EVIDENCE.E5.toNotInVersion(basis.version, label)));
        } else if (basis.mode === 'pending') {
          const edited = paths.some((p) => hasAt(basis.before, change.from)(p) && hasAt(basis.record, change.to)(p));
          const inPlace = paths.some(hasAt(basis.record, change.from));
          if (!edited && !inPlace)
            findings.push(
              at(
                c,
                ['changes', i, paths.some(hasAt(basis.before, change.from)) ? 'to' : 'from'],
                RULE_EVIDENCE.E5.mismatch(label, basis.version),
              ),
            );
        } else if (basis.mode === 'standalone') {
          if (!paths.some(hasAt(basis.record, change.from)))
            findings.push(at(c, ['changes', i, 'from'], RULE_EVIDENCE.E5.fromNotInRecord(label)));
        } else if (!paths.some((p) => hasAt(basis.record, change.to)(p) || hasAt(basis.record, change.from)(p))) {
          findings.push(at(c, ['changes', i, 'from'], RULE_EVIDENCE.E5.neither(label)));
        }
      });
      const e = RULE_EVIDENCE.E5;
      const how =
        basis.mode === 'changed' ? e.changed(basis.version) : basis.mode === 'standalone' ? e.standalone : basis.mode === 'pending' ? e.pending(basis.version) : basis.mode === 'together' ? e.together : e.unsealed;
      const evidence = e.line(c.data.published, KIND_LABELS[kind], (target.data as { title?: string }).title ?? target.id, [...new Set(shown)], how);
      return [rule.judge(scope, evidence, [key(c), key(target)], findings)];
    });
  },
});

/** The rules of corrections (E1 is the ledger's). */
export const CORRECTION_RULES = [E5];
