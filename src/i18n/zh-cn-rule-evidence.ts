/**
 * What the rules (src/rules/) say, by rule ID: the evidence sentence the compliance panel shows
 * (what was checked, in plain words), the reason a rule does not apply, and the findings
 * `npm run validate` gives a clerk (what is wrong and what to do). The rules pass the numbers,
 * names and dates; the words and the punctuation are here, in official typography (GB/T 15834).
 * Dates arrive as ISO dates; the panel shows them as 2026年11月20日 (view/compliance.ts).
 * Field names and YAML a clerk is told to type (`status: deferred`) stay as the clerk writes them.
 */

/** How the parts of one evidence sentence are put together. */
export const EVIDENCE_JOIN = {
  /** Between clauses, and between the evidence of several subjects of one rule. */
  clauses: '；',
  /** Between the items of a list. */
  items: '、',
} as const;

const clauses = (xs: readonly string[]) => xs.join(EVIDENCE_JOIN.clauses);
const items = (xs: readonly string[]) => xs.join(EVIDENCE_JOIN.items);

/** Words every stage uses: a person or a position as named in messages to clerks. */
export const RULE_WORDS = {
  /** A person as named in messages to clerks: 林晓川（lin-xc）. */
  person: (name: string, id: string) => `${name}（${id}）`,
  /** A position as named in messages: 职位p1（副局长）. */
  position: (pid: string, title?: string) => (title === undefined ? `职位${pid}` : `职位${pid}（${title}）`),
} as const;

export const RULE_EVIDENCE = {
  P1: {
    planMissing: (plan: string) => `引用的年度计划${plan}不存在`,
    wrongYear: (plan: string, year: number, roundYear: number) => `年度计划${plan}是${year}年的计划，本次工作为${roundYear}年：请改填${roundYear}年度计划的编号，或先发布该年度计划`,
    planLate: (plan: string, published: string, first: string, firstPublished: string) =>
      `年度计划${plan}发布于${published}，晚于本次工作的第一份公告${first}（${firstPublished}）：年度计划应在本次工作任何公告之前发布`,
    unitNotInPlan: (post: string, unit: string, plan: string) => `${post}所在单位${unit}未列入年度计划${plan}的items：请核对单位编号，或说明该职位属于计划中的哪一项`,
    evidence: (year: number, published: string, firstPublished: string | undefined) =>
      `属于${year}年度计划（${published}发布）${firstPublished ? `，早于第一份公告（${firstPublished}）` : ''}`,
  },
  P2: {
    notYet: '本次工作尚未进入推荐环节',
    noPreAnnouncement: (round: string) => `本次工作${round}没有推荐预告：推荐开始前须在content/pre-announcements/发布推荐预告，公开空缺职位、选任标准、任职条件和推荐时间`,
    unpublished: '未发布推荐预告',
    startsEarly: (published: string, from: string) => `推荐预告发布于${published}，推荐却从${from}开始：推荐开始日期应晚于预告发布日期，请核对日期`,
    beforePreAnnouncement: (date: string, published: string, file: string) => `推荐日期${date}早于推荐预告的发布日期${published}（${file}）：推荐须在预告发布之后进行`,
    period: (from: string, to: string) => `${from}至${to}`,
    outsidePeriod: (date: string, periods: readonly string[]) => `推荐日期${date}不在推荐预告公布的推荐时间（${items(periods)}）内：请核对日期，或先发布补充预告`,
    evidence: (published: string, from: string, to: string, recommendations: number) =>
      `推荐预告${published}发布，推荐时间${from}至${to}${recommendations ? `；推荐${recommendations}次` : ''}`,
  },
  R1: {
    tooFewRecommenders: (person: string, recommenders: number, method: string, min: number) =>
      `被推荐人${person}有${recommenders}名署名推荐人，${method}至少需要${min}名：任何推荐都须署名，请逐一列出推荐人的姓名、工作单位和职务`,
    phoneNumber: '这里像是写了电话号码：推荐人的联系电话由组织部门留存，不得公开，请删去',
    evidence: (method: string, date: string, candidates: number, signatures: number) => `${method}（${date}）：被推荐${candidates}人，署名推荐${signatures}人次，均写明姓名、单位、职务`,
  },
  R2: {
    otherPosition: (person: string, position: string) => `考察对象${person}没有${position}的推荐记录（只被推荐到其他职位）：请核对职位，或补录该职位的推荐记录`,
    noRecommendation: (person: string) => `考察对象${person}在本次工作中没有推荐记录：没有署名推荐不得列为考察对象，请在content/recommendations/补录推荐情况，或从考察对象中删去`,
    recommended: (person: string, dates: readonly string[]) => `考察对象${person}经推荐产生（${items(dates)}）`,
    notRecommended: (person: string) => `考察对象${person}无推荐记录`,
  },
  R3: {
    noMeeting: '本次工作没有会议推荐',
    notDifferential: (candidates: number, position: string, seats: number, least: number) =>
      `会议推荐列出${candidates}名被推荐人，没有多于${position}的职数${seats}：会议推荐须差额进行，请列出全部得票人选（至少${least}名）`,
    evidence: (date: string, position: string, seats: number, candidates: number) => `会议推荐（${date}）：${position}${seats}个职数，被推荐${candidates}人`,
  },
  R4: {
    beforeRecommendation: (start: string, person: string, recommended: string) => `考察从${start}开始，早于${person}的推荐日期${recommended}：考察应在推荐之后进行，请核对日期`,
    expired: (start: string, person: string, recommended: string, gap: number, days: number, until: string) =>
      `考察从${start}开始，距${person}的推荐（${recommended}）已${gap}天，超过推荐有效期${days}天（截至${until}）：请重新组织推荐`,
    evidence: (person: string, recommended: string, start: string, gap: number, days: number) => `${person}：推荐${recommended}，考察开始${start}，相隔${gap}天（有效期${days}天）`,
  },
  I1: {
    noticeLate: (published: string, from: string) => `考察预告发布于${published}，考察却从${from}开始：考察预告应在考察开始之前发布，请核对日期`,
    evidence: (published: string, from: string, to: string, inspectees: number, team: number, phone: string) =>
      `考察预告${published}发布，考察${from}至${to}；考察对象${inspectees}人、考察组${team}人，举报电话${phone}`,
    notAnnounced: (person: string) => `${person}未经考察预告即提交讨论`,
    notInNotice: (person: string) => `${person}不在本次工作任何考察预告的考察对象中：未经公告考察的人选不得提交讨论，请先发布考察预告并完成考察`,
  },
  I2: {
    reviewLate: (date: string, published: string) => `会审日期${date}晚于考察预告发布日期${published}：确定考察对象前须先会审，请核对日期`,
    noDiscipline: (departments: readonly string[]) => `会审部门（${items(departments)}）中没有纪检监察机关：会审须由组织部门会同纪委监委进行，请列出参加会审的纪检监察机关`,
    noOrganisation: (departments: readonly string[]) => `会审部门（${items(departments)}）中没有组织（人事）部门：请列出主持会审的组织部门或本单位干部人事部门`,
    flagged: (person: string) => `${person}在会审中发现问题（见preReview.findings），不得作为考察对象：请从考察对象中删去`,
    evidence: (date: string, departments: readonly string[], flagged: number, excluded: boolean) =>
      `会审${date}（${items(departments)}），发现问题${flagged}人${excluded ? '，均未列为考察对象' : ''}`,
  },
  I3: {
    tooFew: (position: string, seats: number, size: number, ratio: number, need: number) =>
      `${position}有${seats}个职数，考察对象只有${size}人，少于1:${ratio}差额考察要求的${need}人：请增加考察对象，或在exceptions中声明I3例外并写明理由`,
    evidence: (position: string, seats: number, size: number, enough: boolean, need: number, ratio: number) =>
      `${position}${seats}个职数：考察对象${size}人，${enough ? '不少于' : '少于'}${need}人（1:${ratio}）`,
  },
  I4: {
    noReport: (person: string) => `${person}的考察评价结论尚未发布`,
    noWorkReport: (person: string) => `${person}没有述职记录`,
    noConclusion: (person: string) => `考察对象${person}没有考察评价结论，也就没有述职记录：讨论决定前须在content/inspection-reports/发布其考察评价结论（含workReport述职）`,
    outsidePeriod: (date: string, from: string, to: string) => `述职日期${date}不在考察期${from}至${to}内：述职是考察的必经程序，请核对日期`,
    evidence: (person: string, form: string, date: string, audience: number | undefined) => `${person}：${form}${date}${audience !== undefined ? `，${audience}人参加` : ''}`,
  },
  I5: {
    ratingsExceed: (sum: number, excellent: number, competent: number, basicallyCompetent: number, incompetent: number, valid: number) =>
      `各等次票数之和${sum}（优秀${excellent}、称职${competent}、基本称职${basicallyCompetent}、不称职${incompetent}）多于有效票${valid}：请核对测评票数`,
    validExceeds: (valid: number, participants: number) => `有效票${valid}张多于参加测评人数${participants}：请核对`,
    evidence: (person: string, participants: number, valid: number, excellent: number, competent: number, basicallyCompetent: number, incompetent: number) =>
      `${person}民主测评：参加${participants}人，有效票${valid}张，优秀${excellent}、称职${competent}、基本称职${basicallyCompetent}、不称职${incompetent}`,
  },
  I6: {
    noInterviews: '没有写明谈话情况：请按层面列出找了多少人谈话，例如 - level: 班子成员 / count: 8',
    unsigned: (missing: readonly string[]) => `考察组成员${items(missing)}没有签名：考察评价结论须由参加考察的每名成员签名，请补上signatures`,
    notTeam: (person: string, notice: string) => `${person}不是考察组成员（见${notice}的team）：请核对签名人`,
    level: (level: string, count: number) => `${level}${count}`,
    evidence: (person: string, talked: number, levels: readonly string[], team: number, signed: number) =>
      `${person}：谈话${talked}人${levels.length ? `（${items(levels)}）` : ''}；考察组${team}人，签名${signed}人`,
  },
  I7: {
    noAppeal: (person: string) => `${person}未提出申诉`,
    noFeedback: (days: number) => `有申诉但没有写明向被考察干部反馈考察结果的日期：请填写feedback，以便核对${days}日申诉期`,
    beforeFeedback: (filed: string, feedback: string) => `申诉日期${filed}早于反馈日期${feedback}：申诉针对反馈的考察结果，请核对日期`,
    late: (filed: string, feedback: string, days: number, until: string) => `申诉日期${filed}超过反馈（${feedback}）后${days}日的申诉期（至${until}）：请核对日期；逾期申诉应作为来信处理`,
    resolvedAfterDecision: (resolved: string, decided: string) => `申诉办结日期${resolved}晚于讨论决定日期${decided}：申诉须在讨论决定前办结`,
    unresolved: (decided: string) => `申诉尚未办结，却已于${decided}讨论决定：申诉须在讨论决定前办结，请填写resolved和outcome`,
    noOutcome: '申诉已办结，请在outcome中写明办理结果',
    appeal: (filed: string, resolved: string | undefined) => `${filed}提出${resolved ? `，${resolved}办结` : '，未办结'}`,
    evidence: (person: string, feedback: string, appeals: readonly string[], decided: string | undefined) =>
      `${person}：反馈${feedback}，申诉${appeals.length}件（${clauses(appeals)}）${decided ? `，讨论决定${decided}` : ''}`,
  },
  I8: {
    qualified: (person: string, certificate: string, issued: string, expires: string | undefined) => `${person}：考察资格证${certificate}（${issued}取得${expires ? `，${expires}失效` : ''}）`,
    unqualified: (person: string) => `${person}在考察期间无有效考察资格`,
    noQualification: (person: string, from: string, to: string) =>
      `考察组成员${person}在考察期${from}至${to}没有有效的考察资格：参加考察须持证，请在content/qualifications/录入其考察资格（type: inspector），或更换考察组成员`,
  },
  I9: {
    tooSmall: (size: number, min: number) => `考察组只有${size}人，少于${min}人：请增加考察组成员`,
    evidence: (size: number, min: number) => `考察组${size}人（不少于${min}人）`,
  },
  I10: {
    noResume: (name: string) => `考察对象${name}的简历没有公开：请在resume中逐段列出工作经历`,
    noEducation: (name: string) => `考察对象${name}的学历没有公开：请填写education`,
    noAchievements: '没有公开主要工作业绩：请在achievements中填写（或写入人员记录的achievements）',
    /** The other parts of a report that must be published, as the rule names them. */
    parts: { health: '身体健康状况', qualificationCheck: '任职资格审核情况', recommendationVotes: '获得推荐票数情况' },
    missing: (label: string, field: string) => `没有公开${label}：请填写${field}`,
    incomplete: (person: string) => `${person}：情况公开不全`,
    complete: (person: string) => `${person}：简历、学历、主要业绩、健康状况、任职资格审核、推荐票数均已公开`,
  },
  I11: {
    signedBeforeInspection: (date: string, from: string, notice: string) =>
      `考察评价结论的签名日期${date}早于考察开始日期${from}（${notice}）：结论须在考察期内或考察结束后作出，请核对签名日期或考察期`,
    signedAtDecision: (date: string, meeting: string, decision: string) => `考察评价结论的签名日期${date}不早于讨论决定会议${meeting}（${decision}）：结论须在讨论决定之前作出，请核对日期`,
    feedbackBeforeSigned: (feedback: string, signed: string) => `反馈日期${feedback}早于考察评价结论的签名日期${signed}：反馈的是已作出的结论，请核对日期`,
    feedbackAtDecision: (feedback: string, meeting: string, decision: string) =>
      `向考察对象反馈的日期${feedback}不早于讨论决定会议${meeting}（${decision}）：须先反馈考察结果，再提交讨论决定，请核对日期`,
    evidence: (name: string, period: { from: string; to: string } | undefined, signed: string | undefined, feedback: string | undefined, meeting: string | undefined) =>
      `${name}：${period ? `考察${period.from}至${period.to}` : '考察期未知'}，评价结论${signed ?? '未签名'}${feedback ? `，${feedback}反馈` : ''}${meeting ? `，${meeting}讨论决定` : '，尚未讨论决定'}`,
  },
  X1: {
    noExamination: (method: string) => `本次工作为${method}，不设考试`,
    sameName: (name: string, other: number) => `考官“${name}”与第${other}位考官同名：评分按考官顺序对应，同名无法区分，请写全名或加以区别`,
    evidence: (position: string, examiners: readonly string[], candidates: number) => `${position}：考官${examiners.length}名（${items(examiners)}），考生${candidates}人，每名考官的评分均已公开`,
    notExamined: (person: string, position: string, examinations: readonly string[], method: string) =>
      `${person}不在${position}的考试成绩（${items(examinations)}）中：${method}的人选须参加考试，请核对人选或补录其成绩`,
    noResults: (method: string, position: string) => `本次工作为${method}，${position}没有公布考试成绩：请在content/examinations/发布考官名单和每名考官的评分`,
    unpublished: (person: string) => `${person}的考试成绩未公开`,
    notYet: '考试成绩尚未公布',
  },
  X2: {
    method: (method: string, weights: { written: number; interview: number } | undefined, decimals: number) =>
      `${method}${weights ? `，笔试${weights.written}%+面试${weights.interview}%` : ''}，保留${decimals}位小数`,
    interviewDiffers: (person: string, shown: string, method: string, scores: readonly number[], recomputed: string, tolerance: number) =>
      `${person}的面试成绩公布为${shown}，按声明的计分办法（${method}）由各考官评分${items(scores.map(String))}复算为${recomputed}，相差超过${tolerance}：请核对评分或成绩`,
    finalDiffers: (person: string, shown: string, method: string, recomputed: string, tolerance: number) =>
      `${person}的最终成绩公布为${shown}，按声明的计分办法（${method}）复算为${recomputed}，相差超过${tolerance}：请核对成绩或计分办法`,
    evidence: (person: string, interview: string, interviewAgain: string, final: string, finalAgain: string, method: string) =>
      `${person}：面试${interview}（复算${interviewAgain}），最终${final}（复算${finalAgain}）；${method}`,
  },
  X3: {
    place: (lo: number, hi: number) => (lo === hi ? `第${lo}名` : `第${lo}—${hi}名`),
    wrongRank: (person: string, score: string, better: number, tied: number, expected: string, rank: number, tieUnexplained: boolean) =>
      `${person}最终成绩${score}，有${better}人高于其成绩${tied ? `、${tied}人同分` : ''}，应为${expected}，公布为第${rank}名：${
        tieUnexplained ? '同分者名次相同；如另有排序办法，请在tieBreak中说明' : '请按最终成绩核对名次'
      }`,
    rankLine: (rank: number, name: string, score: string) => `${rank}. ${name} ${score}`,
    evidence: (position: string, order: readonly string[]) => `${position}名次：${clauses(order)}`,
  },
  X4: {
    noDeclaration: (name: string) => `考官${name}没有声明与考生无回避关系：须先签署回避声明（noConflictDeclared: true），有回避关系的应更换考官`,
    examinerIsCandidate: (name: string) => `考官${name}与一名考生同名：考生不能担任考官，请核对`,
    evidence: (examiners: number, declared: number) => `考官${examiners}名，${declared}名已声明无回避关系`,
  },
  C1: {
    notReviewed: (person: string) => `考察组没有查阅${person}的“两圈”情况申报表：须在考察期间查阅并作出评价`,
    noDate: '没有写明查阅“两圈”情况的日期：请填写twoCircles.date，以便核对是否在考察期间',
    period: (from: string, to: string) => `${from}至${to}`,
    outsidePeriod: (date: string, periods: readonly string[]) => `查阅“两圈”情况的日期${date}不在考察期（${items(periods)}）内：须在考察期间查阅，请核对日期`,
    evidence: (person: string, reviewed: boolean, date: string | undefined, conclusion: string) =>
      `${person}：“两圈”情况${reviewed ? `已于考察中查阅${date ? `（${date}）` : ''}` : '未查阅'}，${conclusion}`,
    noSummary: (person: string) => `${person}：没有廉政情况记录`,
    noSummaryFinding: (person: string) => `${person}没有廉政情况记录：讨论决定前须在content/integrity-summaries/录入其“两圈”审查、财产申报、负债报告和审计情况`,
  },
  C2: {
    notSubmitted: (person: string) => `${person}没有申报个人及家庭财产：拟提任人选须申报后方可提交讨论`,
    evidence: (person: string, submitted: boolean, date: string | undefined) => `${person}：财产申报${submitted ? `已提交${date ? `（${date}）` : ''}` : '未提交'}`,
  },
  C3: {
    noDebt: (name: string, yuan: number) => `${name}：无${yuan}元以上负债`,
    noPlan: (person: string, yuan: number) => `${person}有${yuan}元以上负债，没有报告还款计划：须向组织报告拟还计划后填写repaymentPlanReported: true`,
    evidence: (name: string, yuan: number, reported: boolean) => `${name}：有${yuan}元以上负债，${reported ? '已' : '未'}报告还款计划`,
  },
  C4: {
    notHead: (name: string, position: string) => `${name}：${position}不是单位主要负责人`,
    noAudit: (name: string) => `${name}：拟任单位主要负责人，无经济责任审计`,
    auditNotDone: (person: string, position: string) =>
      `${person}拟任${position}（单位主要负责人），须在讨论决定前完成经济责任审计：请填写审计类型（任中审计或离任审计）、日期和结论`,
    noSummary: (person: string) => `${person}拟任单位主要负责人，没有经济责任审计记录：请在content/integrity-summaries/录入审计情况`,
    noDate: '没有写明审计日期：请填写audit.date，以便核对是否在讨论决定前完成',
    auditLate: (date: string, decided: string) => `审计日期${date}晚于讨论决定日期${decided}：经济责任审计须在讨论决定前完成`,
    evidence: (name: string, kind: string, date: string | undefined, violation: boolean, decided: string) =>
      `${name}：${kind}${date ?? ''}，${violation ? '发现违纪' : '未发现违纪'}；讨论决定${decided}`,
  },
  D1: {
    noProcedureRecord: (person: string) =>
      `${person}没有《人选产生程序情况表》：提交讨论前须填写并由具体负责人签字，请在procedureRecords中补录（person、completed、signedBy）`,
    recordLate: (completed: string, meeting: string) => `程序情况表填写日期${completed}晚于会议日期${meeting}：须在提交讨论前填写完毕`,
    signedBySelf: '程序情况表由人选本人签字：应由具体负责人签字，请核对signedBy',
    noReport: (person: string) => `${person}没有考察评价结论：未完整执行规定程序的人选不予研究，请先发布其考察评价结论`,
    recorded: (person: string, completed: string, signedBy: string, reported: boolean) => `${person}：程序情况表${completed}填写，${signedBy}签字${reported ? '；考察评价结论已发布' : ''}`,
    noRecord: (person: string) => `${person}：无程序情况表`,
  },
  D2: {
    basis: (members: number, fraction: string) => `成员${members}人的${fraction}`,
    evidence: (session: string, date: string, here: number, members: number, need: number) => `${session}（${date}）：出席${here}/${members}人，法定人数${need}人`,
    emptyRoster: (body: string, date: string) => `${body}在会议当天（${date}）的成员名单为空：请核对决策机构成员的任职起止日期`,
    noQuorum: (here: number, need: number, basis: string) => `出席${here}人，不足法定人数${need}人（${basis}）：会议不能作出任免决定，请核对出席名单，或另行召开会议`,
  },
  D3: {
    share: (members: number, fraction: string) => `应到会成员${members}人的${fraction}`,
    tooFewYes: (yes: number, share: string, need: number) => `同意${yes}票，未超过${share}（至少须${need}票），不能通过：请核对票数，或把result改为rejected（未通过）`,
    enoughYes: (yes: number, share: string, need: number) => `同意${yes}票，已超过${share}（${need}票），结果却为未通过：请核对票数或结果`,
    evidence: (person: string, yes: number, enough: boolean, share: string, need: number, result: string) =>
      `${person}：同意${yes}票，${enough ? '超过' : '未超过'}${share}（至少${need}票），${result}`,
  },
  D4: {
    tooManyIssued: (issued: number, present: number) => `发出${issued}张票，多于出席的${present}人：请核对发票数或出席名单`,
    moreThanPresent: (person: string, yes: number, no: number, abstain: number, sum: number, present: number) =>
      `${person}的同意${yes}、不同意${no}、弃权或缓议${abstain}票，合计${sum}票，多于出席的${present}人：请核对票数`,
    moreThanReturned: (person: string, sum: number, returned: number) => `${person}的票数合计${sum}票，多于收回的${returned}张票：请核对票数`,
    tally: (person: string, yes: number, no: number, abstain: number) => `${person}同意${yes}、不同意${no}、弃权或缓议${abstain}`,
    evidence: (present: number, issued: number, returned: number, tallies: readonly string[]) => `出席${present}人，发出${issued}张、收回${returned}张；${clauses(tallies)}`,
  },
  D5: {
    unqualified: (person: string, date: string) =>
      `${person}在会议当天（${date}）没有有效的用人资格：参加干部任用表决须经《条例》学习考试合格，请在content/qualifications/录入其用人资格（type: decision-maker），或核对出席名单`,
    evidence: (present: number, qualified: number) => `出席${present}人中${qualified}人在会议当天具有用人资格`,
  },
  D6: {
    duplicate: (person: string) => `${person}在出席名单中重复：请删去重复项`,
    notMember: (person: string, date: string, body: string) => `${person}在会议当天（${date}）不是${body}成员，不能参加表决：请核对出席名单或决策机构成员的任职日期`,
    presentAndAbsent: (person: string) => `${person}同时列在出席和请假名单中：请核对`,
    absentNotMember: (person: string, body: string) => `${person}在会议当天不是${body}成员：请从请假名单中删去`,
    unaccounted: (body: string, missing: readonly string[]) => `${body}成员${items(missing)}既不在出席名单也不在请假名单中：请补列并写明缺席原因`,
    evidence: (present: number, absent: number, body: string, members: number) => `表决名单已公开：出席${present}人、请假${absent}人，会议当天${body}共有成员${members}人`,
  },
  D7: {
    noPositions: '本次工作没有须全委会票决的职位',
    voted: (person: string, position: string, body: string, date: string) => `${person}：${position}经${body}票决通过（${date}）`,
    notVoted: (person: string, position: string) => `${person}：${position}未经全委会票决`,
    noVote: (position: string, person: string) => `${position}须由全委会票决，但没有全委会表决通过${person}的记录：请先提交全委会票决并发布表决结果，再行公示`,
    notYetPublicised: '须全委会票决的职位尚未进入公示',
  },
  D8: {
    vetoed: (person: string, audit: string) => `${person}的经济责任审计发现违纪（${audit}），实行一票否决，不能通过：请核对审计结论或表决结果`,
    line: (person: string, violation: boolean, result: string) => `${person}：${violation ? '审计发现违纪' : '审计未发现违纪'}，${result}`,
    evidence: (lines: readonly string[]) => clauses(lines),
    noAudits: '表决人选均无经济责任审计结论',
  },
  D10: {
    /** The dated steps a notice may report, in words. */
    steps: {
      recommendation: '推荐',
      preReview: '会审',
      workReport: '述职',
      evaluation: '民主测评',
      signature: '考察评价结论签名',
      feedback: '反馈考察结果',
      appealFiled: '提出申诉',
      appealResolved: '申诉办结',
      examination: '考试',
      meeting: '讨论决定会议',
      procedureRecord: '填写程序情况表',
      feedbackToReporters: '向反映人反馈',
      pendingResolved: '在查件办结',
      twoCircles: '审核“两圈”情况',
      assetDeclaration: '报告个人有关事项',
      audit: '经济责任审计',
    },
    beforeMeeting: (published: string, date: string) => `讨论决定的公告发布于${published}，早于会议日期${date}：公告只能在会议当天或之后发布，请核对published或会议日期`,
    reportsLater: (published: string, date: string, step: string) =>
      `本公告发布于${published}，却报告了${date}的${step}：公告不能报告发布之后才发生的事，请核对日期；事后补充的，请另发公告或更正`,
    evidence: (meetings: { date: string; published: string }[], notices: number, ok: boolean) =>
      `${meetings.length ? `讨论决定${clauses(meetings.map((m) => `${m.date}会议、${m.published}发布`))}；` : ''}本次工作${notices}份公告报告的事项均${ok ? '' : '应'}不晚于各自的发布日期`,
  },
  G1: {
    noDecision: (decision: string) => `引用的讨论决定${decision}不存在`,
    otherRound: (decision: string, round: string) => `引用的讨论决定${decision}属于另一次工作（${round}）：请引用本次工作的讨论决定`,
    beforeDecision: (from: string, date: string) => `公示从${from}开始，不晚于讨论决定日期${date}：任前公示须在讨论决定之后开始，请核对日期`,
    publishedLate: (published: string, from: string) => `公告发布于${published}，晚于公示开始日期${from}：公示期应从公告发布之日或之后起算，请核对日期`,
    otherDecision: (person: string, passedIn: string, decision: string, passedId: string) => `${person}是在${passedIn}中讨论通过的，而本公示引用的是${decision}：请把decision改为${passedId}`,
    notPassed: (person: string, decision: string, position: string) => `${person}在${decision}中没有讨论通过${position}的记录：只能公示经讨论决定通过的人选，请核对`,
    evidence: (date: string, from: string, published: string, candidates: number) => `讨论决定${date}，公示自${from}起（公告${published}发布）；公示对象${candidates}人`,
  },
  G2: {
    makeupDay: (date: string, holiday: string) => `${date}（${holiday}调休上班日）`,
    makeupNote: (days: readonly string[]) => (days.length ? `；其中${items(days)}计为工作日` : ''),
    evidence: (from: string, to: string, days: number, need: number, note: string, enough: boolean) =>
      `公示期${from}至${to}，共${days}个工作日（${enough ? '不少于' : '少于规定的'}${need}个）${note}`,
    extendTo: (date: string) => `，即至少到${date}`,
    tooShort: (from: string, to: string, days: number, note: string, need: number, until: string) =>
      `公示期${from}至${to}只有${days}个工作日${note}，少于${need}个工作日：请延长公示期${until}`,
    noCalendar: (from: string, to: string, year: number) => `公示期${from}至${to}：工作日历缺少${year}年，无法计算工作日`,
    addCalendar: (from: string, to: string, year: number) =>
      `公示期${from}至${to}无法计算工作日：工作日历缺少${year}年，请在content/calendar/增加${year}.yaml（依据国务院办公厅${year}年节假日安排通知）`,
  },
  G3: {
    channels: { postalAddress: '来信', website: '网站', sms: '短信' },
    noPhone: '没有举报电话：请填写channels.phone',
    noOther: '除电话外没有其他举报渠道：请至少填写来信地址、12380网站或短信中的一种',
    no12380: '举报渠道中没有12380：请在channels.phone、sms或website中列出12380举报电话、短信或网站',
    evidence: (phone: string, postalAddress: string, postcode: string, website: string, sms: string, email: string) =>
      `举报电话${phone}；来信${postalAddress}（邮编${postcode}）；网站${website}；短信${sms}；邮箱${email}`,
  },
  G4: {
    /** The profile fields a publicity must show, as the rule names them. */
    profile: { gender: '性别', ethnicity: '民族', birthMonth: '出生年月', workStarted: '参加工作时间', education: '学历' },
    required: (profile: readonly string[]) => `任前公示须公开公示对象的${items(['姓名', ...profile, '入党时间', '现任职务及任职时间'])}`,
    noPerson: (person: string) => `人员${person}不存在`,
    missing: (name: string, label: string, required: string, field: string) => `公示对象${name}缺少${label}：${required}，请填写${field}`,
    noPartyJoined: (name: string) => `公示对象${name}缺少入党时间：请填写partyJoined（年月）；非中共党员请填写affiliation（如九三学社、无党派）`,
    noCurrentPosts: (name: string) => `公示对象${name}缺少现任职务及任职时间：请在currentPosts中填写单位、职务和任职年月`,
    incomplete: (name: string) => `${name}：基本情况不全`,
    complete: (name: string, proposedPost: string) => `${name}：性别、民族、出生年月、入党时间、参加工作时间、学历、现任职务及任职时间、拟任职务（${proposedPost}）齐全`,
  },
  G5: {
    stated: (person: string, circumstances: string, reasons: string) => `${person}破格提拔：情形${circumstances}；理由${reasons}`,
    unstated: (person: string) => `${person}破格提拔未说明情形和理由`,
    unstatedFinding: (person: string) => `公告提到${person}破格提拔，却没有写明破格的情形和理由：请填写exceptional.circumstances和exceptional.reasons`,
    none: '公示对象均不属于破格提拔',
  },
  G6: {
    unpublished: (to: string) => `公示期${to}结束，未公布反映问题处理情况`,
    unpublishedFinding: (to: string, appointment: string) =>
      `公示期已于${to}结束，任职结果${appointment}也已发布，却没有公布公示期间反映问题的处理情况：请在content/publicity-outcomes/发布（收到件数、查实、部分属实、不属实、在查）`,
    open: (to: string) => `公示期至${to}，尚未结束`,
    awaited: (to: string) => `公示期已于${to}结束，处理情况待公布`,
    early: (published: string, to: string) => `处理情况发布于${published}，公示期到${to}才结束：须在公示期结束后公布`,
    missing: (people: readonly string[]) => `没有${items(people)}的处理情况：每名公示对象都要列出（未收到反映的写received: 0）`,
    notCandidate: (person: string, publicity: string) => `${person}不是${publicity}的公示对象：请核对`,
    noFeedback: (checked: number) => `已核查完毕${checked}件反映，没有写明向反映人反馈的日期：请填写feedbackToReporters`,
    line: (person: string, received: number, substantiated: number, partlySubstantiated: number, unsubstantiated: number, pending: number) =>
      `${person}收到反映${received}件：查实${substantiated}、部分属实${partlySubstantiated}、不属实${unsubstantiated}、在查${pending}`,
    evidence: (lines: readonly string[], published: readonly string[]) => `${clauses(lines)}（${items(published)}公布）`,
  },
  G7: {
    noPoliticalReview: (person: string) => `没有公开${person}的政审结论：请填写politicalReview（例如合格）`,
    noHealthCheck: (person: string) => `没有公开${person}的体检结论：请填写healthCheck（例如合格）`,
    evidence: (person: string, politicalReview: string | undefined, healthCheck: string | undefined) => `${person}：政审${politicalReview ?? '未公开'}；体检${healthCheck ?? '未公开'}`,
  },
  A1: {
    withdrawn: (name: string) => `${name}：不再任用`,
    deferralTooLong: (until: string, published: string, months: number, limit: string) =>
      `暂缓至${until}，超过自${published}起${months}个月的期限（${limit}）：暂缓任用不超过${months}个月，请核对日期`,
    deferralExpired: (person: string, due: string) => `${person}暂缓任用已于${due}到期，仍未公布最终结果：请发布任用或不再任用的结果`,
    deferred: (name: string, published: string, until: string, months: number, settled: boolean) =>
      `${name}：${published}暂缓任用，至${until}（不超过${months}个月）${settled ? '，已有最终结果' : ''}`,
    notPublicised: (name: string) => `${name}未经任前公示`,
    noPublicity: (person: string, position: string) => `${person}在本次工作中没有${position}的任前公示：未经公示不得任职，请先发布任前公示`,
    beforeWindowEnd: (effective: string, to: string) => `任职生效日期${effective}不晚于公示期结束日${to}：须在公示期满后任职，请核对日期`,
    /** How the reports received during the window stand. */
    reports: { resolved: '反映问题已查清', pending: '反映问题尚未查清', unpublished: '处理情况未公布' },
    resolvedLate: (person: string, pending: number, resolved: string, outcome: string, effective: string) =>
      `${person}有${pending}件反映在${resolved}才查清（${outcome}），晚于任职生效日期${effective}：反映问题查清前不得任职`,
    stillPending: (person: string, pending: number, outcome: string, effective: string) =>
      `${person}还有${pending}件反映在查（${outcome}），却已于${effective}任职：请先查清，或改为暂缓任用（status: deferred）`,
    appointed: (name: string, to: string, effective: string, reports: string) => `${name}：公示期至${to}，${effective}任职；${reports}`,
  },
  A2: {
    noProbation: (name: string, position: string) => `${name}：${position}不实行试用期`,
    probationMissing: (position: string, person: string, months: number) => `${position}实行试用期，没有写明${person}的试用期：请填写probation（from、to），试用期${months}个月`,
    probationUnstated: (name: string) => `${name}：未写明试用期`,
    wrongLength: (from: string, to: string, months: number, end: string) => `试用期${from}至${to}与规定的${months}个月不符：应至${end}`,
    startsEarly: (from: string, effective: string) => `试用期从${from}开始，早于任职生效日期${effective}：请核对`,
    evidence: (name: string, from: string, to: string, months: number) => `${name}：试用期${from}至${to}（${months}个月）`,
  },
  A3: {
    concluded: (name: string, status: string, published: string) => `${name}：${status}（${published}公布）`,
    awaited: (name: string, since: string, publicised: boolean) => `${name}：${publicised ? `公示期至${since}` : `${since}讨论通过`}，结果待公布`,
    overdue: (name: string, since: string, publicised: boolean, months: number) => `${name}：${publicised ? `公示期${since}结束` : `${since}讨论通过`}后逾${months}个月未公布结果`,
    overdueFinding: (person: string, since: string, publicised: boolean, months: number, due: string) =>
      `${person}${publicised ? `的公示期已于${since}结束` : `已于${since}讨论通过`}，超过${months}个月（${due}）仍未公布结果：请在content/appointments/发布已任职、暂缓任用或不再任用的结果`,
  },
  E2: {
    announcedLate: (published: string, from: string) => `检查预告发布于${published}，检查却从${from}开始：须在检查开始前预告`,
    noFindings: (year: number) => `${year}年的检查已预告，至今没有公布检查结果：请发布type: findings的检查结果，并用announcement指向本预告`,
    announcement: (year: number, published: string, period: { from: string; to: string } | undefined, findings: readonly string[]) =>
      `${year}年检查预告${published}发布${period ? `，检查${period.from}至${period.to}` : ''}；${findings.length ? `检查结果${items(findings)}公布` : '检查结果待公布'}`,
    noAnnouncement: '检查结果没有对应的检查预告：检查须事先预告，请在announcement中填写检查预告的编号',
    notAnnouncement: (file: string, type: string) => `${file}不是检查预告（type: ${type}）：请指向type: announcement的记录`,
    beforeAnnouncement: (published: string, announced: string) => `检查结果发布于${published}，早于检查预告${announced}：请核对日期`,
    unannounced: (year: number) => `${year}年检查结果未经预告`,
    revoked: (year: number, person: string, published: string) => `${year}年检查撤销${person}在本次工作中的任职（${published}公布）`,
    revokedElsewhere: '撤销的任职不在本次工作中',
    notAppointed: (person: string, round: string) => `${person}在${round}中没有任职记录：撤销的任职须指向其所属选拔任用工作中的任职结果，请核对round和person`,
    /** What a year lacks: the announcement, the findings or both. */
    lacking: (announced: boolean, found: boolean) => [announced ? '' : '检查预告', found ? '' : '检查结果'].filter(Boolean).join('和'),
    missing: (year: number, lacking: string) => `${year}年没有${lacking}`,
    missingFinding: (year: number, lacking: string, folder: string) =>
      `${year}年没有发布选人用人工作检查的${lacking}：每年须组织一次检查，事前预告、事后公布结果，请在${folder}补录（year: ${year}）`,
  },
  E3: {
    role: (role: string, count: number) => `${role}${count}人`,
    incomplete: (person: string, missing: readonly string[]) =>
      `${person}的任职查不到${items(missing)}：责任链须完整，请补录相应环节的记录（推荐情况、考察预告、考试成绩、讨论决定及程序情况表）`,
    evidence: (name: string, roles: readonly string[]) => `${name}：${roles.length ? items(roles) : '无责任人记录'}`,
  },
  E4: {
    published: (year: number, dates: readonly string[]) => `${year}年发布反馈通报${dates.length}次（${items(dates)}）`,
    notYet: (year: number) => `${year}年尚未结束，反馈通报待发布`,
    missing: (year: number) => `${year}年没有发布反馈通报`,
    missingFinding: (year: number, folder: string) => `${year}年没有发布反馈通报：每年至少向社会通报一次选人用人监督检查情况，请在${folder}发布type: feedback、year: ${year}的记录`,
  },
  E5: {
    notCorrectable: (field: string, kind: string, target: string, labels: readonly string[]) =>
      `“${field}”不是${kind}“${target}”中可更正的项目：请写出页面上显示的项目名称（${items(labels)}），例如“${labels.at(-1)}”`,
    /** A field's label as quoted in a finding. */
    quoted: (label: string) => `“${label}”`,
    fromNotInBasis: (version: number, label: string) => `更正前的内容在台账所封存的上一版（第${version}版）的${label}中找不到：请照抄上一版的原文`,
    toNotInVersion: (version: number, label: string) => `更正后的内容与本更正封存的第${version}版的${label}不符：请照抄记录现在的文字`,
    mismatch: (label: string, version: number) =>
      `更正内容与台账对不上：${label}在已封存的第${version}版中应含“更正前”的文字，在记录现在的内容中应含“更正后”的文字（或原文未改、仍含“更正前”的文字）；请照抄原文和记录现在的文字`,
    fromNotInRecord: (label: string) => `本更正没有改动原记录，原记录的${label}中却找不到“更正前”的文字：请照抄原记录的原文，以便页面在原处标出更正`,
    neither: (label: string) => `记录${label}中既没有“更正前”也没有“更正后”的文字：请照抄原文和更正后的文字`,
    line: (published: string, kind: string, title: string, labels: readonly string[], how: string) =>
      `${published}更正${kind}“${title}”：${labels.length ? `${items(labels)}；` : ''}${how}`,
    changed: (version: number) => `更正前后的文字分别与台账第${version - 1}版、第${version}版一致`,
    standalone: '原记录未改动，更正前的文字与原记录一致',
    pending: (version: number) => `与台账第${version}版比对`,
    unsealed: '记录尚未封存，按现有内容比对',
    together: '更正与记录同时封存，按现有内容比对',
  },
  /** Declared exceptions (src/rules/index.ts). */
  exceptions: {
    unknownRule: (rule: string) => `规则目录中没有${rule}：请核对规则编号（见规则说明页）`,
    notAllowed: (rule: string, title: string) => `规则${rule}（${title}）不允许声明例外：请删去这条例外声明，按规则补正记录`,
    notNeeded: (rule: string, title: string) => `本记录并未违反规则${rule}（${title}），不需要例外：请删去这条例外声明，以免公开的说明误导读者`,
  },
  /** The compliance panel (src/rules/compliance.ts). */
  panel: {
    ledgerRule: '由发布台账比对每次发布的内容核验，不在本面板计算',
    noRecords: '本次工作尚无适用此规则的记录',
  },
} as const;
