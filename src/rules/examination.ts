/** Rules X1–X4: examiners and scores published, scores recompute, ranking follows, examiners declare 回避. */
import { agrees, formatScore, recompute } from '../domain/scores.ts';
import { AGGREGATIONS, METHODS } from '../i18n/zh-cn-schema-labels.ts';
import { at, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, rounds, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** X1: examiner names and every examiner's score are published; competitive rounds publish an examination per decided position. */
export const X1 = defineRule({
  id: 'X1',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const exams = roundNotices(ds, r.id, 'examinations');
      const competitive = r.data.method !== 'individual';
      if (!competitive && exams.length === 0) return [rule.notApplicable(scope, RULE_EVIDENCE.X1.noExamination(METHODS[r.data.method]), [key(r)])];
      const out: Outcome[] = exams.map((e) => {
        const findings: Finding[] = [];
        const seen = new Map<string, number>();
        e.data.examiners.forEach((x, i) => {
          if (seen.has(x.name))
            findings.push(at(e, ['examiners', i, 'name'], RULE_EVIDENCE.X1.sameName(x.name, seen.get(x.name)! + 1)));
          else seen.set(x.name, i);
        });
        const evidence = RULE_EVIDENCE.X1.evidence(positionLabel(r.data, e.data.position), e.data.examiners.map((x) => x.name), e.data.candidates.length);
        return rule.judge(scope, evidence, [key(e)], findings);
      });
      if (competitive) {
        for (const d of roundNotices(ds, r.id, 'decisions')) {
          d.data.items.forEach((item, i) => {
            const exam = exams.filter((e) => e.data.position === item.position);
            const sat = exam.some((e) => e.data.candidates.some((c) => c.person === item.person));
            if (sat) return;
            const message = exam.length
              ? RULE_EVIDENCE.X1.notExamined(who(ds, item.person), positionLabel(r.data, item.position), exam.map((e) => e.file), METHODS[r.data.method])
              : RULE_EVIDENCE.X1.noResults(METHODS[r.data.method], positionLabel(r.data, item.position));
            out.push(rule.judge(scope, RULE_EVIDENCE.X1.unpublished(nameOf(ds, item.person)), [key(d), ...exam.map(key)], [at(d, ['items', i, 'person'], message)]));
          });
        }
      }
      if (out.length === 0) return [rule.notApplicable(scope, RULE_EVIDENCE.X1.notYet, [key(r)])];
      return out;
    });
  },
});

/** X2: each published interview and final score equals the declared aggregation of the published scores. */
export const X2 = defineRule({
  id: 'X2',
  sources: [measures('一(三)2')],
  params: ['scoreTolerance'],
  evaluate(ds, rule) {
    const tol = ds.site.rules.scoreTolerance;
    return overNotices(ds, 'examinations', (e, r) => {
      const agg = e.data.aggregation;
      const d = agg.decimals;
      const how = RULE_EVIDENCE.X2.method(AGGREGATIONS[agg.method], agg.weights, d);
      return e.data.candidates.map((c, i) => {
        const re = recompute(agg, c);
        const findings: Finding[] = [];
        if (!agrees(re.interview, c.interview, tol))
          findings.push(
            at(
              e,
              ['candidates', i, 'interview'],
              RULE_EVIDENCE.X2.interviewDiffers(who(ds, c.person), formatScore(c.interview, d), AGGREGATIONS[agg.method], c.scores, formatScore(re.interview, d), tol),
            ),
          );
        if (!agrees(re.final, c.final, tol))
          findings.push(
            at(
              e,
              ['candidates', i, 'final'],
              RULE_EVIDENCE.X2.finalDiffers(who(ds, c.person), formatScore(c.final, d), how, formatScore(re.final, d), tol),
            ),
          );
        const evidence = RULE_EVIDENCE.X2.evidence(nameOf(ds, c.person), formatScore(c.interview, d), formatScore(re.interview, d), formatScore(c.final, d), formatScore(re.final, d), how);
        return rule.judge({ round: r.id }, evidence, [key(e)], findings);
      });
    });
  },
});

/** X3: the published ranking follows the final scores; ties share a rank unless a tie-break is declared. */
export const X3 = defineRule({
  id: 'X3',
  sources: [measures()],
  evaluate(ds, rule) {
    return overNotices(ds, 'examinations', (e, r) => {
      const cs = e.data.candidates;
      const d = e.data.aggregation.decimals;
      const findings: Finding[] = [];
      cs.forEach((c, i) => {
        const better = cs.filter((o) => o.final > c.final).length;
        const tied = cs.filter((o) => o !== c && o.final === c.final).length;
        const lo = better + 1;
        const hi = e.data.tieBreak ? better + 1 + tied : better + 1;
        if (c.rank < lo || c.rank > hi) {
          const expect = RULE_EVIDENCE.X3.place(lo, hi);
          findings.push(
            at(
              e,
              ['candidates', i, 'rank'],
              RULE_EVIDENCE.X3.wrongRank(who(ds, c.person), formatScore(c.final, d), better, tied, expect, c.rank, tied > 0 && !e.data.tieBreak),
            ),
          );
        }
      });
      const order = [...cs].sort((a, b) => a.rank - b.rank).map((c) => RULE_EVIDENCE.X3.rankLine(c.rank, nameOf(ds, c.person), formatScore(c.final, d)));
      return rule.judge({ round: r.id }, RULE_EVIDENCE.X3.evidence(positionLabel(r.data, e.data.position), order), [key(e)], findings);
    });
  },
});

/** X4: every examiner declares no conflict with the candidates they score (回避). */
export const X4 = defineRule({
  id: 'X4',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'examinations', (e, r) => {
      const findings: Finding[] = [];
      const names = new Set(e.data.candidates.map((c) => nameOf(ds, c.person)));
      e.data.examiners.forEach((x, i) => {
        if (!x.noConflictDeclared)
          findings.push(at(e, ['examiners', i, 'noConflictDeclared'], RULE_EVIDENCE.X4.noDeclaration(x.name)));
        if (names.has(x.name)) findings.push(at(e, ['examiners', i, 'name'], RULE_EVIDENCE.X4.examinerIsCandidate(x.name)));
      });
      const declared = e.data.examiners.filter((x) => x.noConflictDeclared).length;
      return rule.judge({ round: r.id }, RULE_EVIDENCE.X4.evidence(e.data.examiners.length, declared), [key(e)], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const EXAMINATION_RULES = [X1, X2, X3, X4];
