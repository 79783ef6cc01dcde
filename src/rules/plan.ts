/** Rules P1–P2: the annual plan and the recommendation pre-announcement (P3 is the ledger's). */
import { noticesOfRound } from '../domain/queries.ts';
import { at, defineRule, key, measures, roundNotices, rounds, type Finding } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** P1: each round belongs to a published annual plan of its year, published before the round's first notice. */
export const P1 = defineRule({
  id: 'P1',
  sources: [measures('二'), measures('三.4')],
  evaluate(ds, rule) {
    return rounds(ds).map((r) => {
      const round = r.data;
      const scope = { round: r.id };
      const plan = ds.byKind.plans.get(round.plan);
      if (!plan) return rule.notApplicable(scope, RULE_EVIDENCE.P1.planMissing(round.plan), [key(r)]);
      const findings: Finding[] = [];
      if (plan.data.year !== round.year)
        findings.push(
          at(r, ['plan'], RULE_EVIDENCE.P1.wrongYear(plan.id, plan.data.year, round.year)),
        );
      const first = noticesOfRound(ds, r.id).reduce<(typeof ds.notices)[number] | undefined>(
        (a, n) => (!a || n.data.published < a.data.published ? n : a),
        undefined,
      );
      if (first && plan.data.published > first.data.published)
        findings.push(
          at(
            r,
            ['plan'],
            RULE_EVIDENCE.P1.planLate(plan.file, plan.data.published, first.file, first.data.published),
          ),
        );
      const planned = new Set(plan.data.items.map((i) => i.unit));
      round.positions.forEach((p, i) => {
        if (!planned.has(p.unit))
          findings.push(
            at(
              r,
              ['positions', i, 'unit'],
              RULE_EVIDENCE.P1.unitNotInPlan(p.title, ds.byKind.units.get(p.unit)?.data.name ?? p.unit, plan.file),
            ),
          );
      });
      const evidence = RULE_EVIDENCE.P1.evidence(plan.data.year, plan.data.published, first?.data.published);
      return rule.judge(scope, evidence, [key(r), key(plan), ...(first ? [key(first)] : [])], findings);
    });
  },
});

/** P2: the recommendation pre-announcement is published before recommendation opens. */
export const P2 = defineRule({
  id: 'P2',
  sources: [measures('一(一)5'), measures('二(一)1')],
  evaluate(ds, rule) {
    return rounds(ds).map((r) => {
      const scope = { round: r.id };
      const pres = roundNotices(ds, r.id, 'pre-announcements');
      const recs = roundNotices(ds, r.id, 'recommendations');
      const later = noticesOfRound(ds, r.id).filter((n) => n.kind !== 'pre-announcements');
      if (pres.length === 0) {
        if (later.length === 0) return rule.notApplicable(scope, RULE_EVIDENCE.P2.notYet, [key(r)]);
        const target = recs[0] ?? r;
        const finding = at(
          target,
          recs[0] ? ['date'] : [],
          RULE_EVIDENCE.P2.noPreAnnouncement(r.id),
        );
        return rule.judge(scope, RULE_EVIDENCE.P2.unpublished, [key(r), ...later.map(key)], [finding]);
      }
      const findings: Finding[] = [];
      const first = pres[0]!;
      for (const pre of pres) {
        if (pre.data.published >= pre.data.recommendation.from)
          findings.push(
            at(
              pre,
              ['recommendation', 'from'],
              RULE_EVIDENCE.P2.startsEarly(pre.data.published, pre.data.recommendation.from),
            ),
          );
      }
      for (const rec of recs) {
        if (rec.data.date < first.data.published)
          findings.push(
            at(rec, ['date'], RULE_EVIDENCE.P2.beforePreAnnouncement(rec.data.date, first.data.published, first.file)),
          );
        else if (!pres.some((p) => p.data.recommendation.from <= rec.data.date && rec.data.date <= p.data.recommendation.to))
          findings.push(
            at(
              rec,
              ['date'],
              RULE_EVIDENCE.P2.outsidePeriod(rec.data.date, pres.map((p) => RULE_EVIDENCE.P2.period(p.data.recommendation.from, p.data.recommendation.to))),
            ),
          );
      }
      const evidence = RULE_EVIDENCE.P2.evidence(first.data.published, first.data.recommendation.from, first.data.recommendation.to, recs.length);
      return rule.judge(scope, evidence, [...pres.map(key), ...recs.map(key)], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const PLAN_RULES = [P1, P2];
