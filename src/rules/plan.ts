/** Rules P1–P2: the annual plan and the recommendation pre-announcement (P3 is the ledger's). */
import { noticesOfRound } from '../domain/queries.ts';
import { at, defineRule, key, measures, roundNotices, rounds, type Finding } from './rule.ts';

/** P1: each round belongs to a published annual plan of its year, published before the round's first notice. */
export const P1 = defineRule({
  id: 'P1',
  sources: [measures('二'), measures('三.4')],
  evaluate(ds, rule) {
    return rounds(ds).map((r) => {
      const round = r.data;
      const scope = { round: r.id };
      const plan = ds.byKind.plans.get(round.plan);
      if (!plan) return rule.notApplicable(scope, `引用的年度计划 ${round.plan} 不存在`, [key(r)]);
      const findings: Finding[] = [];
      if (plan.data.year !== round.year)
        findings.push(
          at(r, ['plan'], `年度计划 ${plan.id} 是 ${plan.data.year} 年的计划,本次工作为 ${round.year} 年:请改填 ${round.year} 年度计划的编号,或先发布该年度计划`),
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
            `年度计划 ${plan.file} 发布于 ${plan.data.published},晚于本次工作的第一份公告 ${first.file}(${first.data.published}):年度计划应在本次工作任何公告之前发布`,
          ),
        );
      const planned = new Set(plan.data.items.map((i) => i.unit));
      round.positions.forEach((p, i) => {
        if (!planned.has(p.unit))
          findings.push(
            at(
              r,
              ['positions', i, 'unit'],
              `${p.title} 所在单位 ${ds.byKind.units.get(p.unit)?.data.name ?? p.unit} 未列入年度计划 ${plan.file} 的 items:请核对单位编号,或说明该职位属于计划中的哪一项`,
            ),
          );
      });
      const evidence = `属于 ${plan.data.year} 年度计划(${plan.data.published} 发布)${first ? `,早于第一份公告(${first.data.published})` : ''}`;
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
        if (later.length === 0) return rule.notApplicable(scope, '本次工作尚未进入推荐环节', [key(r)]);
        const target = recs[0] ?? r;
        const finding = at(
          target,
          recs[0] ? ['date'] : [],
          `本次工作 ${r.id} 没有推荐预告:推荐开始前须在 content/pre-announcements/ 发布推荐预告,公开空缺职位、选任标准、任职条件和推荐时间`,
        );
        return rule.judge(scope, '未发布推荐预告', [key(r), ...later.map(key)], [finding]);
      }
      const findings: Finding[] = [];
      const first = pres[0]!;
      for (const pre of pres) {
        if (pre.data.published >= pre.data.recommendation.from)
          findings.push(
            at(
              pre,
              ['recommendation', 'from'],
              `推荐预告发布于 ${pre.data.published},推荐却从 ${pre.data.recommendation.from} 开始:推荐开始日期应晚于预告发布日期,请核对日期`,
            ),
          );
      }
      for (const rec of recs) {
        if (rec.data.date < first.data.published)
          findings.push(
            at(rec, ['date'], `推荐日期 ${rec.data.date} 早于推荐预告的发布日期 ${first.data.published}(${first.file}):推荐须在预告发布之后进行`),
          );
        else if (!pres.some((p) => p.data.recommendation.from <= rec.data.date && rec.data.date <= p.data.recommendation.to))
          findings.push(
            at(
              rec,
              ['date'],
              `推荐日期 ${rec.data.date} 不在推荐预告公布的推荐时间(${pres.map((p) => `${p.data.recommendation.from} 至 ${p.data.recommendation.to}`).join('、')})内:请核对日期,或先发布补充预告`,
            ),
          );
      }
      const evidence = `推荐预告 ${first.data.published} 发布,推荐时间 ${first.data.recommendation.from} 至 ${first.data.recommendation.to}${recs.length ? `;推荐 ${recs.length} 次` : ''}`;
      return rule.judge(scope, evidence, [...pres.map(key), ...recs.map(key)], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const PLAN_RULES = [P1, P2];
