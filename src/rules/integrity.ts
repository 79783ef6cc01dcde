/** Rules C1–C4: 两圈 review, asset declaration, debts, economic responsibility audit (statuses only). */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { at, defineRule, integrityOf, key, measures, nameOf, overNotices, positionIn, positionLabel, roundNotices, rounds, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';
import { NO_AUDIT } from '../schemas/integrity-summary.ts';

/** C1: the two-circles report was reviewed during inspection; every candidate decided on has an integrity summary. */
export const C1 = defineRule({
  id: 'C1',
  sources: [measures('二(四)1')],
  evaluate(ds, rule) {
    const out: Outcome[] = overNotices(ds, 'integrity-summaries', (s, round) => {
      const tc = s.data.twoCircles;
      const findings: Finding[] = [];
      const notices = roundNotices(ds, round.id, 'inspection-notices').filter((n) => n.data.inspectees.some((i) => i.person === s.data.person));
      if (!tc.reviewed) findings.push(at(s, ['twoCircles', 'reviewed'], RULE_EVIDENCE.C1.notReviewed(who(ds, s.data.person))));
      else if (notices.length && !tc.date) findings.push(at(s, ['twoCircles', 'date'], RULE_EVIDENCE.C1.noDate));
      else if (tc.date && notices.length && !notices.some((n) => n.data.period.from <= tc.date! && tc.date! <= n.data.period.to)) {
        const periods = notices.map((n) => RULE_EVIDENCE.C1.period(n.data.period.from, n.data.period.to));
        findings.push(at(s, ['twoCircles', 'date'], RULE_EVIDENCE.C1.outsidePeriod(tc.date, periods)));
      }
      const evidence = RULE_EVIDENCE.C1.evidence(nameOf(ds, s.data.person), tc.reviewed, tc.date, tc.conclusion);
      return rule.judge({ round: round.id }, evidence, [key(s), ...notices.map(key)], findings);
    });
    for (const round of rounds(ds)) {
      for (const d of roundNotices(ds, round.id, 'decisions')) {
        d.data.items.forEach((item, i) => {
          if (integrityOf(ds, round.id, item.person).length) return;
          out.push(
            rule.failed({ round: round.id }, RULE_EVIDENCE.C1.noSummary(nameOf(ds, item.person)), [key(d)], [
              at(d, ['items', i, 'person'], RULE_EVIDENCE.C1.noSummaryFinding(who(ds, item.person))),
            ]),
          );
        });
      }
    }
    return out;
  },
});

/** C2: the asset declaration was submitted (status only, never amounts). */
export const C2 = defineRule({
  id: 'C2',
  sources: [measures('二(四)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'integrity-summaries', (s, round) => {
      const a = s.data.assetDeclaration;
      const findings = a.submitted ? [] : [at(s, ['assetDeclaration', 'submitted'], RULE_EVIDENCE.C2.notSubmitted(who(ds, s.data.person)))];
      return rule.judge({ round: round.id }, RULE_EVIDENCE.C2.evidence(nameOf(ds, s.data.person), a.submitted, a.date), [key(s)], findings);
    });
  },
});

/** C3: debts at or above the threshold have a repayment plan reported. */
export const C3 = defineRule({
  id: 'C3',
  sources: [measures('二(四)3')],
  params: ['debtThreshold'],
  evaluate(ds, rule) {
    const yuan = ds.site.rules.debtThreshold;
    return overNotices(ds, 'integrity-summaries', (s, round) => {
      const d = s.data.debts;
      const name = nameOf(ds, s.data.person);
      if (!d.atOrAboveThreshold) return rule.notApplicable({ round: round.id }, RULE_EVIDENCE.C3.noDebt(name, yuan), [key(s)]);
      const findings = d.repaymentPlanReported
        ? []
        : [at(s, ['debts', 'repaymentPlanReported'], RULE_EVIDENCE.C3.noPlan(who(ds, s.data.person), yuan))];
      return rule.judge({ round: round.id }, RULE_EVIDENCE.C3.evidence(name, yuan, !!d.repaymentPlanReported), [key(s)], findings);
    });
  },
});

/** C4: an economic responsibility audit is done before the decision for candidates to head a unit. */
export const C4 = defineRule({
  id: 'C4',
  sources: [measures('二(四)4')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) =>
      d.data.items.map((item, i) => {
        const scope = { round: round.id };
        const name = nameOf(ds, item.person);
        if (!positionIn(round.data, item.position)?.unitHead)
          return rule.notApplicable(scope, RULE_EVIDENCE.C4.notHead(name, positionLabel(round.data, item.position)), [key(d)]);
        const date = d.data.meeting.date;
        const ss = integrityOf(ds, round.id, item.person);
        const done = ss.find((s) => s.data.audit.kind !== NO_AUDIT && s.data.audit.conclusion !== 'not-applicable');
        if (!done) {
          const s = ss[0];
          return rule.failed(scope, RULE_EVIDENCE.C4.noAudit(name), [key(d), ...ss.map(key)], [
            s
              ? at(s, ['audit', 'kind'], RULE_EVIDENCE.C4.auditNotDone(who(ds, item.person), positionLabel(round.data, item.position)))
              : at(d, ['items', i, 'person'], RULE_EVIDENCE.C4.noSummary(who(ds, item.person))),
          ]);
        }
        const a = done.data.audit;
        const findings: Finding[] = [];
        if (!a.date) findings.push(at(done, ['audit', 'date'], RULE_EVIDENCE.C4.noDate));
        else if (a.date > date) findings.push(at(done, ['audit', 'date'], RULE_EVIDENCE.C4.auditLate(a.date, date)));
        return rule.judge(scope, RULE_EVIDENCE.C4.evidence(name, a.kind, a.date, a.conclusion === 'violation', date), [key(d), key(done)], findings);
      }),
    );
  },
});

/** The rules of this stage, in catalog order. */
export const INTEGRITY_RULES = [C1, C2, C3, C4];
