/**
 * Messages about the files a clerk writes (YAML, folders, site settings, scheduled records), kept
 * apart from zh-cn.ts so they can be written at the same time; merge when convenient.
 */
/**
 * YAML's colon and the space after it, as a clerk must type them: written apart from the sentence,
 * because in Chinese text the typography check would make the colon full-width.
 */
const COLON = ': ';

export const inputMessages = {
  yaml: {
    alias: (name: string) => `这里用了YAML别名“*${name}”：记录只是普通数据，不能引用文件中别处的内容，请把要用的值直接写出来`,
    anchor: (name: string) => `这里用了YAML锚点“&${name}”：记录只是普通数据，不使用锚点和别名，请删除“&${name}”并把值直接写出来`,
    tag: (tag: string) => `这里用了YAML类型标签“${tag}”：记录只是普通数据（文字、数字、日期、列表），不使用类型标签，请删除“${tag}”`,
    more: (n: number) => `（本文件另有${n}处同样的写法）`,
    merge: '这里用了YAML合并键“<<”：记录只是普通数据，不能从别处合并字段，请把每个字段直接写出来',
    notFinite: (text: string) => `“${text}”不是一个具体的数：请填写实际数字（例如0或12），不要用.nan或.inf`,
    fullWidthColon: (key: string) => `“${key}”后面用了全角冒号“：”：YAML只认半角冒号，请改为“${key}${COLON}”（半角冒号后加一个空格）`,
    tabIndent: '这一行用制表符（Tab）缩进：YAML只能用空格缩进，请把行首的Tab换成空格（每层两个空格）',
    badIndent: '缩进不对：同一层的字段要左对齐，下一层比上一层多缩进两个空格',
    missingQuote: '引号没有成对：请在这段文字末尾补上同样的引号，或去掉开头的引号',
    missingColon: `这一行不是“字段${COLON}值”的形式：请在字段名后加半角冒号和一个空格，或把续写的文字缩进到上一字段之下`,
    flow: '方括号或花括号没有成对：请检查[]与{}是否一一对应',
    multipleDocuments: '文件里有不止一份文档（用“---”分隔）：一个文件只放一条记录，请把其余内容移到另一个文件',
    other: '请检查缩进、冒号后的空格和引号是否成对',
    tooDeep: (max: number) => `嵌套层数过多（上限${max}层）：记录只需几层“字段${COLON}值”，请检查是否有多余的括号或缩进`,
    tooLarge: (bytes: number, max: number) => `文件过大（${bytes}字节，上限${max}）：一份记录不应这么大，请检查是否误粘贴了内容`,
    notUtf8: '文件不是UTF-8编码（可能是GBK）：请在编辑器中以UTF-8编码另存',
    empty: '文件是空的：请填写记录内容，或删除这个文件',
    /** Before the message of a syntax error (every one but a duplicate key). */
    syntax: (message: string) => `YAML语法错误：${message}`,
    notMap: `记录应是“字段${COLON}值”形式的映射，而不是列表或单个值`,
    duplicateKey: '同一字段写了两次：请删除其中一个',
  },
  files: {
    symlink: '这是一个符号链接：content/里只接受真实文件，请把所指的文件复制到这里，或删除这个链接',
    unreadable: (reason: string) => `无法读取这个文件（${reason}）：请检查文件权限，或重新保存它`,
    yml: (name: string) => `扩展名应为.yaml：请把“${name}”改名为“${name.replace(/\.yml$/i, '.yaml')}”（本站只认.yaml）`,
    noContent: '找不到内容文件夹content/',
    unknownFolder: (name: string, folders: readonly string[]) => `不认识的文件夹“${name}”：记录只能放在这些文件夹里：${folders.join('、')}`,
    misplaced: '文件放错了位置：content/下只放site.yaml，其余记录放进对应类别的文件夹',
    noSite: '缺少站点设置content/site.yaml',
    subfolder: (kind: string) => `“${kind}”文件夹里不能再有子文件夹：请把记录直接放在content/${kind}/下`,
    notYaml: '只接受.yaml文件：请改用YAML格式，或把这个文件移出content/',
    badName: (id: string) => `文件名“${id}”不能作编号：只用小写字母、数字和连字符，例如2026-jtj-fjz-gs.yaml`,
    /** Why a file could not be read (the reason of `unreadable`). */
    reasons: {
      permission: '没有读取权限',
      gone: '文件已不存在',
      folder: '这是一个文件夹',
      system: (code: string | undefined) => `系统错误${code ?? '未知'}`,
    },
  },
  site: {
    badUrl: (url: string) => `网站地址“${url}”无效：应以https://或http://开头，例如https://gongshi.example.gov.cn/`,
    unreadable: '站点设置content/site.yaml无法使用，请先按npm run validate列出的问题改正',
    ledgerMissing: (evidence: string) =>
      `找不到封存台账ledger/log.jsonl与ledger/checkpoint，但${evidence}：已封存的记录不能失去台账保护，请从版本库恢复ledger/文件夹（git checkout -- ledger/）后再校验`,
    ledgerInHistory: (date: string) => `版本库记录显示台账曾于${date}提交`,
    ledgerInDist: '上一次构建的网站（dist/ledger/checkpoint）已公布了台账',
  },
  scheduled: {
    heading: (count: number, today: string) => `定时发布：${count}条记录的发布日期晚于参照日期${today}，本次不发布，到期后重新构建即自动发布：`,
    line: (file: string, published: string) => `  ${file}（定于${published}发布）`,
    notSealed: (key: string, published: string) => `  定时发布${key}（${published}发布后再封存）`,
    referenced: (key: string, published: string) => `引用的记录${key}定于${published}才发布：已发布的记录不能引用尚未发布的记录，请推迟本记录的发布日期，或提前那条记录的`,
  },
  build: {
    leftover: (name: string) => `  已清理上次中断的构建留下的${name}`,
    busy: (pid: number) => `另一次构建（进程${pid}）正在生成同一个网站，请等它结束后再运行。`,
  },
  /** Where a problem sits when it concerns the whole file rather than one field. */
  wholeFile: '（整个文件）',
  didYouMean: (key: string) => `（是不是“${key}”？）`,
};
