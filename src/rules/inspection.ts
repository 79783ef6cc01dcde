/** Rules I1–I11: inspection notice, pre-review, 差额考察, work report, evaluation, conclusion, appeals, team, stages in order. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { EVIDENCE } from '../i18n/zh-cn-rules.ts';
import { addDays, at, defineRule, key, measures, nameOf, overNotices, positionLabel, qualificationOn, roundNotices, rounds, tiaoli, who, type Finding, type Outcome } from './rule.ts';

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
            : [at(n, ['published'], `考察预告发布于 ${n.data.published},考察却从 ${from} 开始:考察预告应在考察开始之前发布,请核对日期`)];
        const evidence = `考察预告 ${n.data.published} 发布,考察 ${from} 至 ${to};考察对象 ${n.data.inspectees.length} 人、考察组 ${n.data.team.length} 人,举报电话 ${ds.site.channels.phone}`;
        return rule.judge({ round: r.id }, evidence, [key(n)], findings);
      });
      const inspected = new Set(notices.flatMap((n) => n.data.inspectees.map((i) => i.person)));
      for (const d of roundNotices(ds, r.id, 'decisions')) {
        d.data.items.forEach((item, i) => {
          if (!inspected.has(item.person))
            out.push(
              rule.failed({ round: r.id }, `${nameOf(ds, item.person)} 未经考察预告即提交讨论`, [key(d)], [
                at(d, ['items', i, 'person'], `${who(ds, item.person)} 不在本次工作任何考察预告的考察对象中:未经公告考察的人选不得提交讨论,请先发布考察预告并完成考察`),
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
        findings.push(at(n, ['preReview', 'date'], `会审日期 ${pr.date} 晚于考察预告发布日期 ${n.data.published}:确定考察对象前须先会审,请核对日期`));
      if (!pr.departments.some((d) => /纪委|监委|纪检|监察/.test(d)))
        findings.push(at(n, ['preReview', 'departments'], `会审部门(${pr.departments.join('、')})中没有纪检监察机关:会审须由组织部门会同纪委监委进行,请列出参加会审的纪检监察机关`));
      if (!pr.departments.some((d) => /组织|人事|党委|党组/.test(d)))
        findings.push(at(n, ['preReview', 'departments'], `会审部门(${pr.departments.join('、')})中没有组织(人事)部门:请列出主持会审的组织部门或本单位干部人事部门`));
      const flagged = new Set(pr.findings.map((f) => f.person));
      n.data.inspectees.forEach((ins, i) => {
        if (flagged.has(ins.person))
          findings.push(
            at(n, ['inspectees', i, 'person'], `${who(ds, ins.person)} 在会审中发现问题(见 preReview.findings),不得作为考察对象:请从考察对象中删去`),
          );
      });
      const evidence = `会审 ${pr.date}(${pr.departments.join('、')}),发现问题 ${pr.findings.length} 人${flagged.size ? ',均未列为考察对象' : ''}`;
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
        const evidence = `${positionLabel(r.data, p.id)} ${p.count} 个职数:考察对象 ${people.size} 人,${people.size >= need ? '不少于' : '少于'} ${need} 人(1:${ratio})`;
        const subject = listing.find((n) => n.data.exceptions?.some((e) => e.rule === rule.id)) ?? listing[0]!;
        const findings =
          people.size >= need
            ? []
            : [
                at(
                  subject,
                  ['inspectees'],
                  `${positionLabel(r.data, p.id)}有 ${p.count} 个职数,考察对象只有 ${people.size} 人,少于 1:${ratio} 差额考察要求的 ${need} 人:请增加考察对象,或在 exceptions 中声明 I3 例外并写明理由`,
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
            if (!decided) return rule.notApplicable(scope, `${nameOf(ds, ins.person)} 的考察评价结论尚未发布`, [key(n)]);
            return rule.failed(scope, `${nameOf(ds, ins.person)} 没有述职记录`, [key(n)], [
              at(n, ['inspectees', i, 'person'], `考察对象 ${who(ds, ins.person)} 没有考察评价结论,也就没有述职记录:讨论决定前须在 content/inspection-reports/ 发布其考察评价结论(含 workReport 述职)`),
            ]);
          }
          const { from, to } = n.data.period;
          const wr = report.data.workReport;
          const findings =
            wr.date >= from && wr.date <= to
              ? []
              : [at(report, ['workReport', 'date'], `述职日期 ${wr.date} 不在考察期 ${from} 至 ${to} 内:述职是考察的必经程序,请核对日期`)];
          const evidence = `${nameOf(ds, ins.person)}:${wr.form} ${wr.date}${wr.audience !== undefined ? `,${wr.audience} 人参加` : ''}`;
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
          at(e, ['evaluation', 'ratings'], `各等次票数之和 ${sum}(优秀 ${excellent}、称职 ${competent}、基本称职 ${basicallyCompetent}、不称职 ${incompetent})多于有效票 ${ev.ballotsValid}:请核对测评票数`),
        );
      if (ev.ballotsValid > ev.participants)
        findings.push(at(e, ['evaluation', 'ballotsValid'], `有效票 ${ev.ballotsValid} 张多于参加测评人数 ${ev.participants}:请核对`));
      const evidence = `${nameOf(ds, e.data.inspectee)} 民主测评:参加 ${ev.participants} 人,有效票 ${ev.ballotsValid} 张,优秀 ${excellent}、称职 ${competent}、基本称职 ${basicallyCompetent}、不称职 ${incompetent}`;
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
        findings.push(at(e, ['interviews'], '没有写明谈话情况:请按层面列出找了多少人谈话,例如 - level: 班子成员 / count: 8'));
      const notice = ds.byKind['inspection-notices'].get(e.data.inspectionNotice);
      const team = notice ? [...new Set(notice.data.team.map((t) => t.person))] : [];
      const signed = new Set(e.data.signatures.map((s) => s.person));
      const missing = team.filter((p) => !signed.has(p));
      if (missing.length)
        findings.push(
          at(e, ['signatures'], `考察组成员 ${missing.map((p) => who(ds, p)).join('、')} 没有签名:考察评价结论须由参加考察的每名成员签名,请补上 signatures`),
        );
      e.data.signatures.forEach((s, i) => {
        if (notice && !team.includes(s.person))
          findings.push(at(e, ['signatures', i, 'person'], `${who(ds, s.person)} 不是考察组成员(见 ${notice.file} 的 team):请核对签名人`));
      });
      const levels = e.data.interviews.map((i) => `${i.level} ${i.count}`).join('、');
      const evidence = `${nameOf(ds, e.data.inspectee)}:谈话 ${talked} 人${levels ? `(${levels})` : ''};考察组 ${team.length} 人,签名 ${team.length - missing.length} 人`;
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
        if (appeals.length === 0) return rule.notApplicable(scope, `${nameOf(ds, e.data.inspectee)} 未提出申诉`, [key(e)]);
        const decided = decisions
          .filter((d) => d.data.items.some((i) => i.person === e.data.inspectee || i.position === e.data.position))
          .map((d) => d.data.meeting.date)
          .sort()[0];
        const findings: Finding[] = [];
        const fb = e.data.feedback;
        appeals.forEach((a, i) => {
          if (!fb) findings.push(at(e, ['feedback'], `有申诉但没有写明向被考察干部反馈考察结果的日期:请填写 feedback,以便核对 ${days} 日申诉期`));
          else if (a.filed < fb)
            findings.push(at(e, ['appeals', i, 'filed'], `申诉日期 ${a.filed} 早于反馈日期 ${fb}:申诉针对反馈的考察结果,请核对日期`));
          else if (a.filed > addDays(fb, days))
            findings.push(
              at(e, ['appeals', i, 'filed'], `申诉日期 ${a.filed} 超过反馈(${fb})后 ${days} 日的申诉期(至 ${addDays(fb, days)}):请核对日期;逾期申诉应作为来信处理`),
            );
          if (decided && (!a.resolved || a.resolved > decided))
            findings.push(
              at(
                e,
                ['appeals', i, 'resolved'],
                a.resolved
                  ? `申诉办结日期 ${a.resolved} 晚于讨论决定日期 ${decided}:申诉须在讨论决定前办结`
                  : `申诉尚未办结,却已于 ${decided} 讨论决定:申诉须在讨论决定前办结,请填写 resolved 和 outcome`,
              ),
            );
          if (a.resolved && !a.outcome) findings.push(at(e, ['appeals', i, 'outcome'], '申诉已办结,请在 outcome 中写明办理结果'));
        });
        const evidence = `${nameOf(ds, e.data.inspectee)}:反馈 ${fb ?? '—'},申诉 ${appeals.length} 件(${appeals.map((a) => `${a.filed} 提出${a.resolved ? `,${a.resolved} 办结` : ',未办结'}`).join(';')})${decided ? `,讨论决定 ${decided}` : ''}`;
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
        if (q) return rule.met({ round: r.id }, `${nameOf(ds, t.person)}:考察资格证 ${q.data.certificate}(${q.data.issued} 取得${q.data.expires ? `,${q.data.expires} 失效` : ''})`, [key(n), key(q)]);
        return rule.failed({ round: r.id }, `${nameOf(ds, t.person)} 在考察期间无有效考察资格`, [key(n)], [
          at(
            n,
            ['team', i, 'person'],
            `考察组成员 ${who(ds, t.person)} 在考察期 ${from} 至 ${to} 没有有效的考察资格:参加考察须持证,请在 content/qualifications/ 录入其考察资格(type: inspector),或更换考察组成员`,
          ),
        ]);
      }),
    );
  },
});

/** I9: an inspection team has at least `minTeamSize` members. */
export const I9 = defineRule({
  id: 'I9',
  sources: [tiaoli('第五章“考察”')],
  params: ['minTeamSize'],
  evaluate(ds, rule) {
    const min = ds.site.rules.minTeamSize;
    return overNotices(ds, 'inspection-notices', (n, r) => {
      const size = new Set(n.data.team.map((t) => t.person)).size;
      const findings = size >= min ? [] : [at(n, ['team'], `考察组只有 ${size} 人,少于 ${min} 人:请增加考察组成员`)];
      return rule.judge({ round: r.id }, `考察组 ${size} 人(不少于 ${min} 人)`, [key(n)], findings);
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
        findings.push(at(person, ['resume'], `考察对象 ${person.data.name} 的简历没有公开:请在 resume 中逐段列出工作经历`));
      if (person && !person.data.education) findings.push(at(person, ['education'], `考察对象 ${person.data.name} 的学历没有公开:请填写 education`));
      if (!e.data.achievements && !person?.data.achievements)
        findings.push(at(e, ['achievements'], '没有公开主要工作业绩:请在 achievements 中填写(或写入人员记录的 achievements)'));
      const fields = [
        ['health', '身体健康状况'],
        ['qualificationCheck', '任职资格审核情况'],
        ['recommendationVotes', '获得推荐票数情况'],
      ] as const;
      for (const [field, label] of fields) if (!e.data[field]) findings.push(at(e, [field], `没有公开${label}:请填写 ${field}`));
      const evidence = findings.length
        ? `${nameOf(ds, e.data.inspectee)}:情况公开不全`
        : `${nameOf(ds, e.data.inspectee)}:简历、学历、主要业绩、健康状况、任职资格审核、推荐票数均已公开`;
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
          findings.push(at(e, ['signatures', i, 'date'], `考察评价结论的签名日期 ${s.date} 早于考察开始日期 ${from}（${notice!.file}）：结论须在考察期内或考察结束后作出，请核对签名日期或考察期`));
        if (meeting && s.date >= meeting.date)
          findings.push(at(e, ['signatures', i, 'date'], `考察评价结论的签名日期 ${s.date} 不早于讨论决定会议 ${meeting.date}（${meeting.d.file}）：结论须在讨论决定之前作出，请核对日期`));
      });
      const fb = e.data.feedback;
      const last = signed.at(-1);
      if (fb && last && fb < last)
        findings.push(at(e, ['feedback'], `反馈日期 ${fb} 早于考察评价结论的签名日期 ${last}：反馈的是已作出的结论，请核对日期`));
      if (fb && meeting && fb >= meeting.date)
        findings.push(at(e, ['feedback'], `向考察对象反馈的日期 ${fb} 不早于讨论决定会议 ${meeting.date}（${meeting.d.file}）：须先反馈考察结果，再提交讨论决定，请核对日期`));
      const evidence = EVIDENCE.I11(name, notice?.data.period, last, fb, meeting?.date);
      return rule.judge(scope, evidence, [key(e), ...(notice ? [key(notice)] : []), ...(meeting ? [key(meeting.d)] : [])], findings);
    });
  },
});

/** The rules of this stage, in catalog order. */
export const INSPECTION_RULES = [I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, I11];
