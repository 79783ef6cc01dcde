/** Rules D1–D8 and D10: procedure record, quorum, threshold, tallies, voter qualifications and roster, 全委会, 一票否决, dates of notices. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { noticesOfRound } from '../domain/queries.ts';
import type { NoticeKind } from '../schemas/index.ts';
import { BODY_TYPES, DECISION_RESULTS } from '../i18n/zh-cn-schema-labels.ts';
import { NO_AUDIT } from '../schemas/integrity-summary.ts';
import { at, defineRule, fractionWords, integrityOf, key, measures, nameOf, overNotices, positionIn, positionLabel, qualificationOn, rosterOn, roundNotices, rounds, tiaoli, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** The body of a decision and its members on the meeting date. */
function meetingOf(ds: Dataset, d: Entry<'decisions'>): { bodyName: string; roster: string[]; present: string[] } {
  const body = ds.byKind.bodies.get(d.data.body);
  const roster = body ? rosterOn(body.data, d.data.meeting.date) : [];
  return { bodyName: body?.data.name ?? d.data.body, roster, present: [...new Set(d.data.present)] };
}

/** D1: a candidate is decided on only with a complete procedure record signed by the responsible person. */
export const D1 = defineRule({
  id: 'D1',
  sources: [measures('一(三)3(1)'), measures('二(三)1')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const reports = roundNotices(ds, round.id, 'inspection-reports');
      return d.data.items.map((item, i) => {
        const findings: Finding[] = [];
        const pr = d.data.procedureRecords.find((p) => p.person === item.person);
        const date = d.data.meeting.date;
        if (!pr)
          findings.push(
            at(d, ['items', i, 'person'], RULE_EVIDENCE.D1.noProcedureRecord(who(ds, item.person))),
          );
        else {
          const j = d.data.procedureRecords.indexOf(pr);
          if (pr.completed > date)
            findings.push(at(d, ['procedureRecords', j, 'completed'], RULE_EVIDENCE.D1.recordLate(pr.completed, date)));
          if (pr.signedBy === item.person)
            findings.push(at(d, ['procedureRecords', j, 'signedBy'], RULE_EVIDENCE.D1.signedBySelf));
        }
        const report = reports.find((e) => e.data.inspectee === item.person);
        if (!report)
          findings.push(
            at(d, ['items', i, 'person'], RULE_EVIDENCE.D1.noReport(who(ds, item.person))),
          );
        const evidence = pr
          ? RULE_EVIDENCE.D1.recorded(nameOf(ds, item.person), pr.completed, nameOf(ds, pr.signedBy), !!report)
          : RULE_EVIDENCE.D1.noRecord(nameOf(ds, item.person));
        return rule.judge({ round: round.id }, evidence, [key(d), ...(report ? [key(report)] : [])], findings);
      });
    });
  },
});

/** D2: members present ≥ ⌈quorum × members⌉. */
export const D2 = defineRule({
  id: 'D2',
  sources: [tiaoli(6)],
  params: ['quorum'],
  evaluate(ds, rule) {
    const q = ds.site.rules.quorum;
    return overNotices(ds, 'decisions', (d, round) => {
      const { bodyName, roster, present } = meetingOf(ds, d);
      const m = roster.length;
      const need = Math.ceil(q * m - 1e-9);
      const here = present.filter((p) => roster.includes(p)).length;
      const basis = RULE_EVIDENCE.D2.basis(m, fractionWords(q));
      const evidence = RULE_EVIDENCE.D2.evidence(d.data.meeting.session, d.data.meeting.date, here, m, need);
      const findings =
        m === 0
          ? [at(d, ['body'], RULE_EVIDENCE.D2.emptyRoster(bodyName, d.data.meeting.date))]
          : here >= need
            ? []
            : [at(d, ['present'], RULE_EVIDENCE.D2.noQuorum(here, need, basis))];
      return rule.judge({ round: round.id }, evidence, [key(d), `bodies/${d.data.body}`], findings);
    });
  },
});

/** D3: passed only when yes votes exceed the threshold of members (those who should attend). */
export const D3 = defineRule({
  id: 'D3',
  sources: [tiaoli(6)],
  params: ['passThreshold'],
  evaluate(ds, rule) {
    const t = ds.site.rules.passThreshold;
    return overNotices(ds, 'decisions', (d, round) => {
      const { roster } = meetingOf(ds, d);
      const m = roster.length;
      const need = Math.floor(m * t + 1e-9) + 1;
      const share = RULE_EVIDENCE.D3.share(m, fractionWords(t));
      return d.data.items.map((item, i) => {
        const findings: Finding[] = [];
        if (item.result === 'passed' && item.yes < need)
          findings.push(
            at(d, ['items', i, 'yes'], RULE_EVIDENCE.D3.tooFewYes(item.yes, share, need)),
          );
        if (item.result === 'rejected' && item.yes >= need)
          findings.push(at(d, ['items', i, 'result'], RULE_EVIDENCE.D3.enoughYes(item.yes, share, need)));
        const evidence = RULE_EVIDENCE.D3.evidence(nameOf(ds, item.person), item.yes, item.yes >= need, share, need, DECISION_RESULTS[item.result]);
        return rule.judge({ round: round.id }, evidence, [key(d)], findings);
      });
    });
  },
});

/** D4: yes + no + abstain ≤ present and ≤ ballots returned; ballots issued ≤ present. */
export const D4 = defineRule({
  id: 'D4',
  sources: [measures()],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const n = new Set(d.data.present).size;
      const { issued, returned } = d.data.ballots;
      const findings: Finding[] = [];
      if (issued > n) findings.push(at(d, ['ballots', 'issued'], RULE_EVIDENCE.D4.tooManyIssued(issued, n)));
      d.data.items.forEach((item, i) => {
        const sum = item.yes + item.no + item.abstain;
        if (sum > n)
          findings.push(
            at(d, ['items', i, 'yes'], RULE_EVIDENCE.D4.moreThanPresent(who(ds, item.person), item.yes, item.no, item.abstain, sum, n)),
          );
        else if (sum > returned)
          findings.push(
            at(d, ['items', i, 'yes'], RULE_EVIDENCE.D4.moreThanReturned(who(ds, item.person), sum, returned)),
          );
      });
      const evidence = RULE_EVIDENCE.D4.evidence(n, issued, returned, d.data.items.map((it) => RULE_EVIDENCE.D4.tally(nameOf(ds, it.person), it.yes, it.no, it.abstain)));
      return rule.judge({ round: round.id }, evidence, [key(d)], findings);
    });
  },
});

/** D5: every voter holds a decision-maker qualification on the meeting date. */
export const D5 = defineRule({
  id: 'D5',
  sources: [measures('三.1')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const date = d.data.meeting.date;
      const findings: Finding[] = [];
      const records = [key(d)];
      d.data.present.forEach((p, i) => {
        const q = qualificationOn(ds, p, 'decision-maker', date);
        if (q) records.push(key(q));
        else
          findings.push(
            at(d, ['present', i], RULE_EVIDENCE.D5.unqualified(who(ds, p), date)),
          );
      });
      const n = d.data.present.length;
      const evidence = RULE_EVIDENCE.D5.evidence(n, n - findings.length);
      return rule.judge({ round: round.id }, evidence, records, findings);
    });
  },
});

/** D6: the voter list is published and every voter is on the body's roster on the meeting date. */
export const D6 = defineRule({
  id: 'D6',
  sources: [measures('一(三)3(4)')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const date = d.data.meeting.date;
      const { bodyName, roster } = meetingOf(ds, d);
      const findings: Finding[] = [];
      const seen = new Set<string>();
      d.data.present.forEach((p, i) => {
        if (seen.has(p)) findings.push(at(d, ['present', i], RULE_EVIDENCE.D6.duplicate(who(ds, p))));
        seen.add(p);
        if (!roster.includes(p))
          findings.push(at(d, ['present', i], RULE_EVIDENCE.D6.notMember(who(ds, p), date, bodyName)));
      });
      d.data.absent.forEach((a, i) => {
        if (seen.has(a.person)) findings.push(at(d, ['absent', i, 'person'], RULE_EVIDENCE.D6.presentAndAbsent(who(ds, a.person))));
        else if (!roster.includes(a.person)) findings.push(at(d, ['absent', i, 'person'], RULE_EVIDENCE.D6.absentNotMember(who(ds, a.person), bodyName)));
      });
      const accounted = new Set([...d.data.present, ...d.data.absent.map((a) => a.person)]);
      const missing = roster.filter((p) => !accounted.has(p));
      if (missing.length)
        findings.push(at(d, ['absent'], RULE_EVIDENCE.D6.unaccounted(bodyName, missing.map((p) => who(ds, p)))));
      const evidence = RULE_EVIDENCE.D6.evidence(d.data.present.length, d.data.absent.length, bodyName, roster.length);
      return rule.judge({ round: round.id }, evidence, [key(d), `bodies/${d.data.body}`], findings);
    });
  },
});

/** D7: posts marked for a full-committee vote are passed by the full committee before publicity. */
export const D7 = defineRule({
  id: 'D7',
  sources: [measures('二(三)4'), tiaoli(6)],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      if (!r.data.positions.some((p) => p.fullCommitteeVote)) return [rule.notApplicable(scope, RULE_EVIDENCE.D7.noPositions, [key(r)])];
      const ds2 = roundNotices(ds, r.id, 'decisions');
      const full = ds2.filter((d) => ds.byKind.bodies.get(d.data.body)?.data.type === 'full-committee');
      const out: Outcome[] = [];
      for (const pub of roundNotices(ds, r.id, 'publicities')) {
        pub.data.candidates.forEach((c, i) => {
          if (!positionIn(r.data, c.position)?.fullCommitteeVote) return;
          const vote = full.find((d) => d.data.items.some((it) => it.person === c.person && it.position === c.position && it.result === 'passed'));
          if (vote) out.push(rule.met(scope, RULE_EVIDENCE.D7.voted(nameOf(ds, c.person), positionLabel(r.data, c.position), ds.byKind.bodies.get(vote.data.body)?.data.name ?? BODY_TYPES['full-committee'], vote.data.meeting.date), [key(pub), key(vote)]));
          else
            out.push(
              rule.failed(scope, RULE_EVIDENCE.D7.notVoted(nameOf(ds, c.person), positionLabel(r.data, c.position)), [key(pub), ...ds2.map(key)], [
                at(pub, ['candidates', i, 'position'], RULE_EVIDENCE.D7.noVote(positionLabel(r.data, c.position), who(ds, c.person))),
              ]),
            );
        });
      }
      if (out.length === 0) return [rule.notApplicable(scope, RULE_EVIDENCE.D7.notYetPublicised, [key(r)])];
      return out;
    });
  },
});

/** D8: a candidate with an audit finding of violation cannot pass (一票否决). */
export const D8 = defineRule({
  id: 'D8',
  sources: [measures('二(四)4')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const scope = { round: round.id };
      const findings: Finding[] = [];
      const records = [key(d)];
      const lines: string[] = [];
      d.data.items.forEach((item, i) => {
        const audits = integrityOf(ds, round.id, item.person).filter((s) => s.data.audit.kind !== NO_AUDIT);
        records.push(...audits.map(key));
        const violation = audits.find((s) => s.data.audit.conclusion === 'violation');
        if (violation && item.result === 'passed')
          findings.push(
            at(d, ['items', i, 'result'], RULE_EVIDENCE.D8.vetoed(who(ds, item.person), violation.file)),
          );
        if (audits.length) lines.push(RULE_EVIDENCE.D8.line(nameOf(ds, item.person), !!violation, DECISION_RESULTS[item.result]));
      });
      if (!lines.length && !findings.length) return rule.notApplicable(scope, RULE_EVIDENCE.D8.noAudits, records);
      return rule.judge(scope, RULE_EVIDENCE.D8.evidence(lines), records, findings);
    });
  },
});

/** A dated event a notice reports: where its date is, and what it is in words. */
interface Event {
  path: (string | number)[];
  date: string;
  what: string;
}

/**
 * The events each kind of notice reports as having happened (not windows or periods it announces,
 * nor effective dates it sets): none may be dated after the notice's own publication.
 */
const EVENTS: { [K in NoticeKind]?: (n: Entry<K>['data']) => Event[] } = {
  recommendations: (n) => [{ path: ['date'], date: n.date, what: RULE_EVIDENCE.D10.steps.recommendation }],
  'inspection-notices': (n) => [{ path: ['preReview', 'date'], date: n.preReview.date, what: RULE_EVIDENCE.D10.steps.preReview }],
  'inspection-reports': (n) => [
    { path: ['workReport', 'date'], date: n.workReport.date, what: RULE_EVIDENCE.D10.steps.workReport },
    { path: ['evaluation', 'date'], date: n.evaluation.date, what: RULE_EVIDENCE.D10.steps.evaluation },
    ...n.signatures.map((s, i) => ({ path: ['signatures', i, 'date'], date: s.date, what: RULE_EVIDENCE.D10.steps.signature })),
    ...(n.feedback ? [{ path: ['feedback'], date: n.feedback, what: RULE_EVIDENCE.D10.steps.feedback }] : []),
    ...n.appeals.flatMap((a, i) => [
      { path: ['appeals', i, 'filed'], date: a.filed, what: RULE_EVIDENCE.D10.steps.appealFiled },
      ...(a.resolved ? [{ path: ['appeals', i, 'resolved'], date: a.resolved, what: RULE_EVIDENCE.D10.steps.appealResolved }] : []),
    ]),
  ],
  examinations: (n) => [{ path: ['date'], date: n.date, what: RULE_EVIDENCE.D10.steps.examination }],
  decisions: (n) => [
    { path: ['meeting', 'date'], date: n.meeting.date, what: RULE_EVIDENCE.D10.steps.meeting },
    ...n.procedureRecords.map((p, i) => ({ path: ['procedureRecords', i, 'completed'], date: p.completed, what: RULE_EVIDENCE.D10.steps.procedureRecord })),
  ],
  'publicity-outcomes': (n) =>
    n.items.flatMap((it, i) => [
      ...(it.feedbackToReporters ? [{ path: ['items', i, 'feedbackToReporters'], date: it.feedbackToReporters, what: RULE_EVIDENCE.D10.steps.feedbackToReporters }] : []),
      ...(it.resolved ? [{ path: ['items', i, 'resolved'], date: it.resolved, what: RULE_EVIDENCE.D10.steps.pendingResolved }] : []),
    ]),
  'integrity-summaries': (n) => [
    ...(n.twoCircles.date ? [{ path: ['twoCircles', 'date'], date: n.twoCircles.date, what: RULE_EVIDENCE.D10.steps.twoCircles }] : []),
    ...(n.assetDeclaration.date ? [{ path: ['assetDeclaration', 'date'], date: n.assetDeclaration.date, what: RULE_EVIDENCE.D10.steps.assetDeclaration }] : []),
    ...(n.audit.date ? [{ path: ['audit', 'date'], date: n.audit.date, what: RULE_EVIDENCE.D10.steps.audit }] : []),
  ],
};

/** D10: a decision notice is published on or after its meeting; no notice reports an event dated after its own publication. */
export const D10 = defineRule({
  id: 'D10',
  sources: [measures('一(三)3')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const notices = noticesOfRound(ds, r.id);
      if (notices.length === 0) return [];
      const findings: Finding[] = [];
      for (const n of notices) {
        const events = (EVENTS[n.kind] as ((d: unknown) => Event[]) | undefined)?.(n.data) ?? [];
        for (const e of events) {
          if (e.date <= n.data.published) continue;
          findings.push(
            at(
              n,
              e.path,
              n.kind === 'decisions' && e.path[0] === 'meeting'
                ? RULE_EVIDENCE.D10.beforeMeeting(n.data.published, e.date)
                : RULE_EVIDENCE.D10.reportsLater(n.data.published, e.date, e.what),
            ),
          );
        }
      }
      const meetings = roundNotices(ds, r.id, 'decisions').map((d) => ({ date: d.data.meeting.date, published: d.data.published }));
      const evidence = RULE_EVIDENCE.D10.evidence(meetings, notices.length, findings.length === 0);
      return [rule.judge({ round: r.id }, evidence, notices.map(key), findings)];
    });
  },
});

/** The rules of this stage, in catalog order. */
export const DECISION_RULES = [D1, D2, D3, D4, D5, D6, D7, D8, D10];
