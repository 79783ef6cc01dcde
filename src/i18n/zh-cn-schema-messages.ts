/**
 * What the schemas say about a field a clerk wrote wrong, by message code (src/schemas/messages.ts):
 * src/domain/zod-chinese.ts words every coded issue from here, and `npm run validate` prints it with
 * the file, line and field. Each message says what a valid value looks like. Field documentation
 * (titles and descriptions in the JSON Schemas and the editor) stays with the schemas, in `.meta()`.
 */
import type { SchemaMessageParams, SchemeSlip } from '../schemas/messages.ts';
import type { ForbiddenChar, RefusedKind } from '../schemas/text-safety.ts';

/** `a、b、c`, the enumeration comma. */
const items = (xs: readonly string[]) => xs.join('、');
/** `a、b或c`. */
const either = (xs: readonly string[]) => (xs.length > 1 ? `${items(xs.slice(0, -1))}或${xs.at(-1)}` : (xs[0] ?? ''));

/** The Chinese names of the refused characters named one by one, by code point. */
export const CHAR_NAMES: Readonly<Record<number, string>> = {
  0x00: '空字符NUL',
  0x09: '制表符Tab',
  0x0a: '换行',
  0x0d: '回车符CR',
  0x1b: '转义符ESC',
  0x7f: '删除符DEL',
  0x85: '下一行符NEL',
  0xad: '软连字符',
  0x061c: '阿拉伯字母标记',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左到右嵌入符',
  0x202b: '从右到左嵌入符',
  0x202c: '方向格式结束符',
  0x202d: '从左到右覆盖符',
  0x202e: '从右到左覆盖符',
  0x2060: '字连接符',
  0x2066: '从左到右隔离符',
  0x2067: '从右到左隔离符',
  0x2068: '首字强隔离符',
  0x2069: '方向隔离结束符',
  0xfeff: '零宽不换行空格',
};

/** The Chinese names of the classes of refused characters. */
export const CHAR_KINDS: Readonly<Record<Exclude<RefusedKind, 'named'>, string>> = {
  control: '控制字符',
  c1: 'C1控制字符',
  invisibleOperator: '不可见运算符',
  deprecatedFormat: '已废弃的格式字符',
  annotation: '行间注释字符',
  tag: '标签字符',
  surrogate: '残缺的代理项字符',
  noncharacter: '非字符',
};

/** The Chinese name of a refused character. */
export const charName = (f: Pick<ForbiddenChar, 'cp' | 'kind'>): string => (f.kind === 'named' ? (CHAR_NAMES[f.cp] ?? CHAR_KINDS.control) : CHAR_KINDS[f.kind]);

/** Where a refused character is, as a clerk counts. */
const charAt = (f: ForbiddenChar, multiline: boolean) => (multiline && f.line > 1 ? `第${f.line}行第${f.column}个字符` : `第${f.offset}个字符`);

/** The end of a URL scheme as typed (`javascript:`, `https://`), written apart so the typography check leaves it half-width. */
const COLON = ':';
const SLASHES = '//';

/** What is wrong with the start of an address, after “网址只能以http://或https://开头”. */
const schemeSlip = (s: SchemeSlip): string => {
  switch (s.slip) {
    case 'relative':
      return '（这里写的是相对地址或不完整的网址）';
    case 'notWeb':
      return `，不能用“${s.scheme}${COLON}”`;
    case 'upperCase':
      return `（请把协议名写成小写${s.scheme}${COLON}${SLASHES}）`;
    case 'noSlashes':
      return `（“${s.scheme}${COLON}”后面应紧跟${SLASHES}）`;
  }
};

/** The days of the week, Sunday first, as in 周日. */
const WEEKDAYS = '日一二三四五六';

export const schemaMessages: { readonly [C in keyof SchemaMessageParams]: (p: SchemaMessageParams[C]) => string } = {
  dateType: () => '应为日期，格式YYYY-MM-DD，例如2026-03-15',
  dateFormat: () => '日期格式应为YYYY-MM-DD（例如2026-03-15）',
  dateUnreal: () => '这一天在日历上不存在，请核对年月日',
  monthType: () => '应为年月，格式YYYY-MM，例如1983-07',
  monthFormat: () => '年月格式应为YYYY-MM（例如1983-07）',
  textType: () => '应为文字',
  forbiddenChar: ({ char, multiline }) => {
    const name = charName(char);
    if (!multiline && (char.cp === 0x0a || char.cp === 0x09))
      return `${charAt(char, multiline)}是${name}：这个字段只能写一行，请删除${name}（需要分段的内容请写进摘要等长文字段）`;
    return `${charAt(char, multiline)}是看不见的${name}（${char.code}），不能公开发布：请删除这个字符；看不出在哪里时，可把这段文字删掉后重新输入（常见于从网页、Word或聊天软件复制粘贴）`;
  },
  notEmpty: () => '不能为空',
  textTooLong: ({ max }) => `不能超过${max}个字符`,
  urlType: ({ example }) => `应为网址，例如${example}`,
  urlSpace: ({ example }) => `网址里不能有空格或看不见的字符：请重新输入，例如${example}`,
  urlScheme: ({ example, slip }) => `网址只能以http://或https://开头${schemeSlip(slip)}：请写完整的网址，例如${example}`,
  urlInvalid: ({ example }) => `网址不完整或有误：应为“https://域名/路径”，不能含用户名或密码，例如${example}`,
  integer: () => '应为整数',
  notNegative: () => '不能为负数',
  refType: ({ position }) => `应为${position ? '职位编号' : '记录编号'}（文件名，不含.yaml）`,
  refPath: () => '应写成“类别/编号”，例如publicities/2026-qc-001-gs',
  idFormat: () => '编号只能由小写字母、数字和连字符组成',
  ruleId: () => '应为规则编号，例如I3',
  periodOrder: () => '结束日期（to）不能早于开始日期（from）',

  appointmentStatus: () => 'status应为appointed（已任职）、deferred（暂缓任用）或withdrawn（不再任用）',
  effectiveRequired: () => '已任职的须填写生效日期effective',
  reasonRequired: () => '暂缓或不再任用须说明理由reason',
  deferredUntilRequired: () => '暂缓任用须写明暂缓期限deferredUntil',

  membershipOrder: () => '离任日期不能早于任职日期',
  bodyType: ({ values }) => `决策机构类型应为：${items(values)}`,
  membersRequired: () => '至少列出一名成员',

  holidayOrder: () => '放假结束日期（to）不能早于开始日期（from）',
  yearType: () => '应为年份数字，例如2026',
  yearInteger: () => '年份应为整数，例如2026',
  yearRange: ({ min, max }) => `年份应在${min}至${max}之间`,
  outOfYear: ({ date, year }) => `日期${date}不在${year}年内：本文件只收${year}年的日期，其他年份请写入对应年份的文件`,
  workdayWeekday: ({ date, weekday }) => `${date}是周${WEEKDAYS[weekday]}：调休上班日只能是周六或周日，请核对通知原文`,
  workdayInHoliday: ({ date, holiday, from, to }) => `${date}落在${holiday}假期（${from}至${to}）内：同一天不能既放假又上班`,
  workdayFor: ({ name, names }) => `“${name}”不在本年holidays的节日名称中：应为${names.length ? items(names) : '（尚无节日）'}之一`,

  correctionItems: () => '须逐项列出更正内容',

  presentRequired: () => '须列出出席成员',
  ballotsReturned: () => '收回票数不能多于发出票数',
  decisionResult: () => 'result应为passed（通过）、rejected（未通过）或deferred（缓议）',
  votesRequired: () => '至少一项表决',

  scoreType: () => '分数应为数字',
  scoreNegative: () => '分数不能为负',
  scoreTooHigh: ({ max }) => `分数不能超过${max}`,
  examinersMin: ({ min }) => `考官不少于${min}名`,
  aggregationMethod: () => 'method应为mean（算术平均）或trimmed-mean（去掉一个最高分和一个最低分后平均）',
  scoresCount: ({ examiners, scores }) => `有${examiners}名考官，但这里列了${scores}个分数；请按考官顺序逐一列出每位考官的评分`,
  writtenRequired: () => '声明了笔试权重，须填写笔试成绩written',
  weightsSum: ({ total }) => `笔试与面试权重之和应为${total}`,

  inspecteesRequired: () => '至少一名考察对象',
  teamRole: ({ values }) => `角色应为${either(values)}`,
  teamRequired: () => '须列出考察组成员',
  preReviewDepartments: ({ min }) => `会审须由组织部门会同纪检监察机关进行（至少${min}个部门）`,
  reportForm: ({ values }) => `述职形式应为${either(values)}`,

  auditKind: ({ values }) => `审计类型应为${either(values)}`,
  auditConclusion: () => 'conclusion应为no-violation（未发现违纪）、violation（有违纪）或not-applicable（不适用）',

  gender: ({ values }) => `性别应为${either(values.map((v) => `“${v}”`))}`,

  planItems: () => '年度计划至少列出一项',
  publicityCandidates: () => '至少一名公示对象',
  outcomeSum: () => '查实、部分属实、不属实与在查件数之和应等于收到件数',

  qualificationType: () => '资格类型应为decision-maker（用人资格）或inspector（考察资格）',
  qualificationOrder: () => '失效日期不能早于取得日期',

  recommendationMethod: () => 'method应为meeting（会议推荐）、conversation（谈话调研推荐）、signed（个人署名推荐）或joint（联名推荐）',
  ballotOrder: () => '有效票不能多于发出票，发出票不能多于参加人数',
  nomineesRequired: () => '至少一名被推荐人',
  meetingRequired: () => '会议推荐须填写meeting（参加人数、发出票、有效票）',

  positionId: () => '职位编号只能由小写字母、数字和连字符组成，例如p1',
  positionLevel: ({ values }) => `职级应为：${items(values)}`,
  roundMethod: () => 'method应为individual（个别提拔）、competitive（竞争上岗）或open（公开选拔）',
  positionsRequired: () => '至少一个职位',
  standardsRequired: () => '至少一条选任标准',
  qualificationsRequired: () => '至少一条任职条件',
  positionDuplicate: ({ id }) => `职位编号${id}重复`,

  phone: () => '电话只能含数字和连字符，例如0739-12380',
  email: () => '应为电子邮箱地址，例如jubao@example.gov.cn',
  postcode: () => '邮政编码应为6位数字',
  sms: () => '短信号码只能含数字',
  guidanceRequired: () => '至少写一条反映须知',
  publicityDaysMin: ({ min }) => `任前公示期不得少于${min}个工作日`,
  ledgerKey: () => '应为npm run ledger:keygen输出的公钥，形如“名称+8位十六进制密钥号+公钥”',

  supervisionType: () => 'type应为announcement（检查预告）、findings（检查结果）或feedback（反馈通报）',
  unitType: ({ values }) => `单位类型应为：${items(values)}`,
};
