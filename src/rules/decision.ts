/** Rules D1–D8 and D10: procedure record, quorum, threshold, tallies, voter qualifications and roster, 全委会, 一票否决, dates of notices. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { noticesOfRound } from '../domain/queries.ts';
import { EVIDENCE } from '../i18n/zh-cn-rules.ts';
import type { NoticeKind } from '../schemas/index.ts';
import { BODY_TYPES } from '../schemas/body.ts';
import { DECISION_RESULTS } from '../schemas/decision.ts';
import { at, defineRule, fractionWords, integrityOf, key, measures, nameOf, overNotices, positionIn, positionLabel, qualificationOn, rosterOn, roundNotices, rounds, tiaoli, who, type Finding, type Outcome } from './rule.ts';

/** The body of a decision and its members on the meeting date. */
function meetingOf(ds: Dataset, d: Entry<'decisions'>): { bodyName: string; roster: string[]; present: string[] } {
  const body = ds.byKind.bodies.get(d.data.body);
  const roster = body ? rosterOn(body.data, d.data.meeting.date) : [];
  return { bodyName: body?.data.name ?? d.data.body, roster, present: [...new Set(d.data.present)] };
}

/** D1: a candidate is decided on only with a complete procedure record signed by the responsible person. */
export const D1 = defineRule({
  id: 'D1',
  sources: [measures('一(三)3(1)'), measures('二(三)1')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const reports = roundNotices(ds, round.id, 'inspection-reports');
      return d.data.items.map((item, i) => {
        const findings: Finding[] = [];
        const pr = d.data.procedureRecords.find((p) => p.person === item.person);
        const date = d.data.meeting.date;
        if (!pr)
          findings.push(
            at(d, ['items', i, 'person'], `${who(ds, item.person)} 没有《人选产生程序情况表》:提交讨论前须填写并由具体负责人签字,请在 procedureRecords 中补录(person、completed、signedBy)`),
          );
        else {
          const j = d.data.procedureRecords.indexOf(pr);
          if (pr.completed > date)
            findings.push(at(d, ['procedureRecords', j, 'completed'], `程序情况表填写日期 ${pr.completed} 晚于会议日期 ${date}:须在提交讨论前填写完毕`));
          if (pr.signedBy === item.person)
            findings.push(at(d, ['procedureRecords', j, 'signedBy'], `程序情况表由人选本人签字:应由具体负责人签字,请核对 signedBy`));
        }
        const report = reports.find((e) => e.data.inspectee === item.person);
        if (!report)
          findings.push(
            at(d, ['items', i, 'person'], `${who(ds, item.person)} 没有考察评价结论:未完整执行规定程序的人选不予研究,请先发布其考察评价结论`),
          );
        const evidence = pr
          ? `${nameOf(ds, item.person)}:程序情况表 ${pr.completed} 填写,${nameOf(ds, pr.signedBy)} 签字${report ? ';考察评价结论已发布' : ''}`
          : `${nameOf(ds, item.person)}:无程序情况表`;
        return rule.judge({ round: round.id }, evidence, [key(d), ...(report ? [key(report)] : [])], findings);
      });
    });
  },
});

/** D2: members present ≥ ⌈quorum × members⌉. */
export const D2 = defineRule({
  id: 'D2',
  sources: [tiaoli('第六章“讨论决定”')],
  params: ['quorum'],
  evaluate(ds, rule) {
    const q = ds.site.rules.quorum;
    return overNotices(ds, 'decisions', (d, round) => {
      const { bodyName, roster, present } = meetingOf(ds, d);
      const m = roster.length;
      const need = Math.ceil(q * m - 1e-9);
      const here = present.filter((p) => roster.includes(p)).length;
      const basis = `成员 ${m} 人的${fractionWords(q)}`;
      const evidence = `${d.data.meeting.session}(${d.data.meeting.date}):出席 ${here}/${m} 人,法定人数 ${need} 人`;
      const findings =
        m === 0
          ? [at(d, ['body'], `${bodyName} 在会议当天(${d.data.meeting.date})的成员名单为空:请核对决策机构成员的任职起止日期`)]
          : here >= need
            ? []
            : [at(d, ['present'], `出席 ${here} 人,不足法定人数 ${need} 人(${basis}):会议不能作出任免决定,请核对出席名单,或另行召开会议`)];
      return rule.judge({ round: round.id }, evidence, [key(d), `bodies/${d.data.body}`], findings);
    });
  },
});

/** D3: passed only when yes votes exceed the threshold of members (those who should attend). */
export const D3 = defineRule({
  id: 'D3',
  sources: [tiaoli('第六章“讨论决定”')],
  params: ['passThreshold'],
  evaluate(ds, rule) {
    const t = ds.site.rules.passThreshold;
    return overNotices(ds, 'decisions', (d, round) => {
      const { roster } = meetingOf(ds, d);
      const m = roster.length;
      const need = Math.floor(m * t + 1e-9) + 1;
      const share = `应到会成员 ${m} 人的${fractionWords(t)}`;
      return d.data.items.map((item, i) => {
        const findings: Finding[] = [];
        if (item.result === 'passed' && item.yes < need)
          findings.push(
            at(d, ['items', i, 'yes'], `同意 ${item.yes} 票,未超过${share}(至少须 ${need} 票),不能通过:请核对票数,或把 result 改为 rejected(未通过)`),
          );
        if (item.result === 'rejected' && item.yes >= need)
          findings.push(at(d, ['items', i, 'result'], `同意 ${item.yes} 票,已超过${share}(${need} 票),结果却为未通过:请核对票数或结果`));
        const evidence = `${nameOf(ds, item.person)}:同意 ${item.yes} 票,${item.yes >= need ? '超过' : '未超过'}${share}(至少 ${need} 票),${DECISION_RESULTS[item.result]}`;
        return rule.judge({ round: round.id }, evidence, [key(d)], findings);
      });
    });
  },
});

/** D4: yes + no + abstain ≤ present and ≤ ballots returned; ballots issued ≤ present. */
export const D4 = defineRule({
  id: 'D4',
  sources: [measures()],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const n = new Set(d.data.present).size;
      const { issued, returned } = d.data.ballots;
      const findings: Finding[] = [];
      if (issued > n) findings.push(at(d, ['ballots', 'issued'], `发出 ${issued} 张票,多于出席的 ${n} 人:请核对发票数或出席名单`));
      d.data.items.forEach((item, i) => {
        const sum = item.yes + item.no + item.abstain;
        if (sum > n)
          findings.push(
            at(d, ['items', i, 'yes'], `${who(ds, item.person)} 的同意 ${item.yes}、不同意 ${item.no}、弃权或缓议 ${item.abstain} 票,合计 ${sum} 票,多于出席的 ${n} 人:请核对票数`),
          );
        else if (sum > returned)
          findings.push(
            at(d, ['items', i, 'yes'], `${who(ds, item.person)} 的票数合计 ${sum} 票,多于收回的 ${returned} 张票:请核对票数`),
          );
      });
      const evidence = `出席 ${n} 人,发出 ${issued} 张、收回 ${returned} 张;${d.data.items.map((it) => `${nameOf(ds, it.person)} 同意 ${it.yes}、不同意 ${it.no}、弃权或缓议 ${it.abstain}`).join(';')}`;
      return rule.judge({ round: round.id }, evidence, [key(d)], findings);
    });
  },
});

/** D5: every voter holds a decision-maker qualification on the meeting date. */
export const D5 = defineRule({
  id: 'D5',
  sources: [measures('三.1')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const date = d.data.meeting.date;
      const findings: Finding[] = [];
      const records = [key(d)];
      d.data.present.forEach((p, i) => {
        const q = qualificationOn(ds, p, 'decision-maker', date);
        if (q) records.push(key(q));
        else
          findings.push(
            at(d, ['present', i], `${who(ds, p)} 在会议当天(${date})没有有效的用人资格:参加干部任用表决须经《条例》学习考试合格,请在 content/qualifications/ 录入其用人资格(type: decision-maker),或核对出席名单`),
          );
      });
      const n = d.data.present.length;
      const evidence = `出席 ${n} 人中 ${n - findings.length} 人在会议当天具有用人资格`;
      return rule.judge({ round: round.id }, evidence, records, findings);
    });
  },
});

/** D6: the voter list is published and every voter is on the body's roster on the meeting date. */
export const D6 = defineRule({
  id: 'D6',
  sources: [measures('一(三)3(4)')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const date = d.data.meeting.date;
      const { bodyName, roster } = meetingOf(ds, d);
      const findings: Finding[] = [];
      const seen = new Set<string>();
      d.data.present.forEach((p, i) => {
        if (seen.has(p)) findings.push(at(d, ['present', i], `${who(ds, p)} 在出席名单中重复:请删去重复项`));
        seen.add(p);
        if (!roster.includes(p))
          findings.push(at(d, ['present', i], `${who(ds, p)} 在会议当天(${date})不是${bodyName}成员,不能参加表决:请核对出席名单或决策机构成员的任职日期`));
      });
      d.data.absent.forEach((a, i) => {
        if (seen.has(a.person)) findings.push(at(d, ['absent', i, 'person'], `${who(ds, a.person)} 同时列在出席和请假名单中:请核对`));
        else if (!roster.includes(a.person)) findings.push(at(d, ['absent', i, 'person'], `${who(ds, a.person)} 在会议当天不是${bodyName}成员:请从请假名单中删去`));
      });
      const accounted = new Set([...d.data.present, ...d.data.absent.map((a) => a.person)]);
      const missing = roster.filter((p) => !accounted.has(p));
      if (missing.length)
        findings.push(at(d, ['absent'], `${bodyName}成员 ${missing.map((p) => who(ds, p)).join('、')} 既不在出席名单也不在请假名单中:请补列并写明缺席原因`));
      const evidence = `表决名单已公开:出席 ${d.data.present.length} 人、请假 ${d.data.absent.length} 人,会议当天${bodyName}共有成员 ${roster.length} 人`;
      return rule.judge({ round: round.id }, evidence, [key(d), `bodies/${d.data.body}`], findings);
    });
  },
});

/** D7: posts marked for a full-committee vote are passed by the full committee before publicity. */
export const D7 = defineRule({
  id: 'D7',
  sources: [measures('二(三)4'), tiaoli('第六章“讨论决定”')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      if (!r.data.positions.some((p) => p.fullCommitteeVote)) return [rule.notApplicable(scope, '本次工作没有须全委会票决的职位', [key(r)])];
      const ds2 = roundNotices(ds, r.id, 'decisions');
      const full = ds2.filter((d) => ds.byKind.bodies.get(d.data.body)?.data.type === 'full-committee');
      const out: Outcome[] = [];
      for (const pub of roundNotices(ds, r.id, 'publicities')) {
        pub.data.candidates.forEach((c, i) => {
          if (!positionIn(r.data, c.position)?.fullCommitteeVote) return;
          const vote = full.find((d) => d.data.items.some((it) => it.person === c.person && it.position === c.position && it.result === 'passed'));
          if (vote) out.push(rule.met(scope, `${nameOf(ds, c.person)}:${positionLabel(r.data, c.position)}经${ds.byKind.bodies.get(vote.data.body)?.data.name ?? BODY_TYPES['full-committee']}票决通过(${vote.data.meeting.date})`, [key(pub), key(vote)]));
          else
            out.push(
              rule.failed(scope, `${nameOf(ds, c.person)}:${positionLabel(r.data, c.position)}未经全委会票决`, [key(pub), ...ds2.map(key)], [
                at(pub, ['candidates', i, 'position'], `${positionLabel(r.data, c.position)}须由全委会票决,但没有全委会表决通过 ${who(ds, c.person)} 的记录:请先提交全委会票决并发布表决结果,再行公示`),
              ]),
            );
        });
      }
      if (out.length === 0) return [rule.notApplicable(scope, '须全委会票决的职位尚未进入公示', [key(r)])];
      return out;
    });
  },
});

/** D8: a candidate with an audit finding of violation cannot pass (一票否决). */
export const D8 = defineRule({
  id: 'D8',
  sources: [measures('二(四)4')],
  evaluate(ds, rule) {
    return overNotices(ds, 'decisions', (d, round) => {
      const scope = { round: round.id };
      const findings: Finding[] = [];
      const records = [key(d)];
      const lines: string[] = [];
      d.data.items.forEach((item, i) => {
        const audits = integrityOf(ds, round.id, item.person).filter((s) => s.data.audit.kind !== '不适用');
        records.push(...audits.map(key));
        const violation = audits.find((s) => s.data.audit.conclusion === 'violation');
        if (violation && item.result === 'passed')
          findings.push(
            at(d, ['items', i, 'result'], `${who(ds, item.person)} 的经济责任审计发现违纪(${violation.file}),实行一票否决,不能通过:请核对审计结论或表决结果`),
          );
        if (audits.length) lines.push(`${nameOf(ds, item.person)}:${violation ? '审计发现违纪' : '审计未发现违纪'},${DECISION_RESULTS[item.result]}`);
      });
      if (!lines.length && !findings.length) return rule.notApplicable(scope, '表决人选均无经济责任审计结论', records);
      return rule.judge(scope, lines.join(';'), records, findings);
    });
  },
});

/** A dated event a notice reports: where its date is, and what it is in words. */
interface Event {
  path: (string | number)[];
  date: string;
  what: string;
}

/**
 * The events each kind of notice reports as having happened (not windows or periods it announces,
 * nor effective dates it sets): none may be dated after the notice's own publication.
 */
const EVENTS: { [K in NoticeKind]?: (n: Entry<K>['data']) => Event[] } = {
  recommendations: (n) => [{ path: ['date'], date: n.date, what: '推荐' }],
  'inspection-notices': (n) => [{ path: ['preReview', 'date'], date: n.preReview.date, what: '会审' }],
  'inspection-reports': (n) => [
    { path: ['workReport', 'date'], date: n.workReport.date, what: '述职' },
    { path: ['evaluation', 'date'], date: n.evaluation.date, what: '民主测评' },
    ...n.signatures.map((s, i) => ({ path: ['signatures', i, 'date'], date: s.date, what: '考察评价结论签名' })),
    ...(n.feedback ? [{ path: ['feedback'], date: n.feedback, what: '反馈考察结果' }] : []),
    ...n.appeals.flatMap((a, i) => [
      { path: ['appeals', i, 'filed'], date: a.filed, what: '提出申诉' },
      ...(a.resolved ? [{ path: ['appeals', i, 'resolved'], date: a.resolved, what: '申诉办结' }] : []),
    ]),
  ],
  examinations: (n) => [{ path: ['date'], date: n.date, what: '考试' }],
  decisions: (n) => [
    { path: ['meeting', 'date'], date: n.meeting.date, what: '讨论决定会议' },
    ...n.procedureRecords.map((p, i) => ({ path: ['procedureRecords', i, 'completed'], date: p.completed, what: '填写程序情况表' })),
  ],
  'publicity-outcomes': (n) =>
    n.items.flatMap((it, i) => [
      ...(it.feedbackToReporters ? [{ path: ['items', i, 'feedbackToReporters'], date: it.feedbackToReporters, what: '向反映人反馈' }] : []),
      ...(it.resolved ? [{ path: ['items', i, 'resolved'], date: it.resolved, what: '在查件办结' }] : []),
    ]),
  'integrity-summaries': (n) => [
    ...(n.twoCircles.date ? [{ path: ['twoCircles', 'date'], date: n.twoCircles.date, what: '审核“两圈”情况' }] : []),
    ...(n.assetDeclaration.date ? [{ path: ['assetDeclaration', 'date'], date: n.assetDeclaration.date, what: '报告个人有关事项' }] : []),
    ...(n.audit.date ? [{ path: ['audit', 'date'], date: n.audit.date, what: '经济责任审计' }] : []),
  ],
};

/** D10: a decision notice is published on or after its meeting; no notice reports an event dated after its own publication. */
export const D10 = defineRule({
  id: 'D10',
  sources: [measures('一(三)3')],
  evaluate(ds, rule) {
    return rounds(ds).flatMap((r) => {
      const notices = noticesOfRound(ds, r.id);
      if (notices.length === 0) return [];
      const findings: Finding[] = [];
      for (const n of notices) {
        const events = (EVENTS[n.kind] as ((d: unknown) => Event[]) | undefined)?.(n.data) ?? [];
        for (const e of events) {
          if (e.date <= n.data.published) continue;
          findings.push(
            at(
              n,
              e.path,
              n.kind === 'decisions' && e.path[0] === 'meeting'
                ? `讨论决定的公告发布于 ${n.data.published}，早于会议日期 ${e.date}：公告只能在会议当天或之后发布，请核对 published 或会议日期`
                : `本公告发布于 ${n.data.published}，却报告了 ${e.date} 的${e.what}：公告不能报告发布之后才发生的事，请核对日期；事后补充的，请另发公告或更正`,
            ),
          );
        }
      }
      const meetings = roundNotices(ds, r.id, 'decisions').map((d) => ({ date: d.data.meeting.date, published: d.data.published }));
      const evidence = EVIDENCE.D10(meetings, notices.length, findings.length === 0);
      return [rule.judge({ round: r.id }, evidence, notices.map(key), findings)];
    });
  },
});

/** The rules of this stage, in catalog order. */
export const DECISION_RULES = [D1, D2, D3, D4, D5, D6, D7, D8, D10];
