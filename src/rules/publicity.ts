/** Rules G1–G7: pre-appointment publicity — timing, working days, channels, profile, 破格, outcome, reviews. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { CalendarGapError } from '../domain/working-days.ts';
import type { Person } from '../schemas/person.ts';
import { at, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, tiaoli, who, type Finding, type Outcome } from './rule.ts';

/** G1: publicity starts after the decision date, and names only candidates the decision passed. */
export const G1 = defineRule({
  id: 'G1',
  sources: [tiaoli('第七章“任职”')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const d = ds.byKind.decisions.get(pub.data.decision);
      const findings: Finding[] = [];
      const { from } = pub.data.window;
      if (!d) return rule.notApplicable({ round: round.id }, `引用的讨论决定 ${pub.data.decision} 不存在`, [key(pub)]);
      const date = d.data.meeting.date;
      if (d.data.round !== round.id)
        findings.push(at(pub, ['decision'], `引用的讨论决定 ${d.file} 属于另一次工作(${d.data.round}):请引用本次工作的讨论决定`));
      if (from <= date)
        findings.push(at(pub, ['window', 'from'], `公示从 ${from} 开始,不晚于讨论决定日期 ${date}:任前公示须在讨论决定之后开始,请核对日期`));
      if (pub.data.published > from)
        findings.push(at(pub, ['published'], `公告发布于 ${pub.data.published},晚于公示开始日期 ${from}:公示期应从公告发布之日或之后起算,请核对日期`));
      const others = roundNotices(ds, round.id, 'decisions');
      pub.data.candidates.forEach((c, i) => {
        const passed = (e: Entry<'decisions'>) => e.data.items.some((it) => it.person === c.person && it.position === c.position && it.result === 'passed');
        if (passed(d)) return;
        const elsewhere = others.find((o) => o !== d && passed(o));
        findings.push(
          at(
            pub,
            ['candidates', i, 'person'],
            elsewhere
              ? `${who(ds, c.person)} 是在 ${elsewhere.file} 中讨论通过的,而本公示引用的是 ${d.file}:请把 decision 改为 ${elsewhere.id}`
              : `${who(ds, c.person)} 在 ${d.file} 中没有讨论通过${positionLabel(round.data, c.position)}的记录:只能公示经讨论决定通过的人选,请核对`,
          ),
        );
      });
      const evidence = `讨论决定 ${date},公示自 ${from} 起(公告 ${pub.data.published} 发布);公示对象 ${pub.data.candidates.length} 人`;
      return rule.judge({ round: round.id }, evidence, [key(pub), key(d)], findings);
    });
  },
});

/** G2: the window lasts at least N working days on the official calendar; make-up workdays are reported. */
export const G2 = defineRule({
  id: 'G2',
  sources: [tiaoli('第七章“任职”')],
  params: ['publicityWorkingDays'],
  evaluate(ds, rule) {
    const need = ds.site.rules.publicityWorkingDays;
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const { from, to } = pub.data.window;
      try {
        const n = ds.calendar.countWorkingDays(from, to);
        const makeup = ds.calendar.makeupWorkdaysBetween(from, to);
        const note = makeup.length ? `;其中 ${makeup.map((m) => `${m.date}(${m.for}调休上班日)`).join('、')}计为工作日` : '';
        const evidence = `公示期 ${from} 至 ${to},共 ${n} 个工作日(不少于 ${need} 个)${note}`;
        if (n >= need) return rule.met(scope, evidence, [key(pub)]);
        let until = '';
        try {
          until = `,即至少到 ${ds.calendar.addWorkingDays(from, need)}`;
        } catch {
          // the extended end falls in a year without a calendar; the message still names the shortfall
        }
        return rule.failed(scope, evidence.replace('不少于', '少于规定的'), [key(pub)], [
          at(pub, ['window', 'to'], `公示期 ${from} 至 ${to} 只有 ${n} 个工作日${note},少于 ${need} 个工作日:请延长公示期${until}`),
        ]);
      } catch (err) {
        if (!(err instanceof CalendarGapError)) throw err;
        const path = err.year === Number(from.slice(0, 4)) ? ['window', 'from'] : ['window', 'to'];
        return rule.failed(scope, `公示期 ${from} 至 ${to}:工作日历缺少 ${err.year} 年,无法计算工作日`, [key(pub)], [
          at(pub, path, `公示期 ${from} 至 ${to} 无法计算工作日:工作日历缺少 ${err.year} 年,请在 content/calendar/ 增加 ${err.year}.yaml(依据国务院办公厅 ${err.year} 年节假日安排通知)`),
        ]);
      }
    });
  },
});

/** G3: channels include a phone and at least one of letter, website, SMS, with 12380 listed. */
export const G3 = defineRule({
  id: 'G3',
  sources: [measures()],
  evaluate(ds, rule) {
    const site = ds.byKind.site.get('site');
    const ch = ds.site.channels;
    const findings: Finding[] = [];
    const others = [ch.postalAddress && '来信', ch.website && '网站', ch.sms && '短信'].filter(Boolean);
    if (site && !ch.phone) findings.push(at(site, ['channels', 'phone'], '没有举报电话:请填写 channels.phone'));
    if (site && others.length === 0) findings.push(at(site, ['channels'], '除电话外没有其他举报渠道:请至少填写来信地址、12380 网站或短信中的一种'));
    if (site && ![ch.phone, ch.sms, ch.website].some((v) => v?.includes('12380')))
      findings.push(at(site, ['channels'], '举报渠道中没有 12380:请在 channels.phone、sms 或 website 中列出 12380 举报电话、短信或网站'));
    const evidence = `举报电话 ${ch.phone};来信 ${ch.postalAddress}(邮编 ${ch.postcode});网站 ${ch.website};短信 ${ch.sms};邮箱 ${ch.email}`;
    return overNotices(ds, 'publicities', (pub, round) => rule.judge({ round: round.id }, evidence, [key(pub), 'site/site'], findings));
  },
});

/** Profile fields a publicity must show, with their labels. */
const PROFILE: [keyof Person, string][] = [
  ['gender', '性别'],
  ['ethnicity', '民族'],
  ['birthMonth', '出生年月'],
  ['workStarted', '参加工作时间'],
  ['education', '学历'],
];

/** G4: each candidate's profile is complete. */
export const G4 = defineRule({
  id: 'G4',
  sources: [measures()],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) =>
      pub.data.candidates.map((c) => {
        const person = ds.byKind.people.get(c.person);
        if (!person) return rule.notApplicable({ round: round.id }, `人员 ${c.person} 不存在`, [key(pub)]);
        const p = person.data;
        const findings: Finding[] = [];
        const need = `任前公示须公开公示对象的${['姓名', ...PROFILE.map((f) => f[1]), '入党时间', '现任职务及任职时间'].join('、')}`;
        for (const [field, label] of PROFILE) if (p[field] === undefined) findings.push(at(person, [field], `公示对象 ${p.name} 缺少${label}:${need},请填写 ${field}`));
        if (!p.partyJoined && !p.affiliation)
          findings.push(at(person, ['partyJoined'], `公示对象 ${p.name} 缺少入党时间:请填写 partyJoined(年月);非中共党员请填写 affiliation(如 九三学社、无党派)`));
        if (p.currentPosts.length === 0)
          findings.push(at(person, ['currentPosts'], `公示对象 ${p.name} 缺少现任职务及任职时间:请在 currentPosts 中填写单位、职务和任职年月`));
        const evidence = findings.length
          ? `${p.name}:基本情况不全`
          : `${p.name}:性别、民族、出生年月、入党时间、参加工作时间、学历、现任职务及任职时间、拟任职务(${c.proposedPost})齐全`;
        return rule.judge({ round: round.id }, evidence, [key(pub), key(person)], findings);
      }),
    );
  },
});

/** Mentions of an exceptional promotion, not counting its denial (不属于破格). */
const EXCEPTIONAL = /破格/;
const NOT_EXCEPTIONAL = /(不属于|不是|非|无|没有)破格/;

/** G5: an exceptional promotion states its circumstances and reasons. */
export const G5 = defineRule({
  id: 'G5',
  sources: [tiaoli('第六章“讨论决定”')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const out: Outcome[] = [];
      const noticeText = `${pub.data.title} ${pub.data.summary ?? ''}`;
      pub.data.candidates.forEach((c, i) => {
        if (c.exceptional) {
          out.push(rule.met(scope, `${nameOf(ds, c.person)} 破格提拔:情形 ${c.exceptional.circumstances};理由 ${c.exceptional.reasons}`, [key(pub)]));
          return;
        }
        const mentioned = [c.proposedPost, pub.data.candidates.length === 1 ? noticeText : ''].some((t) => EXCEPTIONAL.test(t) && !NOT_EXCEPTIONAL.test(t));
        if (mentioned)
          out.push(
            rule.failed(scope, `${nameOf(ds, c.person)} 破格提拔未说明情形和理由`, [key(pub)], [
              at(pub, ['candidates', i, 'exceptional'], `公告提到 ${who(ds, c.person)} 破格提拔,却没有写明破格的情形和理由:请填写 exceptional.circumstances 和 exceptional.reasons`),
            ]),
          );
      });
      return out.length ? out : [rule.notApplicable(scope, '公示对象均不属于破格提拔', [key(pub)])];
    });
  },
});

/** G6: after the window, the handling of reports received is published, with feedback to reporters. */
export const G6 = defineRule({
  id: 'G6',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const { to } = pub.data.window;
      const outcomes = roundNotices(ds, round.id, 'publicity-outcomes').filter((o) => o.data.publicity === pub.id);
      if (outcomes.length === 0) {
        const people = new Set(pub.data.candidates.map((c) => c.person));
        const appointed = roundNotices(ds, round.id, 'appointments').find((a) => a.data.results.some((r) => people.has(r.person)));
        if (appointed)
          return rule.failed(scope, `公示期 ${to} 结束,未公布反映问题处理情况`, [key(pub), key(appointed)], [
            at(pub, ['window', 'to'], `公示期已于 ${to} 结束,任职结果 ${appointed.file} 也已发布,却没有公布公示期间反映问题的处理情况:请在 content/publicity-outcomes/ 发布(收到件数、查实、部分属实、不属实、在查)`),
          ]);
        return rule.notApplicable(scope, to >= ds.today ? `公示期至 ${to},尚未结束` : `公示期已于 ${to} 结束,处理情况待公布`, [key(pub)]);
      }
      const findings: Finding[] = [];
      const lines: string[] = [];
      for (const o of outcomes) {
        if (o.data.published <= to)
          findings.push(at(o, ['published'], `处理情况发布于 ${o.data.published},公示期到 ${to} 才结束:须在公示期结束后公布`));
        const listed = new Set(o.data.items.map((i) => i.person));
        const missing = pub.data.candidates.filter((c) => !listed.has(c.person));
        if (missing.length)
          findings.push(at(o, ['items'], `没有 ${missing.map((c) => who(ds, c.person)).join('、')} 的处理情况:每名公示对象都要列出(未收到反映的写 received: 0)`));
        o.data.items.forEach((it, i) => {
          if (!pub.data.candidates.some((c) => c.person === it.person))
            findings.push(at(o, ['items', i, 'person'], `${who(ds, it.person)} 不是 ${pub.file} 的公示对象:请核对`));
          if (it.received - it.pending > 0 && !it.feedbackToReporters)
            findings.push(at(o, ['items', i, 'feedbackToReporters'], `已核查完毕 ${it.received - it.pending} 件反映,没有写明向反映人反馈的日期:请填写 feedbackToReporters`));
          lines.push(
            `${nameOf(ds, it.person)} 收到反映 ${it.received} 件:查实 ${it.substantiated}、部分属实 ${it.partlySubstantiated}、不属实 ${it.unsubstantiated}、在查 ${it.pending}`,
          );
        });
      }
      const evidence = `${lines.join(';')}(${outcomes.map((o) => o.data.published).join('、')} 公布)`;
      return rule.judge(scope, evidence, [key(pub), ...outcomes.map(key)], findings);
    });
  },
});

/** G7: political review and health check conclusions are published. */
export const G7 = defineRule({
  id: 'G7',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) =>
      pub.data.candidates.map((c, i) => {
        const findings: Finding[] = [];
        if (!c.politicalReview) findings.push(at(pub, ['candidates', i, 'politicalReview'], `没有公开 ${who(ds, c.person)} 的政审结论:请填写 politicalReview(例如 合格)`));
        if (!c.healthCheck) findings.push(at(pub, ['candidates', i, 'healthCheck'], `没有公开 ${who(ds, c.person)} 的体检结论:请填写 healthCheck(例如 合格)`));
        const evidence = `${nameOf(ds, c.person)}:政审 ${c.politicalReview ?? '未公开'};体检 ${c.healthCheck ?? '未公开'}`;
        return rule.judge({ round: round.id }, evidence, [key(pub)], findings);
      }),
    );
  },
});

/** The rules of this stage, in catalog order. */
export const PUBLICITY_RULES = [G1, G2, G3, G4, G5, G6, G7];
