/**
 * The rule catalog in words: each rule's title and its explanation for citizens, the stages, the
 * documents rules cite, the parameters as a citizen reads them, and the roles of an accountability
 * trail. The rules themselves (src/rules/) carry the ID, sources and evaluation; this is only text,
 * written in official typography (GB/T 15834).
 */
import type { RuleParams } from '../schemas/site.ts';

/** A rule's public wording. */
export interface RuleText {
  /** Short Chinese title. */
  title: string;
  /** What the rule means, for citizens, in plain Chinese. */
  explanation: string;
}

/** Every rule's title and explanation, by rule ID. */
export const RULE_TEXT = {
  P1: {
    title: '纳入年度计划',
    explanation: '每次选拔任用工作都应列入当年公开发布的年度选拔任用工作计划，计划要在这次工作的第一份公告之前发布。',
  },
  P2: {
    title: '推荐前预告',
    explanation: '开始推荐之前，先公开空缺职位、选任标准和任职条件，并说明推荐的时间和方式，群众才能对照要求推荐和监督。',
  },
  P3: {
    title: '标准公布后不再改变',
    explanation: '选任标准和任职条件一经公布即具有约束力，这次工作中不得再改；由发布台账比对每次发布的内容来核验。',
  },
  R1: {
    title: '署名推荐',
    explanation: '每一份推荐都要署名，公开推荐人的姓名、工作单位和职务；推荐表上的联系电话由组织部门留存，不公开。',
  },
  R2: {
    title: '考察对象须经推荐',
    explanation: '没有推荐记录的人，不能列为考察对象。',
  },
  R3: {
    title: '会议推荐差额',
    explanation: '会议推荐时，被推荐人数要多于拟任职位数，让参会人员有选择。',
  },
  R4: {
    title: '推荐结果在有效期内使用',
    explanation: '推荐结果有有效期，考察必须在有效期内开始；过期的推荐要重新组织。',
  },
  I1: {
    title: '考察预告',
    explanation: '考察开始之前，公告考察对象的姓名、单位、职务，考察组名单和举报受理方式；每名提交讨论的人选都应经过公告的考察。',
  },
  I2: {
    title: '考察前会审',
    explanation: '确定考察对象前，组织部门会同纪检监察机关审查任职资格和有无违纪违法问题；有问题的干部不得作为考察对象。',
  },
  I3: {
    title: '差额考察',
    explanation: '每个拟任职位至少按1:2的比例确定考察对象，通过比较择优；确有特殊情况的，须公开说明理由。',
  },
  I4: {
    title: '考察对象述职',
    explanation: '每名考察对象都要在考察期间向干部群众述职（会议述职或书面述职），接受评议。',
  },
  I5: {
    title: '民主测评票数相符',
    explanation: '民主测评中，各评价等次的票数之和不能超过有效票，有效票不能超过参加人数。',
  },
  I6: {
    title: '考察评价结论公开并签名',
    explanation: '考察评价结论要写明找了哪些层面多少人谈话、评价结论，并有考察组每名成员的签名。',
  },
  I7: {
    title: '考察申诉',
    explanation: '考察组反馈考察结果后，被考察干部可在规定天数内提出申诉；申诉要在讨论决定之前办结。',
  },
  I8: {
    title: '考察人员持证',
    explanation: '考察组成员在考察期间必须持有有效的干部考察资格证书。',
  },
  I9: {
    title: '考察组人数',
    explanation: '考察组不少于规定人数，不能一个人考察。',
  },
  I10: {
    title: '考察对象情况公开',
    explanation: '公开考察对象的简历、学历、主要工作业绩、身体健康状况、任职资格审核情况和获得推荐票数。',
  },
  I11: {
    title: '考察环节依次进行',
    explanation: '考察评价结论的日期在考察期内或考察期之后；结论及向被考察干部的反馈，都在讨论决定的会议之前。',
  },
  X1: {
    title: '考官与评分公开',
    explanation: '竞争上岗和公开选拔的面试，要公开每名考官的姓名和给每名考生打的分数。',
  },
  X2: {
    title: '成绩可以复算',
    explanation: '按公布的计分办法（例如去掉一个最高分和一个最低分后平均、笔试面试按权重合成）重新计算，结果应与公布的成绩一致。',
  },
  X3: {
    title: '名次按成绩排列',
    explanation: '公布的名次要与最终成绩的高低一致；同分时须说明如何确定先后。',
  },
  X4: {
    title: '考官回避',
    explanation: '每名考官都要声明与所评考生没有需要回避的关系。',
  },
  D1: {
    title: '程序完整才上会',
    explanation: '拟任人选提交讨论前，必须填写《人选产生程序情况表》并由具体负责人签字，考察等规定程序都已完成；程序不完整的，不予研究。',
  },
  D2: {
    title: '到会人数',
    explanation: '讨论决定干部任免，应到会成员须有三分之二以上到会，会议才有效。',
  },
  D3: {
    title: '超过半数才通过',
    explanation: '同意票超过应到会成员（不是实到人数）的半数，才算通过。',
  },
  D4: {
    title: '表决票数相符',
    explanation: '同意、不同意、弃权（缓议）票数之和不能超过到会人数，收回票不能多于发出票。',
  },
  D5: {
    title: '表决人具有用人资格',
    explanation: '参加表决的每名成员，在会议当天都要具有用人资格（参加《条例》学习考试合格）。',
  },
  D6: {
    title: '表决名单公开',
    explanation: '公开参加表决的成员名单；每名出席者在会议当天都是该决策机构的成员，没到会的成员要说明原因。',
  },
  D7: {
    title: '全委会票决',
    explanation: '规定由全委会票决的职位，须经全委会表决通过。',
  },
  D8: {
    title: '审计违纪一票否决',
    explanation: '经济责任审计发现有违纪问题的人选，不能通过。',
  },
  D9: {
    title: '按公布的标准决定',
    explanation: '讨论决定时适用的选任标准和任职条件，必须与推荐前公布的一致；由发布台账比对核验。',
  },
  D10: {
    title: '公告不早于所报告的事项',
    explanation: '讨论决定的公告在会议当天或之后发布；任何公告都不能报告发生在其发布日期之后的事项。',
  },
  G1: {
    title: '决定后公示',
    explanation: '任前公示在讨论决定之后开始，只公示经讨论决定通过的人选。',
  },
  G2: {
    title: '公示期不少于规定工作日',
    explanation: '公示期按国务院办公厅公布的节假日安排计算工作日，不少于规定天数；公示期内有调休上班日的，一并说明。',
  },
  G3: {
    title: '举报渠道',
    explanation: '公示要提供举报电话，以及来信、网站、短信中的至少一种，并列出12380举报方式。',
  },
  G4: {
    title: '公示对象情况完整',
    explanation: '公示对象的姓名、性别、民族、出生年月、入党时间、参加工作时间、学历、现任职务及任职时间、拟任职务都要公开。',
  },
  G5: {
    title: '破格提拔说明',
    explanation: '破格提拔的，要在公示中说明破格的情形和理由。',
  },
  G6: {
    title: '反映问题处理情况公开',
    explanation: '公示期结束后，公开收到多少件反映、查实多少、部分属实多少、不属实多少、还在核查多少，并向反映人反馈。',
  },
  G7: {
    title: '政审、体检结论公开',
    explanation: '公开公示对象政治审查和体检是否合格的结论。',
  },
  A1: {
    title: '公示期满后任职',
    explanation: '任职要在公示期满之后，反映的问题没有查清的不能任职；暂缓任用的期限不超过规定月数。',
  },
  A2: {
    title: '试用期',
    explanation: '实行试用期的职位，任职时要写明试用期。',
  },
  A3: {
    title: '结果公开',
    explanation: '每名讨论通过的人选最终都要公布结果：已任职、暂缓任用或不再任用。',
  },
  C1: {
    title: '“两圈”情况审查',
    explanation: '考察期间，考察组要查阅拟任人选的社交圈、生活圈情况申报表并作出评价。',
  },
  C2: {
    title: '财产申报',
    explanation: '拟提任人选要申报个人及家庭财产；网站只公开是否已申报，不公开数额。',
  },
  C3: {
    title: '负债报告',
    explanation: '负债达到规定金额以上的，要向组织报告并提出还款计划。',
  },
  C4: {
    title: '经济责任审计',
    explanation: '拟任单位主要负责人的，讨论决定之前要完成经济责任审计（任中或离任审计）。',
  },
  E1: {
    title: '更正留痕',
    explanation: '已发布的记录只能通过更正记录改动，写明更正哪条记录和理由，原文继续保留可查；由发布台账核验。',
  },
  E2: {
    title: '年度检查',
    explanation: '每年对选人用人工作的检查要事先预告、事后公布发现的问题；因检查撤销的任职决定要指明所属的选拔任用工作。',
  },
  E3: {
    title: '责任链可追溯',
    explanation: '每项任职都能查到推荐人、考察人员、考官、参加表决的成员和签字负责人。',
  },
  E4: {
    title: '定期反馈通报',
    explanation: '每年至少向社会发布一次选人用人监督检查情况的反馈通报。',
  },
  E5: {
    title: '更正与台账一致',
    explanation: '更正记录逐项写明改动了哪一项（用页面上的名称），“更正前”须是上一次封存版本的原文，“更正后”须是记录现在的内容；不改动原记录的更正，页面在原文处显示更正后的文字。',
  },
} as const satisfies Record<string, RuleText>;

/** A rule ID of the catalog. */
export type RuleId = keyof typeof RULE_TEXT;

/** Stages of the catalog, in procedural order, by the letter that prefixes their rule IDs. */
export const RULE_STAGES = {
  P: '计划与推荐预告',
  R: '推荐',
  I: '考察',
  X: '考试',
  D: '讨论决定',
  G: '任前公示',
  A: '任职',
  C: '廉政情况',
  E: '纠错与监督',
} as const;
export type RuleStage = keyof typeof RULE_STAGES;

/** The chapters of the 条例 the rules cite, by number. */
export const TIAOLI_CHAPTERS = {
  4: '第四章“民主推荐”',
  5: '第五章“考察”',
  6: '第六章“讨论决定”',
  7: '第七章“任职”',
} as const;

/** How /rules/ cites a source: national law by chapter, the jurisdiction's own measures by title and number. */
export const SOURCE_TEXT = {
  /** 《党政领导干部选拔任用工作条例》（2019 年）第六章“讨论决定”. */
  tiaoli: (chapter: string) => `《党政领导干部选拔任用工作条例》（2019年）${chapter}`,
  /** 本市监督措施：《望川市……实施办法》（望组发〔2025〕3号）. */
  measures: (title: string, number: string) => `本市监督措施：《${title}》（${number}）`,
  /** Said once on the page, so no reader takes a local measure for national law. */
  measuresNote: (title: string, number: string) =>
    `依据中注明“本市监督措施”的，是本市在《${title}》（${number}）中自行规定的监督措施，不是全国性法规；引用《党政领导干部选拔任用工作条例》的，只注明所在章，不注条款序号。`,
} as const;

/** Each parameter in plain words, and its value as a citizen reads it (公示期不少于 5 个工作日). */
export const RULE_PARAMS: { [K in keyof RuleParams]: { label: string; format: (value: RuleParams[K]) => string } } = {
  differentialRatio: { label: '差额考察比例', format: (v) => `每个职数至少${v}名考察对象（1:${v}）` },
  publicityWorkingDays: { label: '任前公示期', format: (v) => `不少于${v}个工作日` },
  appealDays: { label: '申诉期限', format: (v) => `反馈后${v}日内` },
  quorum: { label: '到会人数', format: (v) => `应到会成员的${fractionWords(v)}以上` },
  passThreshold: { label: '通过票数', format: (v) => `同意票超过应到会成员的${fractionWords(v)}` },
  debtThreshold: { label: '负债报告起点', format: (v) => `${v}元` },
  deferralMonths: { label: '暂缓任用期限', format: (v) => `不超过${v}个月` },
  recommendationValidityDays: { label: '推荐结果有效期', format: (v) => `${v}天` },
  minTeamSize: { label: '考察组人数', format: (v) => `不少于${v}人` },
  scoreTolerance: { label: '成绩复算允许误差', format: (v) => `±${v}分` },
  probationMonths: { label: '试用期', format: (v) => `${v}个月` },
};

/** A fraction in words: 2/3 as 三分之二, 1/2 as 半数; other values as a percentage. */
export function fractionWords(x: number): string {
  const digits = '零一二三四五六七八九十';
  for (let den = 2; den <= 10; den++) {
    for (let num = 1; num < den; num++) {
      if (Math.abs(num / den - x) < 1e-9) return den === 2 ? '半数' : `${digits[den]}分之${digits[num]}`;
    }
  }
  return `${Math.round(x * 10000) / 100}%`;
}

/** A parameter's value in words, e.g. paramText('publicityWorkingDays', 5) → 任前公示期：不少于 5 个工作日. */
export function paramText<K extends keyof RuleParams>(key: K, value: RuleParams[K]): string {
  const p = RULE_PARAMS[key];
  return `${p.label}：${p.format(value)}`;
}

/** Roles in an accountability trail (E3), in procedural order, with their Chinese labels. */
export const TRAIL_ROLES = {
  recommender: '推荐人',
  inspector: '考察组成员',
  'evaluation-signer': '考察评价签名人',
  examiner: '考官',
  voter: '参加表决成员',
  'procedure-signer': '程序情况表签字人',
  reporter: '汇报人选产生过程',
} as const;
export type TrailRole = keyof typeof TRAIL_ROLES;
