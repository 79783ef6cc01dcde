/** Rules R1–R4: signed recommendations, inspectees come from recommendations, 差额, validity. */
import { RECOMMENDATION_METHODS } from '../i18n/zh-cn-schema-labels.ts';
import { addDays, at, daysBetween, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, rounds, tiaoli, who, type Finding } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** A telephone number: mobile, or area code and number. The form asks for one; the site never shows it. */
const PHONE = /1[3-9]\d{9}|\d{3,4}-\d{7,8}|\d{7,}/;

/** R1: every recommendation is signed with name, unit and post; no phone number is published. */
export const R1 = defineRule({
  id: 'R1',
  sources: [measures('一(一)1—2'), measures('二(一)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'recommendations', (rec, r) => {
      const findings: Finding[] = [];
      const min = rec.data.method === 'joint' ? 2 : 1;
      let signatures = 0;
      rec.data.candidates.forEach((c, i) => {
        signatures += c.recommenders.length;
        if (c.recommenders.length < min)
          findings.push(
            at(
              rec,
              ['candidates', i, 'recommenders'],
              RULE_EVIDENCE.R1.tooFewRecommenders(who(ds, c.person), c.recommenders.length, RECOMMENDATION_METHODS[rec.data.method], min),
            ),
          );
        c.recommenders.forEach((s, j) => {
          for (const field of ['name', 'unit', 'post', 'reason'] as const) {
            const value = s[field];
            if (value && PHONE.test(value))
              findings.push(
                at(rec, ['candidates', i, 'recommenders', j, field], RULE_EVIDENCE.R1.phoneNumber),
              );
          }
        });
      });
      const evidence = RULE_EVIDENCE.R1.evidence(RECOMMENDATION_METHODS[rec.data.method], rec.data.date, rec.data.candidates.length, signatures);
      return rule.judge({ round: r.id }, evidence, [key(rec)], findings);
    });
  },
});

/** R2: no one becomes an inspectee without a recommendation record. */
export const R2 = defineRule({
  id: 'R2',
  sources: [measures('一(一)2')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const recs = roundNotices(ds, r.id, 'recommendations');
      return roundNotices(ds, r.id, 'inspection-notices').flatMap((n) =>
        n.data.inspectees.map((ins, i) => {
          const from = recs.filter((rec) => rec.data.position === ins.position && rec.data.candidates.some((c) => c.person === ins.person));
          const findings: Finding[] = [];
          if (from.length === 0) {
            const elsewhere = recs.some((rec) => rec.data.candidates.some((c) => c.person === ins.person));
            findings.push(
              at(
                n,
                ['inspectees', i, 'person'],
                elsewhere
                  ? RULE_EVIDENCE.R2.otherPosition(who(ds, ins.person), positionLabel(r.data, ins.position))
                  : RULE_EVIDENCE.R2.noRecommendation(who(ds, ins.person)),
              ),
            );
          }
          const evidence = from.length
            ? RULE_EVIDENCE.R2.recommended(nameOf(ds, ins.person), from.map((f) => f.data.date))
            : RULE_EVIDENCE.R2.notRecommended(nameOf(ds, ins.person));
          return rule.judge({ round: r.id }, evidence, [key(n), ...from.map(key)], findings);
        }),
      );
    });
  },
});

/** R3: a meeting recommendation lists more candidates than positions (差额). */
export const R3 = defineRule({
  id: 'R3',
  sources: [tiaoli(4)],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const recs = roundNotices(ds, r.id, 'recommendations');
      if (!recs.some((rec) => rec.data.method === 'meeting')) return [rule.notApplicable({ round: r.id }, RULE_EVIDENCE.R3.noMeeting, recs.map(key))];
      return recs
        .filter((rec) => rec.data.method === 'meeting')
        .map((rec) => {
          const seats = r.data.positions.find((p) => p.id === rec.data.position)?.count ?? 1;
          const n = new Set(rec.data.candidates.map((c) => c.person)).size;
          const findings =
            n > seats
              ? []
              : [
                  at(
                    rec,
                    ['candidates'],
                    RULE_EVIDENCE.R3.notDifferential(n, positionLabel(r.data, rec.data.position), seats, seats + 1),
                  ),
                ];
          return rule.judge({ round: r.id }, RULE_EVIDENCE.R3.evidence(rec.data.date, positionLabel(r.data, rec.data.position), seats, n), [key(rec)], findings);
        });
    });
  },
});

/** R4: inspection starts within the validity of the recommendation. */
export const R4 = defineRule({
  id: 'R4',
  sources: [tiaoli(4)],
  params: ['recommendationValidityDays'],
  evaluate(ds, rule) {
    const days = ds.site.rules.recommendationValidityDays;
    return rounds(ds).flatMap((r) => {
      const recs = roundNotices(ds, r.id, 'recommendations');
      return roundNotices(ds, r.id, 'inspection-notices').flatMap((n) =>
        n.data.inspectees.flatMap((ins) => {
          const dates = recs
            .filter((rec) => rec.data.position === ins.position && rec.data.candidates.some((c) => c.person === ins.person))
            .map((rec) => ({ rec, date: rec.data.date }))
            .sort((a, b) => b.date.localeCompare(a.date));
          const latest = dates[0];
          if (!latest) return []; // R2 reports the missing recommendation
          const start = n.data.period.from;
          const gap = daysBetween(latest.date, start);
          const findings: Finding[] = [];
          if (gap < 0)
            findings.push(
              at(n, ['period', 'from'], RULE_EVIDENCE.R4.beforeRecommendation(start, who(ds, ins.person), latest.date)),
            );
          else if (gap > days)
            findings.push(
              at(
                n,
                ['period', 'from'],
                RULE_EVIDENCE.R4.expired(start, who(ds, ins.person), latest.date, gap, days, addDays(latest.date, days)),
              ),
            );
          const evidence = RULE_EVIDENCE.R4.evidence(nameOf(ds, ins.person), latest.date, start, gap, days);
          return [rule.judge({ round: r.id }, evidence, [key(n), key(latest.rec)], findings)];
        }),
      );
    });
  },
});

/** The rules of this stage, in catalog order. */
export const RECOMMENDATION_RULES = [R1, R2, R3, R4];
