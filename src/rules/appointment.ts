/** Rules A1–A3: appointment after the window and resolved reports, probation, every decided candidate concluded. */
import { APPOINTMENT_STATUS } from '../schemas/appointment.ts';
import { addDays, addMonths, at, defineRule, key, measures, nameOf, overNotices, positionIn, positionLabel, roundNotices, rounds, tiaoli, who, type Finding } from './rule.ts';

/** A1: appointed after the window, not while a report is unresolved; a deferral lasts at most N months. */
export const A1 = defineRule({
  id: 'A1',
  sources: [tiaoli('第七章“任职”')],
  params: ['deferralMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.deferralMonths;
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const pubs = roundNotices(ds, r.id, 'publicities');
      const outcomesOf = roundNotices(ds, r.id, 'publicity-outcomes');
      const appts = roundNotices(ds, r.id, 'appointments');
      return appts.flatMap((a) =>
        a.data.results.map((res, i) => {
          const name = nameOf(ds, res.person);
          if (res.status === 'withdrawn') return rule.notApplicable(scope, `${name}:不再任用`, [key(a)]);
          if (res.status === 'deferred') {
            const limit = addMonths(a.data.published, months);
            const findings: Finding[] = [];
            const until = res.deferredUntil!;
            if (until > limit)
              findings.push(at(a, ['results', i, 'deferredUntil'], `暂缓至 ${until},超过自 ${a.data.published} 起 ${months} 个月的期限(${limit}):暂缓任用不超过 ${months} 个月,请核对日期`));
            const settled = appts.some(
              (b) => b.data.published >= a.data.published && b.data.results.some((x) => x !== res && x.person === res.person && x.position === res.position && x.status !== 'deferred'),
            );
            const due = until < limit ? until : limit;
            if (!settled && ds.today > due)
              findings.push(at(a, ['results', i, 'deferredUntil'], `${who(ds, res.person)} 暂缓任用已于 ${due} 到期,仍未公布最终结果:请发布任用或不再任用的结果`));
            return rule.judge(scope, `${name}:${a.data.published} 暂缓任用,至 ${until}(不超过 ${months} 个月)${settled ? ',已有最终结果' : ''}`, [key(a)], findings);
          }
          const pub = pubs.find((p) => p.data.candidates.some((c) => c.person === res.person && c.position === res.position));
          if (!pub)
            return rule.failed(scope, `${name} 未经任前公示`, [key(a)], [
              at(a, ['results', i, 'person'], `${who(ds, res.person)} 在本次工作中没有${positionLabel(r.data, res.position)}的任前公示:未经公示不得任职,请先发布任前公示`),
            ]);
          const eff = res.effective!;
          const { to } = pub.data.window;
          const findings: Finding[] = [];
          if (eff <= to) findings.push(at(a, ['results', i, 'effective'], `任职生效日期 ${eff} 不晚于公示期结束日 ${to}:须在公示期满后任职,请核对日期`));
          const items = outcomesOf.filter((o) => o.data.publicity === pub.id).flatMap((o) => o.data.items.filter((it) => it.person === res.person).map((it) => ({ o, it })));
          let note = '反映问题已查清';
          for (const { o, it } of items) {
            if (it.pending > 0 && (!it.resolved || it.resolved > eff)) {
              note = '反映问题尚未查清';
              findings.push(
                at(
                  a,
                  ['results', i, 'effective'],
                  it.resolved
                    ? `${who(ds, res.person)} 有 ${it.pending} 件反映在 ${it.resolved} 才查清(${o.file}),晚于任职生效日期 ${eff}:反映问题查清前不得任职`
                    : `${who(ds, res.person)} 还有 ${it.pending} 件反映在查(${o.file}),却已于 ${eff} 任职:请先查清,或改为暂缓任用(status: deferred)`,
                ),
              );
            }
          }
          if (items.length === 0) note = '处理情况未公布';
          return rule.judge(scope, `${name}:公示期至 ${to},${eff} 任职;${note}`, [key(a), key(pub), ...items.map((x) => key(x.o))], findings);
        }),
      );
    });
  },
});

/** A2: probation recorded where the post requires it, lasting probationMonths. */
export const A2 = defineRule({
  id: 'A2',
  sources: [tiaoli('第七章“任职”')],
  params: ['probationMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.probationMonths;
    return overNotices(ds, 'appointments', (a, r) =>
      a.data.results.flatMap((res, i) => {
        if (res.status !== 'appointed') return [];
        const scope = { round: r.id };
        const name = nameOf(ds, res.person);
        if (!positionIn(r.data, res.position)?.probation) return [rule.notApplicable(scope, `${name}:${positionLabel(r.data, res.position)}不实行试用期`, [key(a)])];
        const p = res.probation;
        const findings: Finding[] = [];
        if (!p) {
          findings.push(
            at(a, ['results', i, 'probation'], `${positionLabel(r.data, res.position)}实行试用期,没有写明 ${who(ds, res.person)} 的试用期:请填写 probation(from、to),试用期 ${months} 个月`),
          );
          return [rule.judge(scope, `${name}:未写明试用期`, [key(a)], findings)];
        }
        const end = addMonths(p.from, months);
        if (p.to !== end && p.to !== addDays(end, -1))
          findings.push(at(a, ['results', i, 'probation', 'to'], `试用期 ${p.from} 至 ${p.to} 与规定的 ${months} 个月不符:应至 ${addDays(end, -1)}`));
        if (res.effective && p.from < res.effective)
          findings.push(at(a, ['results', i, 'probation', 'from'], `试用期从 ${p.from} 开始,早于任职生效日期 ${res.effective}:请核对`));
        return [rule.judge(scope, `${name}:试用期 ${p.from} 至 ${p.to}(${months} 个月)`, [key(a)], findings)];
      }),
    );
  },
});

/** A3: every candidate a decision passed ends in a published result within the deferral period after the window. */
export const A3 = defineRule({
  id: 'A3',
  sources: [measures('一(二)4')],
  params: ['deferralMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.deferralMonths;
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const appts = roundNotices(ds, r.id, 'appointments');
      const pubs = roundNotices(ds, r.id, 'publicities');
      return roundNotices(ds, r.id, 'decisions').flatMap((d) =>
        d.data.items.flatMap((item, i) => {
          if (item.result !== 'passed') return [];
          const name = nameOf(ds, item.person);
          const results = appts.flatMap((a) => a.data.results.filter((x) => x.person === item.person && x.position === item.position).map((x) => ({ a, x })));
          const last = results.at(-1);
          if (last) return [rule.judge(scope, `${name}:${APPOINTMENT_STATUS[last.x.status]}(${last.a.data.published} 公布)`, [key(d), ...results.map((x) => key(x.a))], [])];
          const pub = pubs.find((p) => p.data.candidates.some((c) => c.person === item.person && c.position === item.position));
          const since = pub ? pub.data.window.to : d.data.meeting.date;
          const due = addMonths(since, months);
          if (ds.today <= due)
            return [rule.notApplicable(scope, `${name}:${pub ? `公示期至 ${since}` : `${since} 讨论通过`},结果待公布`, [key(d), ...(pub ? [key(pub)] : [])])];
          return [
            rule.failed(scope, `${name}:${pub ? `公示期 ${since} 结束` : `${since} 讨论通过`}后逾 ${months} 个月未公布结果`, [key(d), ...(pub ? [key(pub)] : [])], [
              at(
                d,
                ['items', i, 'person'],
                `${who(ds, item.person)} ${pub ? `的公示期已于 ${since} 结束` : `已于 ${since} 讨论通过`},超过 ${months} 个月(${due})仍未公布结果:请在 content/appointments/ 发布已任职、暂缓任用或不再任用的结果`,
              ),
            ]),
          ];
        }),
      );
    });
  },
});

/** The rules of this stage, in catalog order. */
export const APPOINTMENT_RULES = [A1, A2, A3];
