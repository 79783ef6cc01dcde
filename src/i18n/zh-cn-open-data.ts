/**
 * The open-data tables (the CSV files under /data/ and the /data/ page that documents them): each
 * table's title, what one row is, and each column's header and meaning. The headers are the first
 * line of the CSV files, so renaming one changes the published files. The values in the rows come
 * from the records and from ui (是/否, the publicity states); src/view/open-data.ts lists the
 * columns in the order of its rows.
 */

/** A column: its header and what it means. */
const col = (label: string, note: string) => ({ label, note }) as const;

/** Columns several tables share, with the same header and meaning. */
const round = col('选拔任用工作编号', '所属选拔任用工作的编号');
const positionId = col('职位编号', '本次选拔任用工作内的职位编号');
const position = col('职位', '单位、职务和职级');
const isoDate = 'YYYY-MM-DD';
const yesNo = '是/否';

export const openDataText = {
  decisions: {
    title: '讨论决定表决情况',
    row: '每名人选在一次讨论决定会议上的表决结果一行',
    columns: {
      round,
      decision: col('讨论决定编号', '讨论决定记录的编号'),
      date: col('会议日期', isoDate),
      session: col('会议', '会次，如市委第十五届第42次常委会'),
      body: col('决策机构', '决策机构名称'),
      expected: col('应到人数', '会议当日在任的决策机构成员数'),
      present: col('实到人数', '签到出席的成员数'),
      issued: col('发出票数', '表决票发出数'),
      returned: col('收回票数', '表决票收回数'),
      person: col('人员编号', '人选的人员编号'),
      name: col('姓名', '人选姓名'),
      positionId,
      position,
      yes: col('同意', '同意票数'),
      no: col('不同意', '不同意票数'),
      abstain: col('弃权或缓议', '弃权或缓议票数'),
      result: col('结果', '通过、未通过或缓议'),
      page: col('页面', '该讨论决定在本站的完整网址'),
    },
  },
  examinations: {
    title: '考试成绩与考官评分',
    row: '每名考生得到的每位考官评分一行；同一考生的笔试、面试、最终成绩和名次在各行重复',
    columns: {
      round,
      examination: col('考试编号', '考试成绩记录的编号'),
      date: col('考试日期', isoDate),
      positionId,
      position,
      method: col('计分方法', '算术平均，或去掉一个最高分和一个最低分后平均'),
      writtenWeight: col('笔试权重', '笔试成绩在最终成绩中的百分比；只计面试时为空'),
      interviewWeight: col('面试权重', '面试成绩在最终成绩中的百分比；只计面试时为空'),
      person: col('人员编号', '考生的人员编号'),
      name: col('姓名', '考生姓名'),
      examiner: col('考官序号', '考官在记录中的顺序，从1起'),
      examinerName: col('考官姓名', '考官署名'),
      examinerUnit: col('考官单位', '考官工作单位'),
      examinerPost: col('考官职务', '考官职务'),
      noConflict: col('已作回避声明', yesNo),
      score: col('考官评分', '该考官给该考生的面试评分'),
      written: col('笔试成绩', '公布的笔试成绩'),
      interview: col('面试成绩', '公布的面试成绩'),
      final: col('最终成绩', '公布的最终成绩'),
      rank: col('名次', '公布的名次'),
      page: col('页面', '该考试成绩在本站的完整网址'),
    },
  },
  publicities: {
    title: '任前公示期与反映处理',
    row: '每次任前公示的每名公示对象一行',
    columns: {
      round,
      publicity: col('公示编号', '任前公示记录的编号'),
      published: col('发布日期', '公示发布日期'),
      from: col('公示开始', '公示期第一天（含）'),
      to: col('公示结束', '公示期最后一天（含），也是反映问题的截止日期'),
      workingDays: col('工作日数', '按国务院办公厅节假日安排计算的公示期工作日数；缺少该年日历时为空'),
      state: col('参照日状态', '本站参照日期时的状态：公示尚未开始、正在公示或公示已结束'),
      person: col('人员编号', '公示对象的人员编号'),
      name: col('姓名', '公示对象姓名'),
      positionId,
      proposedPost: col('拟任职务', '公示的拟任职务'),
      exceptional: col('破格提拔', yesNo),
      received: col('收到反映', '公示期间收到的反映件数；尚未公布处理情况时为空'),
      substantiated: col('查实', '查实件数'),
      partly: col('部分属实', '部分属实件数'),
      unsubstantiated: col('不属实', '不属实件数'),
      pending: col('在查', '尚在核查的件数'),
      page: col('页面', '该任前公示在本站的完整网址'),
    },
  },
  /** The /schemas/ page's list: what each schema file describes. */
  schemas: {
    /** `where` is the file or folder under content/. */
    records: (label: string, where: string) => `${label}记录（content/${where}）`,
    compiledRound: '/data/rounds/{编号}.compiled.json',
  },
} as const;
