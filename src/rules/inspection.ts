/** Rules I1–I11: inspection notice, pre-review, 差额考察, work report, evaluation, conclusion, appeals, team, stages in order. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { addDays, at, defineRule, key, measures, nameOf, overNotices, positionLabel, qualificationOn, roundNotices, rounds, tiaoli, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** I1: the inspection pre-announcement is published before inspection starts; every decided candidate was inspected. */
export const I1 = defineRule({
  id: 'I1',
  sources: [measures('二(二)1')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const notices = roundNotices(ds, r.id, 'inspection-notices');
      const out: Outcome[] = notices.map((n) => {
        const { from, to } = n.data.period;
        const findings =
          n.data.published < from
            ? []
            : [at(n, ['published'], RULE_EVIDENCE.I1.noticeLate(n.data.published, from))];
        const evidence = RULE_EVIDENCE.I1.evidence(n.data.published, from, to, n.data.inspectees.length, n.data.team.length, ds.site.channels.phone);
        return rule.judge({ round: r.id }, evidence, [key(n)], findings);
      });
      const inspected = new Set(notices.flatMap((n) => n.data.inspectees.map((i) => i.person)));
      for (const d of roundNotices(ds, r.id, 'decisions')) {
        d.data.items.forEach((item, i) => {
          if (!inspected.has(item.person))
            out.push(
              rule.failed({ round: r.id }, RULE_EVIDENCE.I1.notAnnounced(nameOf(ds, item.person)), [key(d)], [
                at(d, ['items', i, 'person'], RULE_EVIDENCE.I1.notInNotice(who(ds, item.person))),
              ]),
            );
        });
      }
      return out;
    });
  },
});

/** I2: the joint pre-review is recorded before inspection; a candidate with a finding is not an inspectee. */
export const I2 = defineRule({
  id: 'I2',
  sources: [measures('二(二)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-notices', (n, r) => {
      const pr = n.data.preReview;
      const findings: Finding[] = [];
      if (pr.date > n.data.published)
        findings.push(at(n, ['preReview', 'date'], RULE_EVIDENCE.I2.reviewLate(pr.date, n.data.published)));
      if (!pr.departments.some((d) => /纪委|监委|纪检|监察/.test(d)))
        findings.push(at(n, ['preReview', 'departments'], RULE_EVIDENCE.I2.noDiscipline(pr.departments)));
      if (!pr.departments.some((d) => /组织|人事|党委|党组/.test(d)))
        findings.push(at(n, ['preReview', 'departments'], RULE_EVIDENCE.I2.noOrganisation(pr.departments)));
      const flagged = new Set(pr.findings.map((f) => f.person));
      n.data.inspectees.forEach((ins, i) => {
        if (flagged.has(ins.person))
          findings.push(
            at(n, ['inspectees', i, 'person'], RULE_EVIDENCE.I2.flagged(who(ds, ins.person))),
          );
      });
      const evidence = RULE_EVIDENCE.I2.evidence(pr.date, pr.departments, pr.findings.length, flagged.size > 0);
      return rule.judge({ round: r.id }, evidence, [key(n)], findings);
    });
  },
});

/** I3: at least `differentialRatio` inspectees per vacancy (1:2 差额考察); exception allowed. */
export const I3 = defineRule({
  id: 'I3',
  sources: [measures('二(二)3')],
  params: ['differentialRatio'],
  exceptionAllowed: true,
  evaluate(ds, rule) {
    const ratio = ds.site.rules.differentialRatio;
    return rounds(ds).flatMap((r) => {
      const notices = roundNotices(ds, r.id, 'inspection-notices');
      return r.data.positions.flatMap((p) => {
        const listing = notices.filter((n) => n.data.inspectees.some((i) => i.position === p.id));
        if (listing.length === 0) return [];
        const people = new Set(listing.flatMap((n) => n.data.inspectees.filter((i) => i.position === p.id).map((i) => i.person)));
        const need = ratio * p.count;
        const evidence = RULE_EVIDENCE.I3.evidence(positionLabel(r.data, p.id), p.count, people.size, people.size >= need, need, ratio);
        const subject = listing.find((n) => n.data.exceptions?.some((e) => e.rule === rule.id)) ?? listing[0]!;
        const findings =
          people.size >= need
            ? []
            : [
                at(
                  subject,
                  ['inspectees'],
                  RULE_EVIDENCE.I3.tooFew(positionLabel(r.data, p.id), p.count, people.size, ratio, need),
                ),
              ];
        return [rule.judge({ round: r.id }, evidence, listing.map(key), findings, subject)];
      });
    });
  },
});

/** Inspection reports of `person` in the round, those for notice `notice` first. */
function reportsOf(ds: Dataset, roundId: string, person: string): Entry<'inspection-reports'>[] {
  return roundNotices(ds, roundId, 'inspection-reports').filter((e) => e.data.inspectee === person);
}

/** I4: every inspectee has a work report recorded within the inspection period. */
export const I4 = defineRule({
  id: 'I4',
  sources: [measures('二(二)4')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const decided = roundNotices(ds, r.id, 'decisions').length > 0;
      return roundNotices(ds, r.id, 'inspection-notices').flatMap((n) =>
        n.data.inspectees.map((ins, i) => {
          const scope = { round: r.id };
          const reports = reportsOf(ds, r.id, ins.person);
          const report = reports.find((e) => e.data.inspectionNotice === n.id) ?? reports[0];
          if (!report) {
            if (!decided) return rule.notApplicable(scope, RULE_EVIDENCE.I4.noReport(nameOf(ds, ins.person)), [key(n)]);
            return rule.failed(scope, RULE_EVIDENCE.I4.noWorkReport(nameOf(ds, ins.person)), [key(n)], [
              at(n, ['inspectees', i, 'person'], RULE_EVIDENCE.I4.noConclusion(who(ds, ins.person))),
            ]);
          }
          const { from, to } = n.data.period;
          const wr = report.data.workReport;
          const findings =
            wr.date >= from && wr.date <= to
              ? []
              : [at(report, ['workReport', 'date'], RULE_EVIDENCE.I4.outsidePeriod(wr.date, from, to))];
          const evidence = RULE_EVIDENCE.I4.evidence(nameOf(ds, ins.person), wr.form, wr.date, wr.audience);
          return rule.judge(scope, evidence, [key(n), key(report)], findings);
        }),
      );
    });
  },
});

/** I5: democratic evaluation adds up: ratings ≤ valid ballots ≤ participants. */
export const I5 = defineRule({
  id: 'I5',
  sources: [measures('二(二)5')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-reports', (e, r) => {
      const ev = e.data.evaluation;
      const { excellent, competent, basicallyCompetent, incompetent } = ev.ratings;
      const sum = excellent + competent + basicallyCompetent + incompetent;
      const findings: Finding[] = [];
      if (sum > ev.ballotsValid)
        findings.push(
          at(e, ['evaluation', 'ratings'], RULE_EVIDENCE.I5.ratingsExceed(sum, excellent, competent, basicallyCompetent, incompetent, ev.ballotsValid)),
        );
      if (ev.ballotsValid > ev.participants)
        findings.push(at(e, ['evaluation', 'ballotsValid'], RULE_EVIDENCE.I5.validExceeds(ev.ballotsValid, ev.participants)));
      const evidence = RULE_EVIDENCE.I5.evidence(nameOf(ds, e.data.inspectee), ev.participants, ev.ballotsValid, excellent, competent, basicallyCompetent, incompetent);
      return rule.judge({ round: r.id }, evidence, [key(e)], findings);
    });
  },
});

/** I6: the conclusion lists interviews by level and carries every team member's signature. */
export const I6 = defineRule({
  id: 'I6',
  sources: [measures('一(二)3'), measures('二(二)6'), measures('二(二)8')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-reports', (e, r) => {
      const findings: Finding[] = [];
      const talked = e.data.interviews.reduce((a, i) => a + i.count, 0);
      if (talked === 0)
        findings.push(at(e, ['interviews'], RULE_EVIDENCE.I6.noInterviews));
      const notice = ds.byKind['inspection-notices'].get(e.data.inspectionNotice);
      const team = notice ? [...new Set(notice.data.team.map((t) => t.person))] : [];
      const signed = new Set(e.data.signatures.map((s) => s.person));
      const missing = team.filter((p) => !signed.has(p));
      if (missing.length)
        findings.push(
          at(e, ['signatures'], RULE_EVIDENCE.I6.unsigned(missing.map((p) => who(ds, p)))),
        );
      e.data.signatures.forEach((s, i) => {
        if (notice && !team.includes(s.person))
          findings.push(at(e, ['signatures', i, 'person'], RULE_EVIDENCE.I6.notTeam(who(ds, s.person), notice.file)));
      });
      const levels = e.data.interviews.map((i) => RULE_EVIDENCE.I6.level(i.level, i.count));
      const evidence = RULE_EVIDENCE.I6.evidence(nameOf(ds, e.data.inspectee), talked, levels, team.length, team.length - missing.length);
      return rule.judge({ round: r.id }, evidence, [key(e), ...(notice ? [key(notice)] : [])], findings);
    });
  },
});

/** I7: appeals are filed within the window after feedback and resolved before the decision on the appellant or the position. */
export const I7 = defineRule({
  id: 'I7',
  sources: [measures('二(二)7')],
  params: ['appealDays'],
  evaluate(ds, rule) {
    const days = ds.site.rules.appealDays;
    return rounds(ds).flatMap((r) => {
      const decisions = roundNotices(ds, r.id, 'decisions');
      return roundNotices(ds, r.id, 'inspection-reports').map((e) => {
        const scope = { round: r.id };
        const appeals = e.data.appeals;
        if (appeals.length === 0) return rule.notApplicable(scope, RULE_EVIDENCE.I7.noAppeal(nameOf(ds, e.data.inspectee)), [key(e)]);
        const decided = decisions
          .filter((d) => d.data.items.some((i) => i.person === e.data.inspectee || i.position === e.data.position))
          .map((d) => d.data.meeting.date)
          .sort()[0];
        const findings: Finding[] = [];
        const fb = e.data.feedback;
        appeals.forEach((a, i) => {
          if (!fb) findings.push(at(e, ['feedback'], RULE_EVIDENCE.I7.noFeedback(days)));
          else if (a.filed < fb)
            findings.push(at(e, ['appeals', i, 'filed'], RULE_EVIDENCE.I7.beforeFeedback(a.filed, fb)));
          else if (a.filed > addDays(fb, days))
            findings.push(
              at(e, ['appeals', i, 'filed'], RULE_EVIDENCE.I7.late(a.filed, fb, days, addDays(fb, days))),
            );
          if (decided && (!a.resolved || a.resolved > decided))
            findings.push(
              at(
                e,
                ['appeals', i, 'resolved'],
                a.resolved
                  ? RULE_EVIDENCE.I7.resolvedAfterDecision(a.resolved, decided)
                  : RULE_EVIDENCE.I7.unresolved(decided),
              ),
            );
          if (a.resolved && !a.outcome) findings.push(at(e, ['appeals', i, 'outcome'], RULE_EVIDENCE.I7.noOutcome));
        });
        const evidence = RULE_EVIDENCE.I7.evidence(nameOf(ds, e.data.inspectee), fb ?? '—', appeals.map((a) => RULE_EVIDENCE.I7.appeal(a.filed, a.resolved)), decided);
        return rule.judge(scope, evidence, [key(e), ...decisions.map(key)], findings);
      });
    });
  },
});

/** I8: every inspector holds a valid inspection qualification throughout the inspection. */
export const I8 = defineRule({
  id: 'I8',
  sources: [measures('三.2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-notices', (n, r) =>
      n.data.team.map((t, i) => {
        const { from, to } = n.data.period;
        const q = qualificationOn(ds, t.person, 'inspector', from, to);
        if (q) return rule.met({ round: r.id }, RULE_EVIDENCE.I8.qualified(nameOf(ds, t.person), q.data.certificate, q.data.issued, q.data.expires), [key(n), key(q)]);
        return rule.failed({ round: r.id }, RULE_EVIDENCE.I8.unqualified(nameOf(ds, t.person)), [key(n)], [
          at(
            n,
            ['team', i, 'person'],
            RULE_EVIDENCE.I8.noQualification(who(ds, t.person), from, to),
          ),
        ]);
      }),
    );
  },
});

/** I9: an inspection team has at least `minTeamSize` members. */
export const I9 = defineRule({
  id: 'I9',
  sources: [tiaoli(5)],
  params: ['minTeamSize'],
  evaluate(ds, rule) {
    const min = ds.site.rules.minTeamSize;
    return overNotices(ds, 'inspection-notices', (n, r) => {
      const size = new Set(n.data.team.map((t) => t.person)).size;
      const findings = size >= min ? [] : [at(n, ['team'], RULE_EVIDENCE.I9.tooSmall(size, min))];
      return rule.judge({ round: r.id }, RULE_EVIDENCE.I9.evidence(size, min), [key(n)], findings);
    });
  },
});

/** I10: inspectee information published: résumé, education, achievements, health, qualification check, votes. */
export const I10 = defineRule({
  id: 'I10',
  sources: [measures('一(二)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-reports', (e, r) => {
      const person = ds.byKind.people.get(e.data.inspectee);
      const findings: Finding[] = [];
      if (person && person.data.resume.length === 0)
        findings.push(at(person, ['resume'], RULE_EVIDENCE.I10.noResume(person.data.name)));
      if (person && !person.data.education) findings.push(at(person, ['education'], RULE_EVIDENCE.I10.noEducation(person.data.name)));
      if (!e.data.achievements && !person?.data.achievements)
        findings.push(at(e, ['achievements'], RULE_EVIDENCE.I10.noAchievements));
      const fields = [
        ['health', RULE_EVIDENCE.I10.parts.health],
        ['qualificationCheck', RULE_EVIDENCE.I10.parts.qualificationCheck],
        ['recommendationVotes', RULE_EVIDENCE.I10.parts.recommendationVotes],
      ] as const;
      for (const [field, label] of fields) if (!e.data[field]) findings.push(at(e, [field], RULE_EVIDENCE.I10.missing(label, field)));
      const evidence = findings.length
        ? RULE_EVIDENCE.I10.incomplete(nameOf(ds, e.data.inspectee))
        : RULE_EVIDENCE.I10.complete(nameOf(ds, e.data.inspectee));
      return rule.judge({ round: r.id }, evidence, [key(e), ...(person ? [key(person)] : [])], findings);
    });
  },
});

/** I11: the conclusion is dated within or after the inspection period, and it and its feedback come before the decision meeting. */
export const I11 = defineRule({
  id: 'I11',
  sources: [measures('二(二)'), measures('二(三)1')],
  evaluate(ds, rule) {
    return overNotices(ds, 'inspection-reports', (e, round) => {
      const scope = { round: round.id };
      const notice = ds.byKind['inspection-notices'].get(e.data.inspectionNotice);
      const meeting = roundNotices(ds, round.id, 'decisions')
        .filter((d) => d.data.items.some((i) => i.person === e.data.inspectee))
        .map((d) => ({ d, date: d.data.meeting.date }))
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      const name = nameOf(ds, e.data.inspectee);
      const findings: Finding[] = [];
      const signed = e.data.signatures.map((s) => s.date).sort();
      const from = notice?.data.period.from;
      e.data.signatures.forEach((s, i) => {
        if (from && s.date < from)
          findings.push(at(e, ['signatures', i, 'date'], RULE_EVIDENCE.I11.signedBeforeInspection(s.date, from, notice!.file)));
        if (meeting && s.date >= meeting.date)
          findings.push(at(e, ['signatures', i, 'date'], RULE_EVIDENCE.I11.signedAtDecision(s.date, meeting.date, meeting.d.file)));
      });
      const fb = e.data.feedback;
      const last = signed.at(-1);
      if (fb && last && fb < last)
        findings.push(at(e, ['feedback'], RULE_EVIDENCE.I11.feedbackBeforeSigned(fb, last)));
      if (fb && meeting && fb >= meeting.date)
        findings.push(at(e, ['feedback'], RULE_EVIDENCE.I11.feedbackAtDecision(fb, meeting.date, meeting.d.file)));
      const evidence = RULE_EVIDENCE.I11.evidence(name, notice?.data.period, last, fb, meeting?.date);
      return rule.judge(scope, evidence, [key(e), ...(notice ? [key(notice)] : []), ...(meeting ? [key(meeting.d)] : [])], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const INSPECTION_RULES = [I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, I11];
