/** Jurisdiction settings: who publishes, how to report, and the rule parameters in force. */
import { z } from 'zod';
import { say } from './messages.ts';
import { httpUrl, ref, text } from './common.ts';

/** Reporting channels shown on every notice (seed 二(二)1; 12380 practice). */
export const ChannelsSchema = z.strictObject({
  /** Local reporting telephone of the organisation department, e.g. 0000-12380. */
  phone: z.string().regex(/^[0-9-]{5,20}$/, { error: say('phone') }).meta({ title: '举报电话', description: '组织部门的举报电话，只含数字和连字符，例如 0739-12380' }),
  /** Reporting e-mail address (an institutional mailbox, never a personal one). */
  email: z.email({ error: say('email') }).meta({ title: '举报邮箱', description: '举报电子邮箱，应为单位的公务邮箱，不能用个人邮箱' }),
  /** Postal address for letters (来信). */
  postalAddress: text(200).meta({ title: '来信地址', description: '接收举报来信的通信地址' }),
  /** Postcode of the postal address. */
  postcode: z.string().regex(/^\d{6}$/, { error: say('postcode') }).meta({ title: '邮政编码', description: '来信地址的 6 位邮政编码' }),
  /** The 12380 reporting website. */
  website: httpUrl('https://www.12380.gov.cn').meta({ title: '12380 网站', description: '12380 举报网站地址，只能以 http:// 或 https:// 开头，例如 https://www.12380.gov.cn' }),
  /** The 12380 SMS number. */
  sms: z.string().regex(/^\d{5,15}$/, { error: say('sms') }).meta({ title: '短信举报号码', description: '12380 短信举报号码，只含数字' }),
  /** When the phone is staffed, e.g. 工作日 8:30—12:00、14:30—17:30. */
  hours: text(100).optional().meta({ title: '接听时间', description: '举报电话的接听时间，例如 工作日 8:30—12:00、14:30—17:30' }),
});
export type Channels = z.output<typeof ChannelsSchema>;

/**
 * The jurisdiction's own supervision measures (e.g. its 干部选拔任用工作全程监督实施办法): the rules
 * drawn from the seed's mechanisms are local policy adopted by this document, not national law, and
 * /rules/ cites them by its title and number.
 */
export const SupervisionMeasuresSchema = z.strictObject({
  /** Title without book-title marks, e.g. 青川市干部选拔任用工作全程监督实施办法. */
  title: text(100).meta({ title: '文件名称', description: '监督措施文件的名称，不带书名号，例如 望川市干部选拔任用工作全程监督实施办法' }),
  /** Document number as issued, e.g. 青组发〔2025〕3号. */
  number: text(40).meta({ title: '文号', description: '文件的发文字号，例如 望组发〔2025〕3号' }),
});
export type SupervisionMeasures = z.output<typeof SupervisionMeasuresSchema>;

/**
 * What /report/ tells a reporter beyond the channels (seed 二(二)1): where to come in person, the
 * promise of confidentiality, and the usual guidance (real name encouraged, concrete facts).
 */
export const ReportingGuideSchema = z.strictObject({
  /** In-person visits (来访): where, e.g. 望川市明德路1号市委组织部干部监督科接待室. */
  visitAddress: text(200).meta({ title: '来访地址', description: '来访反映问题的接待地点，例如 望川市明德路1号市委组织部干部监督科接待室' }),
  /** When visitors are received, e.g. 工作日9:00—12:00、14:30—17:00. */
  visitHours: text(100).optional().meta({ title: '接待时间', description: '来访接待的时间，例如 工作日9:00—12:00、14:30—17:00' }),
  /** The confidentiality promise, in the department's words. */
  confidentiality: text(500).meta({ title: '保密承诺', description: '对反映人信息和反映内容保密的承诺，用本部门的原话' }),
  /** Guidance for a useful report, one point per item (实名、具体事实…). */
  guidance: z.array(text(300).meta({ title: '须知', description: '一条反映须知' })).min(1, { error: say('guidanceRequired') }).meta({ title: '反映须知', description: '怎样反映才便于核实，一条一项，例如 提倡实名、写明具体事实' }),
});
export type ReportingGuide = z.output<typeof ReportingGuideSchema>;

/** Rule parameters (RULES.md defaults); a jurisdiction may tighten them. */
export const RuleParamsSchema = z.strictObject({
  /** I3: inspectees per position (1:N 差额考察). */
  differentialRatio: z.number().int().min(1).default(2).meta({ title: '差额考察比例', description: 'I3：每个职位的考察对象人数（1:N 中的 N），默认 2' }),
  /** G2: minimum publicity window in working days. */
  publicityWorkingDays: z.number().int().min(5, { error: say('publicityDaysMin', { min: 5 }) }).default(5).meta({ title: '公示期工作日', description: 'G2：任前公示期最少的工作日数，不得少于 5，默认 5' }),
  /** I7: days after feedback within which an inspectee may appeal. */
  appealDays: z.number().int().min(1).default(7).meta({ title: '申诉天数', description: 'I7：考察结果反馈后可以申诉的天数，默认 7' }),
  /** D2: quorum as a fraction of members. */
  quorum: z.number().gt(0).max(1).default(2 / 3).meta({ title: '到会比例', description: 'D2：会议到会人数占应到人数的最低比例，默认 2/3' }),
  /** D3: a candidate passes when yes votes exceed this fraction of members. */
  passThreshold: z.number().gt(0).lt(1).default(0.5).meta({ title: '通过比例', description: 'D3：同意票超过应到人数的这一比例才算通过，默认 0.5' }),
  /** C3: debts at or above this many yuan need a repayment plan. */
  debtThreshold: z.number().int().min(0).default(5000).meta({ title: '债务报告标准', description: 'C3：债务达到这一数额（元）须报告还款计划，默认 5000' }),
  /** A1: the longest deferral of an appointment, in months. */
  deferralMonths: z.number().int().min(1).default(3).meta({ title: '暂缓期限', description: 'A1：暂缓任用的最长月数，默认 3' }),
  /** R4: days a recommendation stays valid for starting an inspection. */
  recommendationValidityDays: z.number().int().min(1).default(365).meta({ title: '推荐有效期', description: 'R4：推荐结果在多少天内可用于启动考察，默认 365' }),
  /** I9: minimum inspection team size. */
  minTeamSize: z.number().int().min(2).default(2).meta({ title: '考察组最少人数', description: 'I9：考察组成员的最少人数，默认 2' }),
  /** X2: tolerance when recomputing a final score. */
  scoreTolerance: z.number().min(0).max(1).default(0.01).meta({ title: '复算容差', description: 'X2：复算总成绩时允许的误差，默认 0.01' }),
  /** A2: probation length in months. */
  probationMonths: z.number().int().min(1).default(12).meta({ title: '试用期月数', description: 'A2：试用期的月数，默认 12' }),
});
export type RuleParams = z.output<typeof RuleParamsSchema>;

const vkey = z.string().regex(/^[^\s+]+\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/, { error: say('ledgerKey') });

/** Public keys of the ledger (private keys never go in content): the operator's and each witness's. */
export const LedgerKeysSchema = z.strictObject({
  /** The organisation department's checkpoint key (tlog-checkpoint); its name is the log's origin. */
  key: vkey.meta({ title: '发布方公钥', description: '组织部门签署检查点的公钥，由 npm run ledger:keygen 生成；私钥不写进网站内容' }),
  /** Bodies that cosign checkpoints (tlog-cosignature), e.g. the discipline commission. */
  witnesses: z
    .array(
      z.strictObject({
        name: text(40).meta({ title: '见证方名称', description: '联署检查点的机关，例如 中共望川市纪律检查委员会、望川市监察委员会' }),
        key: vkey.meta({ title: '见证方公钥', description: '见证方联署检查点的公钥，由见证方自己生成' }),
      }),
    )
    .default([])
    .meta({ title: '见证方', description: '核验检查点一致性并联署的机关（通常是纪检监察机关）' }),
});

/** content/site.yaml — one per jurisdiction. */
export const SiteSchema = z.strictObject({
  /** Portal name shown in the header, e.g. 青川市干部选拔任用公示网. */
  name: text(60).meta({ title: '网站名称', description: '显示在页头的网站名称，例如 望川市干部选拔任用公示网' }),
  /** Jurisdiction (city, county, province). */
  jurisdiction: text(40).meta({ title: '辖区', description: '本网站所属的辖区（市、县、省），例如 望川市' }),
  /** Publishing department, e.g. 中共青川市委组织部. */
  department: text(60).meta({ title: '发布部门', description: '发布公告的部门，例如 中共望川市委组织部' }),
  /** The department as a unit record (default issuer of notices). */
  departmentUnit: ref('units').meta({ title: '发布部门单位', description: '发布部门的单位编号；公告不写 issuer 时即为它' }),
  /** Absolute URL the site is deployed at (feeds and permalinks use it). */
  url: httpUrl('https://gongshi.example.gov.cn').meta({ title: '网站地址', description: '网站部署的完整地址，订阅源和永久链接都用它，只能以 http:// 或 https:// 开头' }),
  /** Reporting channels. */
  channels: ChannelsSchema.meta({ title: '举报渠道', description: '每份公告都显示的举报渠道' }),
  /** The supervision measures this jurisdiction adopted, cited on /rules/ for the rules drawn from them. */
  supervisionMeasures: SupervisionMeasuresSchema.meta({ title: '本市监督措施', description: '本辖区采用的干部选拔任用监督措施文件（名称和文号），规则页把取自这些措施的规则注明为本地措施' }),
  /** In-person visits, confidentiality and guidance shown on /report/. */
  reporting: ReportingGuideSchema.optional().meta({ title: '反映须知', description: '举报页显示的来访地址和时间、保密承诺和反映须知；不写则举报页只列渠道' }),
  /** Rule parameters in force. */
  rules: RuleParamsSchema.default(RuleParamsSchema.parse({})).meta({ title: '规则参数', description: '本辖区执行的规则参数，不写的按规则目录的默认值' }),
  /** Public keys that verification pins (README: 封存、见证与核验). */
  ledger: LedgerKeysSchema.optional().meta({ title: '台账公钥', description: '核验台账时固定使用的公钥：发布方的签名公钥和见证方（纪检监察机关）的公钥；私钥从不写入网站内容' }),
});
export type Site = z.output<typeof SiteSchema>;

// Registered, not chained, so the schema object stays the one declared above.
SiteSchema.register(z.globalRegistry, {
  title: '站点设置',
  description: '本辖区网站的设置：谁发布、怎样举报、执行哪些规则参数。每个辖区一份。',
});
