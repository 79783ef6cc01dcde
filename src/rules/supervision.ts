/**
 * Rules E2–E4: annual inspections pre-announced and their findings published, the accountability
 * trail of every appointment, yearly feedback reports. E1 (corrections) is the ledger's.
 */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { formatPath } from '../domain/problem.ts';
import { TRAIL_ROLES, type TrailRole } from '../i18n/zh-cn-rules.ts';
import { SUPERVISION_TYPES } from '../i18n/zh-cn-schema-labels.ts';
import { at, defineRule, key, measures, nameOf, overNotices, roundNotices, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** One person answerable for an appointment, and the record that names them. */
export interface TrailLink {
  role: TrailRole;
  /** Chinese label of the role. */
  label: string;
  name: string;
  /** The person record, when the role names one (recommenders and examiners are signatures). */
  person?: string;
  unit?: string;
  post?: string;
  /** The record naming them, as kind/id. */
  record: string;
  /** Where in that record. */
  path: string;
}

/** The accountability trail (E3) of `personId` in round `roundId`: everyone who recommended, inspected, examined, voted or signed. */
export function trailOf(ds: Dataset, roundId: string, personId: string): TrailLink[] {
  const out: TrailLink[] = [];
  const link = (role: TrailRole, e: Entry, path: (string | number)[], who: { name: string; person?: string; unit?: string; post?: string }) =>
    out.push({ role, label: TRAIL_ROLES[role], ...who, record: key(e), path: formatPath(path) });
  const person = (id: string) => ({ name: nameOf(ds, id), person: id });

  for (const rec of roundNotices(ds, roundId, 'recommendations'))
    rec.data.candidates.forEach((c, i) => {
      if (c.person === personId) c.recommenders.forEach((s, j) => link('recommender', rec, ['candidates', i, 'recommenders', j], { name: s.name, unit: s.unit, post: s.post }));
    });
  for (const n of roundNotices(ds, roundId, 'inspection-notices'))
    if (n.data.inspectees.some((i) => i.person === personId)) n.data.team.forEach((t, j) => link('inspector', n, ['team', j, 'person'], person(t.person)));
  for (const r of roundNotices(ds, roundId, 'inspection-reports'))
    if (r.data.inspectee === personId) r.data.signatures.forEach((s, j) => link('evaluation-signer', r, ['signatures', j, 'person'], person(s.person)));
  for (const e of roundNotices(ds, roundId, 'examinations'))
    if (e.data.candidates.some((c) => c.person === personId)) e.data.examiners.forEach((x, j) => link('examiner', e, ['examiners', j], { name: x.name, unit: x.unit, post: x.post }));
  for (const d of roundNotices(ds, roundId, 'decisions')) {
    if (!d.data.items.some((i) => i.person === personId)) continue;
    d.data.present.forEach((p, j) => link('voter', d, ['present', j], person(p)));
    d.data.procedureRecords.forEach((pr, j) => {
      if (pr.person === personId) link('procedure-signer', d, ['procedureRecords', j, 'signedBy'], person(pr.signedBy));
    });
    link('reporter', d, ['reportedBy'], person(d.data.reportedBy));
  }
  return out;
}

/** Supervision reports of `type`. */
function reports(ds: Dataset, type: keyof typeof SUPERVISION_TYPES): Entry<'supervision-reports'>[] {
  return [...ds.byKind['supervision-reports'].values()].filter((e) => e.data.type === type).sort((a, b) => a.data.published.localeCompare(b.data.published));
}

/** Years the jurisdiction has published anything for, up to this year. */
function activeYears(ds: Dataset): number[] {
  const now = Number(ds.today.slice(0, 4));
  const years = new Set<number>();
  for (const r of ds.byKind.rounds.values()) years.add(r.data.year);
  for (const s of ds.byKind['supervision-reports'].values()) years.add(s.data.year);
  return [...years].filter((y) => y <= now).sort();
}

const FOLDER = 'content/supervision-reports/';

/** E2: annual supervision inspections are pre-announced and their findings published; a revocation names an appointment of its round. */
export const E2 = defineRule({
  id: 'E2',
  sources: [measures('三.5')],
  evaluate(ds, rule) {
    const out: Outcome[] = [];
    const now = Number(ds.today.slice(0, 4));
    const announcements = reports(ds, 'announcement');
    const findingsReports = reports(ds, 'findings');
    for (const a of announcements) {
      const findings: Finding[] = [];
      const p = a.data.period;
      if (p && a.data.published > p.from) findings.push(at(a, ['published'], RULE_EVIDENCE.E2.announcedLate(a.data.published, p.from)));
      const follow = findingsReports.filter((f) => f.data.announcement === a.id);
      if (follow.length === 0 && a.data.year < now)
        findings.push(at(a, ['year'], RULE_EVIDENCE.E2.noFindings(a.data.year)));
      const evidence = RULE_EVIDENCE.E2.announcement(a.data.year, a.data.published, p, follow.map((f) => f.data.published));
      out.push(rule.judge({ year: a.data.year }, evidence, [key(a), ...follow.map(key)], findings));
    }
    for (const f of findingsReports) {
      const findings: Finding[] = [];
      const a = f.data.announcement ? ds.byKind['supervision-reports'].get(f.data.announcement) : undefined;
      if (!f.data.announcement) findings.push(at(f, ['announcement'], RULE_EVIDENCE.E2.noAnnouncement));
      else if (a && a.data.type !== 'announcement') findings.push(at(f, ['announcement'], RULE_EVIDENCE.E2.notAnnouncement(a.file, a.data.type)));
      else if (a && f.data.published < a.data.published) findings.push(at(f, ['published'], RULE_EVIDENCE.E2.beforeAnnouncement(f.data.published, a.data.published)));
      if (findings.length) out.push(rule.failed({ year: f.data.year }, RULE_EVIDENCE.E2.unannounced(f.data.year), [key(f)], findings));
      f.data.findings.forEach((x, i) => {
        if (!x.revokes) return;
        const { round, person } = x.revokes;
        const appointed = roundNotices(ds, round, 'appointments').find((ap) => ap.data.results.some((r) => r.person === person && r.status === 'appointed'));
        const scope = { round };
        if (appointed) out.push(rule.met(scope, RULE_EVIDENCE.E2.revoked(f.data.year, nameOf(ds, person), f.data.published), [key(f), key(appointed)]));
        else
          out.push(
            rule.failed(scope, RULE_EVIDENCE.E2.revokedElsewhere, [key(f)], [
              at(f, ['findings', i, 'revokes', 'person'], RULE_EVIDENCE.E2.notAppointed(who(ds, person), round)),
            ]),
          );
      });
    }
    for (const y of activeYears(ds)) {
      if (y >= now) continue;
      const announced = announcements.some((a) => a.data.year === y);
      const found = findingsReports.some((f) => f.data.year === y);
      if (announced && found) continue;
      const missing = RULE_EVIDENCE.E2.lacking(announced, found);
      out.push(
        rule.failed({ year: y }, RULE_EVIDENCE.E2.missing(y, missing), [], [
          { file: FOLDER, path: '', message: RULE_EVIDENCE.E2.missingFinding(y, missing, FOLDER) },
        ]),
      );
    }
    return out;
  },
});

/** E3: every appointment shows its accountability trail. */
export const E3 = defineRule({
  id: 'E3',
  sources: [measures('一(一)3'), measures('一(三)3(3)'), measures('二(三)5')],
  evaluate(ds, rule) {
    return overNotices(ds, 'appointments', (a, r) =>
      a.data.results.flatMap((res, i) => {
        if (res.status !== 'appointed') return [];
        const trail = trailOf(ds, r.id, res.person);
        const count = (role: TrailRole) => trail.filter((t) => t.role === role).length;
        const required: TrailRole[] = ['recommender', 'inspector', 'voter', 'procedure-signer', ...(r.data.method === 'individual' ? [] : (['examiner'] as const))];
        const missing = required.filter((role) => count(role) === 0);
        const summary = (Object.keys(TRAIL_ROLES) as TrailRole[])
          .filter((role) => count(role) > 0)
          .map((role) => RULE_EVIDENCE.E3.role(TRAIL_ROLES[role], count(role)));
        const findings = missing.length
          ? [
              at(
                a,
                ['results', i, 'person'],
                RULE_EVIDENCE.E3.incomplete(who(ds, res.person), missing.map((m) => TRAIL_ROLES[m])),
              ),
            ]
          : [];
        return [rule.judge({ round: r.id }, RULE_EVIDENCE.E3.evidence(nameOf(ds, res.person), summary), [key(a), ...new Set(trail.map((t) => t.record))], findings)];
      }),
    );
  },
});

/** E4: feedback reports (反馈通报) are published at least once a year. */
export const E4 = defineRule({
  id: 'E4',
  sources: [measures('三.6')],
  evaluate(ds, rule) {
    const now = Number(ds.today.slice(0, 4));
    const feedback = reports(ds, 'feedback');
    return activeYears(ds).map((y) => {
      const of = feedback.filter((f) => f.data.year === y);
      const scope = { year: y };
      if (of.length) return rule.met(scope, RULE_EVIDENCE.E4.published(y, of.map((f) => f.data.published)), of.map(key));
      if (y >= now) return rule.notApplicable(scope, RULE_EVIDENCE.E4.notYet(y));
      return rule.failed(scope, RULE_EVIDENCE.E4.missing(y), [], [
        { file: FOLDER, path: '', message: RULE_EVIDENCE.E4.missingFinding(y, FOLDER) },
      ]);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const SUPERVISION_RULES = [E2, E3, E4];
