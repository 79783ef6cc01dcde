/**
 * The Chinese name of every field a record can have: the one dictionary of field names. A correction,
 * a diff between versions or an old version shows 字段名称 and never a key or a path such as
 * `results[0].reason`. Names are by key, with a kind's own wording where the same key means something
 * else there; where a record's page shows the field, the name is the page's own word (src/i18n/zh-cn.ts).
 * Below them, the fields each page shows, by path, with the page's wording only where it names a nested
 * field as one thing (会审日期 for preReview.date): what a correction may name (E5).
 */
import type { Kind } from '../schemas/common.ts';
import { ui } from './zh-cn.ts';

const n = ui.facts;
const r = ui.round;

/** Field names by key, for every kind. */
export const FIELD_NAMES: Record<string, string> = {
  title: '标题',
  supervisionMeasures: '本市监督措施',
  reporting: '反映须知',
  ledger: '台账公钥',
  number: '文号',
  visitAddress: '来访地址',
  visitHours: '接待时间',
  confidentiality: '保密承诺',
  guidance: '反映须知',
  key: '公钥',
  witnesses: '见证方',
  aliases: '其他简称',
  published: ui.notice.published,
  issuer: ui.notice.issuer,
  summary: ui.notice.summaryHeading,
  exceptions: '程序例外',
  rule: '规则',
  reason: '理由',
  round: ui.notice.round,
  results: '任用结果',
  person: '姓名',
  position: '职位',
  status: '结果',
  post: '职务',
  effective: '生效日期',
  document: '任免文号',
  probation: '试用期',
  deferredUntil: '暂缓至',
  from: '起',
  to: '止',
  name: '名称',
  type: '类型',
  unit: '单位',
  members: '成员',
  role: '职责',
  year: '年度',
  notice: '依据的通知',
  noticeTitle: '通知标题',
  holidays: '节假日',
  workdays: '调休上班日',
  date: '日期',
  for: '对应节日',
  corrects: '更正的记录',
  changes: '更正内容',
  field: '项目',
  body: '决策机构',
  meeting: '会议',
  present: '出席成员',
  absent: '请假成员',
  reportedBy: '汇报人选产生情况',
  procedureRecords: '人选产生程序情况表',
  ballots: '票数',
  items: '明细',
  session: '会议名称',
  completed: '填表日期',
  signedBy: '负责人签字',
  issued: '发出票数',
  returned: '收回票数',
  yes: '同意',
  no: '不同意',
  abstain: '弃权或缓议',
  result: '表决结果',
  dissent: '不同意意见',
  examiners: '考官',
  aggregation: '计分方法',
  candidates: '人选',
  tieBreak: '同分处理',
  noConflictDeclared: '回避声明',
  method: '方式',
  decimals: '成绩保留小数位数',
  weights: '笔试、面试权重',
  written: '笔试成绩',
  interview: '面试成绩',
  scores: '考官评分',
  final: '最终成绩',
  rank: '排名',
  period: '时间',
  inspectees: '考察对象',
  team: '考察组',
  preReview: '会审情况',
  departments: '参加会审的部门',
  conclusion: '结论',
  findings: '发现的问题',
  finding: '问题',
  inspectionNotice: '考察预告',
  inspectee: '考察对象',
  workReport: '述职',
  evaluation: '民主测评',
  interviews: '个别谈话情况',
  achievements: '主要工作业绩',
  health: '身体健康状况',
  qualificationCheck: '任职资格审核',
  recommendationVotes: '推荐得票',
  signatures: '参加考察评价人员签名',
  feedback: '向考察对象反馈日期',
  appeals: '申诉',
  form: '形式',
  audience: '听取人数',
  participants: '参加人数',
  ballotsValid: '有效票数',
  ratings: '测评结果',
  excellent: '优秀',
  competent: '称职',
  basicallyCompetent: '基本称职',
  incompetent: '不称职',
  level: '层面',
  count: '人数',
  filed: '提出日期',
  grounds: '申诉理由',
  resolved: '办结日期',
  outcome: '处理结果',
  twoCircles: '“两圈”情况',
  assetDeclaration: '个人有关事项报告',
  debts: '债务情况',
  audit: '经济责任审计',
  reviewed: '是否审核',
  submitted: '是否已报告',
  atOrAboveThreshold: '是否有达到标准的债务',
  repaymentPlanReported: '是否报告还款计划',
  // A person's profile fields are named as the profile table on the page names them.
  ...Object.fromEntries((['formerName', 'gender', 'ethnicity', 'birthMonth', 'nativePlace', 'partyJoined', 'affiliation', 'workStarted'] as const).map((k) => [k, ui.profile[k]])),
  education: '学历学位',
  professionalTitle: '专业技术职务',
  currentPosts: '现任职务',
  resume: '简历',
  fullTime: '全日制教育',
  partTime: '在职教育',
  since: '任职时间',
  recommendation: '推荐时间',
  howToRecommend: '推荐方式',
  decision: '讨论决定',
  window: '公示期',
  proposedPost: '拟任职务',
  exceptional: '破格提拔',
  politicalReview: '政治审查',
  healthCheck: '体检',
  circumstances: '破格情形',
  reasons: '破格理由',
  publicity: '所属任前公示',
  received: '收到反映',
  substantiated: '查实',
  partlySubstantiated: '部分属实',
  unsubstantiated: '不属实',
  pending: '在查',
  feedbackToReporters: '向反映人反馈日期',
  certificate: '证书编号',
  basis: '依据',
  expires: '有效期至',
  ballotsIssued: '发出票数',
  votes: '得票',
  recommenders: '署名推荐人',
  plan: '所属年度计划',
  decisionBody: '决策机构',
  positions: '职位',
  standards: '选任标准',
  scope: '推荐范围',
  fullCommitteeVote: '全委会票决',
  unitHead: '单位主要负责人',
  jurisdiction: '辖区',
  department: '主办部门',
  departmentUnit: '主办部门（单位记录）',
  url: '网站地址',
  channels: '举报渠道',
  rules: '规则参数',
  phone: '举报电话',
  email: '电子邮箱',
  postalAddress: '来信地址',
  postcode: '邮政编码',
  website: '12380举报网站',
  sms: '12380短信',
  hours: '接听时间',
  differentialRatio: '差额考察比例',
  publicityWorkingDays: '公示期工作日数',
  appealDays: '申诉期限（天）',
  quorum: '到会比例',
  passThreshold: '通过比例',
  debtThreshold: '债务报告标准（元）',
  deferralMonths: '暂缓任用最长期限（月）',
  recommendationValidityDays: '推荐结果有效期（天）',
  minTeamSize: '考察组最少人数',
  scoreTolerance: '成绩复核误差',
  probationMonths: '试用期（月）',
  announcement: '检查预告',
  action: '处理和整改',
  revokes: '撤销的任用',
  shortName: '简称',
  parent: '上级单位',
  qualifications: '任职条件',
  kind: '类型',
  id: '编号',
};

/** Where a key means something particular in one kind. */
export const KIND_FIELD_NAMES: Partial<Record<Kind, Record<string, string>>> = {
  appointments: {
    results: '任用结果',
    status: '结果',
    post: n.appointment.post,
    effective: n.appointment.effective,
    document: n.appointment.document,
    reason: n.appointment.reason,
    deferredUntil: n.appointment.deferredUntil,
  },
  decisions: { items: '表决结果', result: '结果', present: '出席并表决的成员', dissent: n.decision.dissentHeading },
  publicities: {
    candidates: '公示对象',
    summary: '说明',
    proposedPost: n.publicity.proposedPost,
    politicalReview: n.publicity.politicalReview,
    healthCheck: n.publicity.healthCheck,
    circumstances: n.publicity.circumstances,
    reasons: n.publicity.reasons,
  },
  examinations: { candidates: '考生', method: '面试成绩计算方法', tieBreak: n.examination.tieBreak },
  recommendations: { candidates: '被推荐人', method: '推荐方式', date: n.recommendation.date },
  'pre-announcements': { howToRecommend: n.preAnnouncement.howToRecommend },
  'publicity-outcomes': { items: '核查情况', conclusion: n.publicityOutcome.conclusion, resolved: n.publicityOutcome.resolved, feedbackToReporters: n.publicityOutcome.feedback },
  'inspection-reports': {
    conclusion: n.inspectionReport.conclusionHeading,
    achievements: n.inspectionReport.achievements,
    health: n.inspectionReport.health,
    qualificationCheck: n.inspectionReport.qualificationCheck,
    recommendationVotes: n.inspectionReport.recommendationVotes,
    feedback: n.inspectionReport.feedback,
    grounds: n.inspectionReport.appealCols.grounds,
    outcome: n.inspectionReport.appealCols.outcome,
  },
  'integrity-summaries': { kind: '审计类型', date: '日期', conclusion: n.integrity.conclusion },
  plans: { items: '计划职位', year: n.plan.year, unit: n.plan.cols.unit, count: n.plan.cols.count, method: n.plan.cols.method },
  rounds: { positions: '职位', title: '名称', count: '名额', scope: r.scope, standards: r.standardsHeading, qualifications: r.qualificationsHeading },
  'supervision-reports': { type: '类型', units: '被检查单位', period: '检查时间', action: n.supervision.action },
  qualifications: { type: '资格类型' },
  bodies: { type: '决策机构类型', role: '职务' },
  units: { type: '单位类型' },
  calendar: { date: '日期', name: '名称', for: '对应节日' },
};

/** How a path's parts are put together: `任用结果（姚振邦）· 理由`, `第 2 项`. */
export const fieldPath = {
  item: (n: number) => `第${n}项`,
  itemOf: (label: string, item: string) => `${label}（${item}）`,
  join: ' · ',
  note: (label: string, note: string) => `${label}中的“${note}”`,
  whole: '整条记录',
  unknown: '其他内容',
};

/** Fields every notice's page shows. */
const ON_EVERY_PAGE: Record<string, string | null> = { title: null, published: null, issuer: null, summary: null, round: null };

/**
 * The fields each kind's page shows under a label, so a correction can name what it changed in the
 * reader's words (E5). Keys are field paths with list indices left out (`results[].reason`); `null`
 * means the page calls the field by its name above, a string is the page's own wording where it
 * names a nested field as one thing.
 */
const ON_PAGE: Partial<Record<Kind, Record<string, string | null>>> = {
  plans: { year: null, 'items[].unit': null, 'items[].post': n.plan.cols.post, 'items[].count': null, 'items[].method': null },
  'pre-announcements': { howToRecommend: null, 'recommendation.from': '推荐开始日期', 'recommendation.to': '推荐结束日期' },
  recommendations: { date: null, 'candidates[].recommenders[].reason': n.recommendation.recommenderCols.reason },
  'inspection-notices': {
    'period.from': '考察开始日期',
    'period.to': '考察结束日期',
    'preReview.date': n.inspectionNotice.preReviewDate,
    'preReview.conclusion': n.inspectionNotice.conclusion,
    'preReview.findings[].finding': n.inspectionNotice.findingCols.finding,
  },
  'inspection-reports': {
    'workReport.date': n.inspectionReport.workReportDate,
    'workReport.form': n.inspectionReport.workReportForm,
    'evaluation.date': n.inspectionReport.evaluationDate,
    achievements: null,
    health: null,
    qualificationCheck: null,
    recommendationVotes: null,
    conclusion: null,
    'signatures[].date': n.inspectionReport.signatureCols.date,
    feedback: null,
    'appeals[].grounds': null,
    'appeals[].outcome': null,
  },
  examinations: { date: n.examination.date, tieBreak: null },
  decisions: { 'meeting.date': n.decision.date, 'meeting.session': n.decision.session, 'absent[].reason': n.decision.absentCols.reason, 'items[].dissent': null },
  publicities: {
    'window.from': '公示开始日期',
    'window.to': '公示结束日期',
    'candidates[].proposedPost': null,
    'candidates[].politicalReview': null,
    'candidates[].healthCheck': null,
    'candidates[].exceptional.circumstances': null,
    'candidates[].exceptional.reasons': null,
  },
  'publicity-outcomes': { 'items[].conclusion': null, 'items[].feedbackToReporters': null, 'items[].resolved': null },
  appointments: { 'results[].post': null, 'results[].effective': null, 'results[].document': null, 'results[].reason': null, 'results[].deferredUntil': null },
  'integrity-summaries': { 'twoCircles.conclusion': null, 'audit.summary': n.integrity.auditSummary },
  'supervision-reports': { 'findings[].finding': n.supervision.finding, 'findings[].action': null },
  // A round's page heads it 标题 (its key's name is 名称 elsewhere, e.g. in a diff).
  rounds: { title: '标题', scope: null, 'positions[].title': r.positionCols.title, standards: null, qualifications: null },
};

/** The name of key `key` in records of `kind`; undefined for a key this dictionary does not know. */
export function keyName(kind: Kind, key: string): string | undefined {
  return KIND_FIELD_NAMES[kind]?.[key] ?? FIELD_NAMES[key];
}

/** The fields the page of a `kind` record shows: every notice's, and the kind's own. */
function shownOn(kind: Kind): Record<string, string | null> {
  return { ...ON_EVERY_PAGE, ...ON_PAGE[kind] };
}

/** The label of the field at path pattern `pattern` as the page shows it: its own wording, else its key's name. */
function labelOf(kind: Kind, shown: Record<string, string | null>, pattern: string): string | undefined {
  return shown[pattern] ?? keyName(kind, pattern.split(/\.|\[\]/).filter(Boolean).at(-1)!);
}

/** The label of the field at `path` of a record of `kind`, if its page shows it under one. */
export function fieldLabel(kind: Kind, path: readonly (string | number)[]): string | undefined {
  const pattern = path.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('').replace(/^\./, '');
  const bare = pattern.replace(/\[\]$/, '');
  // A list's own label also names its items (`results[]`); a notice's common fields are named only as themselves.
  const own = ON_PAGE[kind] ?? {};
  const found = [pattern, bare].find((k) => k in own);
  if (found !== undefined) return labelOf(kind, own, found);
  return pattern in ON_EVERY_PAGE ? labelOf(kind, ON_EVERY_PAGE, pattern) : undefined;
}

/** Every label a record of `kind` may be corrected under, for messages that list the choices. */
export function fieldLabels(kind: Kind): string[] {
  const shown = shownOn(kind);
  return [...new Set(Object.keys(shown).map((k) => labelOf(kind, shown, k)!))];
}
