/**
 * The titles and descriptions of the JSON Schemas published under /schemas/ (src/build/json-schema.ts):
 * what editors show a clerk next to a field, and what open-data users read about /data/. The labels
 * of the record fields themselves come from each zod schema's `.meta()` (src/schemas/); these are
 * the words the build adds: what a reference points at, where a record's file lives, and the fields
 * of the catalog and of a compiled round. Field names, paths and `null` stay as written in the data.
 */

export const schemaDocsUi = {
  /** A reference field's own description, then what it refers to, set off by a dash (GB/T 15834 破折号, no spaces). */
  referenceAfter: (description: string | undefined, hint: string) => (description ? `${description}——${hint}` : hint),
  /** What a reference field refers to, after its own description. */
  reference: {
    position: '引用：本次选拔任用工作positions中的职位编号',
    any: '引用：“类别/编号”，例如publicities/2026-qc-001-gs',
    kind: (kindLabel: string, kind: string) => `引用：${kindLabel}的编号，即content/${kind}/下的文件名（不含.yaml）`,
  },
  /** A kind's schema: its title, and where its files live. */
  kind: {
    title: (kindLabel: string, kind: string) => `${kindLabel}（${kind}）`,
    fileOf: (kind: string) => `content/${kind}/<编号>.yaml`,
    /** The kind's own description (its zod schema's, a sentence ending in 。), then where its files live. */
    description: (about: string | undefined, where: string) => `${about ?? ''}一份YAML文件即一条记录：${where}。`,
  },
  /** A record reference in the catalog and in compiled rounds. */
  recordRef: {
    key: '类别/编号',
    kind: '记录类别',
    id: '记录编号（文件名）',
    title: '标题或名称',
    published: '公告的发布日期；非公告为null',
    page: '本站页面地址；没有页面的类别为null',
    json: '本记录JSON的地址',
    hash: '记录RFC 8785规范化JSON的SHA-256',
    ledger: '本记录在公开日志（账本）中的封存状态',
    version: '最新封存版本；从未封存为null',
    seq: '该版本在日志中的位置（从0起）',
    sealed: '该版本的封存日期',
    current: '公开的数据是否就是该封存版本',
  },
  catalog: {
    title: '全部记录目录（/data/catalog.json）',
    description: '本站公开的每一条记录及其在公开日志（账本）中的封存状态。',
    size: '检查点时日志中的记录条数',
    root: '检查点时日志的Merkle树根哈希（SHA-256）',
    date: '检查点的日期',
    checkpoint: '发布时的检查点；尚未封存为null',
    records: '全部记录，每条一项',
  },
  compiledRound: {
    stage: '所属环节；选拔任用工作本身为null',
    data: '记录内容，与/data/{类别}/{编号}.json相同',
    party: (kindLabel: string) => `${kindLabel}，按编号`,
    title: '一次选拔任用工作的全部记录（/data/rounds/{编号}.compiled.json）',
    description: '一次选拔任用工作各环节的全部公告按程序顺序汇编，附所涉人员、单位、决策机构和资格。',
    round: '选拔任用工作编号',
    roundTitle: '选拔任用工作的名称',
    page: '本站页面地址',
    generated: '生成时的参照日期',
    record: '选拔任用工作记录本身',
    releases: '各环节公告按程序顺序排列，之后是更正',
    parties: '各环节公告提到的人员、单位、决策机构和资格，按编号',
  },
} as const;
