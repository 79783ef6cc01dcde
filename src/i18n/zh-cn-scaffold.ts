/**
 * The comments of a new record's starting text (`npm run new`, src/domain/scaffold.ts): the
 * header, what each reference names, and how the publicity window was worked out. The YAML around
 * them (`# `, `key: ""  # `) is written by the scaffold; the sentences are here.
 */
/** The mark of a YAML comment and its space, as a clerk deletes it: written apart, since the typography check would close up a space inside quotes. */
const COMMENT = '# ';

export const scaffoldText = {
  /** The first comment after the modeline, without its `# `. */
  header: (label: string) => `新建${label}。“#”开头的是说明；去掉行首“${COMMENT}”即可启用一个可选字段。填写后运行npm run validate。`,
  /** After the help of a field that refers to a record. */
  ref: {
    position: '（本次工作positions中的职位编号）',
    any: '（写成“类别/编号”）',
    kind: (kind: string) => `（content/${kind}/下的文件名，不含.yaml）`,
  },
  /** After the help of a field with a default; `value` is the default as JSON. */
  byDefault: (value: string) => `（默认${value}）`,
  optional: '（可选）',
  /** The comment after an empty text to fill in. */
  toFill: '待填写',
  window: {
    noCalendar: (days: number) => `公示期须有${days}个工作日：请自行推算结束日期（没有读到content/calendar/的工作日历，未能自动计算）`,
    makeupDay: (date: string, holiday: string) => `${date}（${holiday}调休上班）`,
    /** `makeup` from `makeupDay`. */
    computed: (from: string, days: number, to: string, makeup: readonly string[]) =>
      `自动推算的公示期：从${from}起${days}个工作日（site.yaml中rules.publicityWorkingDays，按content/calendar/的法定工作日历计算），到${to}止${makeup.length ? `；其间的调休上班日：${makeup.join('、')}` : ''}。发布日期改了，结束日期要重新推算`,
    failed: (why: string) => `未能自动推算公示期的结束日期：${why}`,
  },
} as const;
