/** Rules R1–R4: signed recommendations, inspectees come from recommendations, 差额, validity. */
import { RECOMMENDATION_METHODS } from '../schemas/recommendation.ts';
import { addDays, at, daysBetween, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, rounds, tiaoli, who, type Finding } from './rule.ts';

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
              `被推荐人 ${who(ds, c.person)} 有 ${c.recommenders.length} 名署名推荐人,${RECOMMENDATION_METHODS[rec.data.method]}至少需要 ${min} 名:任何推荐都须署名,请逐一列出推荐人的姓名、工作单位和职务`,
            ),
          );
        c.recommenders.forEach((s, j) => {
          for (const field of ['name', 'unit', 'post', 'reason'] as const) {
            const value = s[field];
            if (value && PHONE.test(value))
              findings.push(
                at(rec, ['candidates', i, 'recommenders', j, field], `这里像是写了电话号码:推荐人的联系电话由组织部门留存,不得公开,请删去`),
              );
          }
        });
      });
      const evidence = `${RECOMMENDATION_METHODS[rec.data.method]}(${rec.data.date}):被推荐 ${rec.data.candidates.length} 人,署名推荐 ${signatures} 人次,均写明姓名、单位、职务`;
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
                  ? `考察对象 ${who(ds, ins.person)} 没有${positionLabel(r.data, ins.position)}的推荐记录(只被推荐到其他职位):请核对职位,或补录该职位的推荐记录`
                  : `考察对象 ${who(ds, ins.person)} 在本次工作中没有推荐记录:没有署名推荐不得列为考察对象,请在 content/recommendations/ 补录推荐情况,或从考察对象中删去`,
              ),
            );
          }
          const evidence = from.length
            ? `考察对象 ${nameOf(ds, ins.person)} 经推荐产生(${from.map((f) => f.data.date).join('、')})`
            : `考察对象 ${nameOf(ds, ins.person)} 无推荐记录`;
          return rule.judge({ round: r.id }, evidence, [key(n), ...from.map(key)], findings);
        }),
      );
    });
  },
});

/** R3: a meeting recommendation lists more candidates than positions (差额). */
export const R3 = defineRule({
  id: 'R3',
  sources: [tiaoli('第四章“民主推荐”')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const recs = roundNotices(ds, r.id, 'recommendations');
      if (!recs.some((rec) => rec.data.method === 'meeting')) return [rule.notApplicable({ round: r.id }, '本次工作没有会议推荐', recs.map(key))];
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
                    `会议推荐列出 ${n} 名被推荐人,没有多于${positionLabel(r.data, rec.data.position)}的职数 ${seats}:会议推荐须差额进行,请列出全部得票人选(至少 ${seats + 1} 名)`,
                  ),
                ];
          return rule.judge({ round: r.id }, `会议推荐(${rec.data.date}):${positionLabel(r.data, rec.data.position)} ${seats} 个职数,被推荐 ${n} 人`, [key(rec)], findings);
        });
    });
  },
});

/** R4: inspection starts within the validity of the recommendation. */
export const R4 = defineRule({
  id: 'R4',
  sources: [tiaoli('第四章“民主推荐”')],
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
              at(n, ['period', 'from'], `考察从 ${start} 开始,早于 ${who(ds, ins.person)} 的推荐日期 ${latest.date}:考察应在推荐之后进行,请核对日期`),
            );
          else if (gap > days)
            findings.push(
              at(
                n,
                ['period', 'from'],
                `考察从 ${start} 开始,距 ${who(ds, ins.person)} 的推荐(${latest.date})已 ${gap} 天,超过推荐有效期 ${days} 天(截至 ${addDays(latest.date, days)}):请重新组织推荐`,
              ),
            );
          const evidence = `${nameOf(ds, ins.person)}:推荐 ${latest.date},考察开始 ${start},相隔 ${gap} 天(有效期 ${days} 天)`;
          return [rule.judge({ round: r.id }, evidence, [key(n), key(latest.rec)], findings)];
        }),
      );
    });
  },
});

/** The rules of this stage, in catalog order. */
export const RECOMMENDATION_RULES = [R1, R2, R3, R4];
