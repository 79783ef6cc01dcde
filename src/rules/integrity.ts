/** Rules C1–C4: 两圈 review, asset declaration, debts, economic responsibility audit (statuses only). */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { at, defineRule, integrityOf, key, measures, nameOf, overNotices, positionIn, positionLabel, roundNotices, rounds, who, type Finding, type Outcome } from './rule.ts';

/** C1: the two-circles report was reviewed during inspection; every candidate decided on has an integrity summary. */
export const C1 = defineRule({
  id: 'C1',
  sources: [measures('二(四)1')],
  evaluate(ds, rule) {
    const out: Outcome[] = overNotices(ds, 'integrity-summaries', (s, round) => {
      const tc = s.data.twoCircles;
      const findings: Finding[] = [];
      const notices = roundNotices(ds, round.id, 'inspection-notices').filter((n) => n.data.inspectees.some((i) => i.person === s.data.person));
      if (!tc.reviewed) findings.push(at(s, ['twoCircles', 'reviewed'], `考察组没有查阅 ${who(ds, s.data.person)} 的“两圈”情况申报表:须在考察期间查阅并作出评价`));
      else if (notices.length && !tc.date) findings.push(at(s, ['twoCircles', 'date'], '没有写明查阅“两圈”情况的日期:请填写 twoCircles.date,以便核对是否在考察期间'));
      else if (tc.date && notices.length && !notices.some((n) => n.data.period.from <= tc.date! && tc.date! <= n.data.period.to)) {
        const periods = notices.map((n) => `${n.data.period.from} 至 ${n.data.period.to}`).join('、');
        findings.push(at(s, ['twoCircles', 'date'], `查阅“两圈”情况的日期 ${tc.date} 不在考察期(${periods})内:须在考察期间查阅,请核对日期`));
      }
      const evidence = `${nameOf(ds, s.data.person)}:“两圈”情况${tc.reviewed ? `已于考察中查阅${tc.date ? `(${tc.date})` : ''}` : '未查阅'},${tc.conclusion}`;
      return rule.judge({ round: round.id }, evidence, [key(s), ...notices.map(key)], findings);
    });
    for (const round of rounds(ds)) {
      for (const d of roundNotices(ds, round.id, 'decisions')) {
        d.data.items.forEach((item, i) => {
          if (integrityOf(ds, round.id, item.person).length) return;
          out.push(
            rule.failed({ round: round.id }, `${nameOf(ds, item.person)}:没有廉政情况记录`, [key(d)], [
              at(d, ['items', i, 'person'], `${who(ds, item.person)} 没有廉政情况记录:讨论决定前须在 content/integrity-summaries/ 录入其“两圈”审查、财产申报、负债报告和审计情况`),
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
      const findings = a.submitted ? [] : [at(s, ['assetDeclaration', 'submitted'], `${who(ds, s.data.person)} 没有申报个人及家庭财产:拟提任人选须申报后方可提交讨论`)];
      return rule.judge({ round: round.id }, `${nameOf(ds, s.data.person)}:财产申报${a.submitted ? `已提交${a.date ? `(${a.date})` : ''}` : '未提交'}`, [key(s)], findings);
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
      if (!d.atOrAboveThreshold) return rule.notApplicable({ round: round.id }, `${name}:无 ${yuan} 元以上负债`, [key(s)]);
      const findings = d.repaymentPlanReported
        ? []
        : [at(s, ['debts', 'repaymentPlanReported'], `${who(ds, s.data.person)} 有 ${yuan} 元以上负债,没有报告还款计划:须向组织报告拟还计划后填写 repaymentPlanReported: true`)];
      return rule.judge({ round: round.id }, `${name}:有 ${yuan} 元以上负债,${d.repaymentPlanReported ? '已' : '未'}报告还款计划`, [key(s)], findings);
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
          return rule.notApplicable(scope, `${name}:${positionLabel(round.data, item.position)}不是单位主要负责人`, [key(d)]);
        const date = d.data.meeting.date;
        const ss = integrityOf(ds, round.id, item.person);
        const done = ss.find((s) => s.data.audit.kind !== '不适用' && s.data.audit.conclusion !== 'not-applicable');
        if (!done) {
          const s = ss[0];
          return rule.failed(scope, `${name}:拟任单位主要负责人,无经济责任审计`, [key(d), ...ss.map(key)], [
            s
              ? at(s, ['audit', 'kind'], `${who(ds, item.person)} 拟任${positionLabel(round.data, item.position)}(单位主要负责人),须在讨论决定前完成经济责任审计:请填写审计类型(任中审计或离任审计)、日期和结论`)
              : at(d, ['items', i, 'person'], `${who(ds, item.person)} 拟任单位主要负责人,没有经济责任审计记录:请在 content/integrity-summaries/ 录入审计情况`),
          ]);
        }
        const a = done.data.audit;
        const findings: Finding[] = [];
        if (!a.date) findings.push(at(done, ['audit', 'date'], '没有写明审计日期:请填写 audit.date,以便核对是否在讨论决定前完成'));
        else if (a.date > date) findings.push(at(done, ['audit', 'date'], `审计日期 ${a.date} 晚于讨论决定日期 ${date}:经济责任审计须在讨论决定前完成`));
        return rule.judge(scope, `${name}:${a.kind}${a.date ? ` ${a.date}` : ''},${a.conclusion === 'violation' ? '发现违纪' : '未发现违纪'};讨论决定 ${date}`, [key(d), key(done)], findings);
      }),
    );
  },
});

/** The rules of this stage, in catalog order. */
export const INTEGRITY_RULES = [C1, C2, C3, C4];
