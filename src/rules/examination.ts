/** Rules X1–X4: examiners and scores published, scores recompute, ranking follows, examiners declare 回避. */
import { agrees, formatScore, recompute } from '../domain/scores.ts';
import { AGGREGATIONS } from '../schemas/examination.ts';
import { METHODS } from '../schemas/round.ts';
import { at, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, rounds, who, type Finding, type Outcome } from './rule.ts';

/** X1: examiner names and every examiner's score are published; competitive rounds publish an examination per decided position. */
export const X1 = defineRule({
  id: 'X1',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const exams = roundNotices(ds, r.id, 'examinations');
      const competitive = r.data.method !== 'individual';
      if (!competitive && exams.length === 0) return [rule.notApplicable(scope, `本次工作为${METHODS[r.data.method]},不设考试`, [key(r)])];
      const out: Outcome[] = exams.map((e) => {
        const findings: Finding[] = [];
        const seen = new Map<string, number>();
        e.data.examiners.forEach((x, i) => {
          if (seen.has(x.name))
            findings.push(at(e, ['examiners', i, 'name'], `考官“${x.name}”与第 ${seen.get(x.name)! + 1} 位考官同名:评分按考官顺序对应,同名无法区分,请写全名或加以区别`));
          else seen.set(x.name, i);
        });
        const evidence = `${positionLabel(r.data, e.data.position)}:考官 ${e.data.examiners.length} 名(${e.data.examiners.map((x) => x.name).join('、')}),考生 ${e.data.candidates.length} 人,每名考官的评分均已公开`;
        return rule.judge(scope, evidence, [key(e)], findings);
      });
      if (competitive) {
        for (const d of roundNotices(ds, r.id, 'decisions')) {
          d.data.items.forEach((item, i) => {
            const exam = exams.filter((e) => e.data.position === item.position);
            const sat = exam.some((e) => e.data.candidates.some((c) => c.person === item.person));
            if (sat) return;
            const message = exam.length
              ? `${who(ds, item.person)} 不在${positionLabel(r.data, item.position)}的考试成绩(${exam.map((e) => e.file).join('、')})中:${METHODS[r.data.method]}的人选须参加考试,请核对人选或补录其成绩`
              : `本次工作为${METHODS[r.data.method]},${positionLabel(r.data, item.position)}没有公布考试成绩:请在 content/examinations/ 发布考官名单和每名考官的评分`;
            out.push(rule.judge(scope, `${nameOf(ds, item.person)} 的考试成绩未公开`, [key(d), ...exam.map(key)], [at(d, ['items', i, 'person'], message)]));
          });
        }
      }
      if (out.length === 0) return [rule.notApplicable(scope, '考试成绩尚未公布', [key(r)])];
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
      const how = `${AGGREGATIONS[agg.method]}${agg.weights ? `,笔试 ${agg.weights.written}% + 面试 ${agg.weights.interview}%` : ''},保留 ${d} 位小数`;
      return e.data.candidates.map((c, i) => {
        const re = recompute(agg, c);
        const findings: Finding[] = [];
        if (!agrees(re.interview, c.interview, tol))
          findings.push(
            at(
              e,
              ['candidates', i, 'interview'],
              `${who(ds, c.person)} 的面试成绩公布为 ${formatScore(c.interview, d)},按声明的计分办法(${AGGREGATIONS[agg.method]})由各考官评分 ${c.scores.join('、')} 复算为 ${formatScore(re.interview, d)},相差超过 ${tol}:请核对评分或成绩`,
            ),
          );
        if (!agrees(re.final, c.final, tol))
          findings.push(
            at(
              e,
              ['candidates', i, 'final'],
              `${who(ds, c.person)} 的最终成绩公布为 ${formatScore(c.final, d)},按声明的计分办法(${how})复算为 ${formatScore(re.final, d)},相差超过 ${tol}:请核对成绩或计分办法`,
            ),
          );
        const evidence = `${nameOf(ds, c.person)}:面试 ${formatScore(c.interview, d)}(复算 ${formatScore(re.interview, d)}),最终 ${formatScore(c.final, d)}(复算 ${formatScore(re.final, d)});${how}`;
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
          const expect = lo === hi ? `第 ${lo} 名` : `第 ${lo}—${hi} 名`;
          findings.push(
            at(
              e,
              ['candidates', i, 'rank'],
              `${who(ds, c.person)} 最终成绩 ${formatScore(c.final, d)},有 ${better} 人高于其成绩${tied ? `、${tied} 人同分` : ''},应为${expect},公布为第 ${c.rank} 名:${tied && !e.data.tieBreak ? '同分者名次相同;如另有排序办法,请在 tieBreak 中说明' : '请按最终成绩核对名次'}`,
            ),
          );
        }
      });
      const order = [...cs].sort((a, b) => a.rank - b.rank).map((c) => `${c.rank}. ${nameOf(ds, c.person)} ${formatScore(c.final, d)}`);
      return rule.judge({ round: r.id }, `${positionLabel(r.data, e.data.position)} 名次:${order.join(';')}`, [key(e)], findings);
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
          findings.push(at(e, ['examiners', i, 'noConflictDeclared'], `考官 ${x.name} 没有声明与考生无回避关系:须先签署回避声明(noConflictDeclared: true),有回避关系的应更换考官`));
        if (names.has(x.name)) findings.push(at(e, ['examiners', i, 'name'], `考官 ${x.name} 与一名考生同名:考生不能担任考官,请核对`));
      });
      const declared = e.data.examiners.filter((x) => x.noConflictDeclared).length;
      return rule.judge({ round: r.id }, `考官 ${e.data.examiners.length} 名,${declared} 名已声明无回避关系`, [key(e)], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const EXAMINATION_RULES = [X1, X2, X3, X4];
