/**
 * What `npm run validate` (and a build stopped by the same problems) tells a clerk about the
 * records as a whole: broken references, the calendar, dates, the fields zod checks, and the
 * pipeline's own lines. The domain (src/domain/) and the pipeline (src/pipeline/) pass names,
 * numbers and files; the words and the punctuation are here, in official typography (GB/T 15834).
 * Messages about one file as written (folders, YAML syntax) are in zh-cn-input.ts.
 */

/** YAML's colon and the space after it, as a clerk types them (the typography check would make a colon in prose full-width). */
const COLON = ': ';
/** The dash and space that start a YAML list item, written apart for the same reason. */
const ITEM = '- ';

/** `a、b、c`, the enumeration comma. */
const items = (xs: readonly string[]) => xs.join('、');

export const validationMessages = {
  /** Cross-record checks of the dataset (src/domain/dataset.ts). */
  dataset: {
    calendarTwice: (year: number, file: string) => `${year}年的工作日历已在${file}中定义：每年只能有一份`,
    positionMissing: (id: string, roundFile: string, ids: readonly string[], guess: string | undefined) =>
      `职位“${id}”不在${roundFile}的positions中：可用的职位编号为${items(ids)}${guess ? `；是不是“${guess}”？` : ''}`,
    notAKind: (kind: string, kinds: readonly string[]) => `“${kind}”不是记录类别：应为${items(kinds)}之一`,
    /** `chain` is the units of the cycle from `unitInCycle`, back to the first. */
    unitInCycle: (name: string, id: string) => `“${name}”（${id}）`,
    cycleArrow: ' → ',
    unitCycle: (chain: string) => `上级单位形成循环：${chain}。单位不能是自己的上级：请把其中一个单位的parent改为它真正的上级单位，没有上级的删去parent`,
    duplicateNotice: (label: string, firstFile: string, round: string | undefined, name: string, person: string) =>
      `这份${label}与${firstFile}重复：两份都是${round ? `选拔任用工作“${round}”中` : ''}关于${name}（${person}）的${label}。如果是同一份公告，请删除其中一份；要改已发布的内容，请新建更正（corrections），不要再发一份`,
    noCalendar: '缺少工作日历：请在content/calendar/放入国务院办公厅节假日安排（每年一份）',
    missing: (label: string, id: string, kind: string) => `引用的${label}“${id}”不存在：请核对编号，或先新建content/${kind}/${id}.yaml`,
    missingGuess: (label: string, id: string, kind: string, guess: string) =>
      `引用的${label}“${id}”不存在：是不是“${guess}”（content/${kind}/${guess}.yaml）？请改正编号，或先新建content/${kind}/${id}.yaml`,
  },
  /** Dates and the reference date (src/domain/dates.ts). */
  dates: {
    invalid: (date: string) => `不是有效日期：“${date}”（应为YYYY-MM-DD，且这一天在日历上存在）`,
    notWholeDays: (n: number) => `天数应为整数，而不是${n}`,
    badToday: (value: string) => `环境变量GONGSHI_TODAY=“${value}”不是YYYY-MM-DD日期`,
  },
  /** The official working-day calendar (src/domain/working-days.ts). */
  workingDays: {
    yearMissing: (year: number) => `工作日历缺少${year}年：请在content/calendar/增加${year}.yaml（依据国务院办公厅当年节假日安排通知）`,
    yearTwice: (year: number) => `${year}年的工作日历重复：每年只能有一份`,
    badCount: (n: number) => `工作日数应为不小于1的整数，而不是${n}`,
  },
  /** Fields zod finds wrong (src/domain/schema-issues.ts). */
  fields: {
    /** `near` is the "did you mean" hint (inputMessages.didYouMean) or empty. */
    unknown: (key: string, near: string) =>
      `不认识的字段“${key}”${near}：请检查拼写，或删除它（如果这是身份证号、私人电话、家庭住址或财产金额，这些信息不得录入）`,
    missing: (key: string, message: string) => `缺少必填字段“${key}”：${message}`,
  },
  /** zod's own messages, worded for a clerk (src/domain/zod-chinese.ts); a message written in a schema wins. */
  zod: {
    /** What a field should be, by zod's type name. */
    types: {
      string: '文字',
      number: '数字',
      int: '整数',
      boolean: '是或否（true或false）',
      array: `列表（每项一行，以“${ITEM}”开头）`,
      object: `“字段${COLON}值”形式的一组字段`,
      null: '空值',
      undefined: '未填写',
      date: '日期',
    } as Record<string, string>,
    /** A type zod names that the table above does not. */
    anyType: '正确的内容',
    /** What a clerk wrote, named: 文字“abc”, 数字12, 列表, 空值 … */
    written: {
      empty: '空值',
      list: '列表',
      text: (shown: string) => `文字“${shown}”`,
      /** After the first 20 characters of a long text. */
      cut: '…',
      number: (n: number) => `数字${n}`,
      boolean: (b: boolean) => `是或否（${String(b)}）`,
      object: '一组字段',
      other: '其他内容',
    },
    expected: (type: string) => `应为${type}`,
    expectedNot: (type: string, written: string) => `应为${type}，这里写的是${written}`,
    tooShort: (n: number | bigint) => `太短：至少要写${n}个字`,
    tooFew: (n: number | bigint) => `太少：至少要有${n}项`,
    notBelow: (n: number | bigint) => `不能小于${n}`,
    above: (n: number | bigint) => `应大于${n}`,
    tooLong: (n: number | bigint) => `太长：最多${n}个字`,
    tooMany: (n: number | bigint) => `太多：最多${n}项`,
    notAbove: (n: number | bigint) => `不能大于${n}`,
    below: (n: number | bigint) => `应小于${n}`,
    oneOf: (values: readonly string[]) => `应为以下之一：${items(values)}`,
  },
  /** The pipeline's own lines (src/pipeline/). */
  pipeline: {
    /** The first line of a stopped build; the problems follow, one a line, exactly as validate prints them. */
    stopped: '内容校验未通过，构建已停止（与npm run validate所列相同）：',
    /** The first line when the pages' dataset does not build; the problems follow. */
    datasetFailed: '内容校验未通过，请先运行npm run validate查看详情：',
    rulesWait: '跨记录规则要在上面的问题改正后才能全部检查：请先改正它们，再运行npm run validate',
  },
} as const;
