/**
 * What the ledger (src/ledger/) tells a clerk, a witness or an operator: the problems `npm run
 * validate`, the build and `npm run verify` find in ledger/ (what is wrong and how to restore it),
 * the checks a witness runs before it cosigns, and what is wrong with a signing key. The ledger
 * passes line numbers, record keys, file names and dates; the words are here. Commands, file names,
 * field names and key formats (`npm run seal`, `ledger.key`, `PRIVATE+KEY+…`) stay as typed.
 * The checkpoint format's messages are an export of their own: the browser's verifier uses them
 * and should not carry the rest.
 */

/** The command that restores a deleted record (typed as is, so kept out of the sentence's typography). */
const restoreCommand = (key: string) => `npm run seal -- --restore ${key}`;

/** Why a text is not a checkpoint note (src/ledger/checkpoint.ts; also shown by the browser's verifier). */
export const checkpointFormatUi = {
  notNote: '不是签名说明（signed note）格式：应为正文、一个空行，再加至少一行签名（“—”、空格、密钥名、空格、签名）',
  tooFewLines: '正文应至少有三行：来源（origin）、日志条数、根哈希',
  badSize: (size: string) => `第二行应为日志条数（十进制整数），而不是“${size}”`,
  badRoot: '第三行应为32字节根哈希的base64编码',
} as const;

/** What is wrong with a key (src/ledger/keys.ts, seal.ts). */
export const ledgerKeyUi = {
  badName: (name: string) => `密钥名“${name}”不能为空，也不能含空格或加号`,
  badPrivate: (variable: string, why: string) => `${variable}不是可用的私钥：${why}。应为npm run ledger:keygen生成的一行PRIVATE+KEY+名称+密钥号+密钥`,
  malformed: '格式不对',
  notEd25519: '密钥部分不是Ed25519',
  idMismatch: '密钥号与密钥不符',
  neitherKeyNorFile: (variable: string, value: string) => `${variable}既不是私钥，也不是存在的文件路径：${value}`,
  /** The signing key `npm run seal` is given (GONGSHI_SIGNING_KEY) against the site's configuration. */
  signing: {
    missing: (published: string) => `content/site.yaml公布了日志公钥${published}，请把GONGSHI_SIGNING_KEY设为对应私钥（私钥本身或私钥文件的路径）`,
    witnessKey: 'GONGSHI_SIGNING_KEY是见证方的密钥，不是日志运营方的签名密钥',
    wrongName: (name: string, origin: string) => `GONGSHI_SIGNING_KEY的名称是${name}，本站日志的来源是${origin}：请用npm run ledger:keygen -- --log重新生成`,
    notPair: 'GONGSHI_SIGNING_KEY与content/site.yaml中ledger.key公布的公钥不是一对',
    unpublished: '请先把这把私钥的公钥写入content/site.yaml的ledger.key（npm run ledger:keygen会打印它），核验时才能确认签名者',
  },
} as const;

/** The lines of ledger/log.jsonl as read and put in order (src/ledger/log.ts; also shown by the browser's verifier). */
export const ledgerLogUi = {
  /** A problem followed by what to do about it. */
  withHint: (problem: string, hint: string) => `${problem}：${hint}`,
  line: (line: number, why: string) => `第${line}行${why}`,
  notJson: '不是合法的JSON',
  malformed: (withData: boolean) => `格式不对：应只含seq、key、version、hash、sealed、correction${withData ? '、data' : ''}，且各字段类型正确`,
  seq: (line: number, seq: number, expected: number) => `第${line}行的seq是${seq}，应为${expected}`,
  sealedBackwards: (line: number, sealed: string, previous: string) => `第${line}行的封存日期${sealed}早于上一行的${previous}`,
  version: (key: string, line: number, version: number, expected: number) => `${key}在第${line}行是第${version}版，按日志顺序应为第${expected}版`,
  firstCorrected: (key: string, correction: string) => `${key}的第1版不应带有更正${correction}`,
  correctionUnsealed: (line: number, correction: string) => `第${line}行引用的更正${correction}在日志中此前并未封存`,
  correctionReused: (correction: string, line: number) => `更正${correction}已在第${line}行用过，一条更正只能对应一次修改`,
} as const;

/** The ledger as read from disk (src/ledger/store.ts). */
export const ledgerStoreUi = {
  /** What a clerk should do about a damaged log. */
  restore: (logFile: string) => `日志只能由npm run seal追加，已写入的行不能改动、删除或调换顺序；请用版本库中的原文件恢复${logFile}`,
  checkpointUnreadable: (error: string, file: string) => `检查点${error}：请用版本库中的原文件恢复${file}（检查点只由npm run seal写入，见证签名只由npm run witness添加）`,
} as const;

/** The ledger checks of validation and the build (src/ledger/check.ts). */
export const ledgerCheckUi = {
  /** The fields of a round that bind once published (P3). */
  bindingFields: { standards: '选任标准', qualifications: '任职条件' },
  /** Between the names of several binding fields. */
  fieldsJoin: '和',
  hashMismatch: (line: number, key: string, version: number, logFile: string) => `第${line}行（${key}第${version}版）的data与其hash不符，封存后的内容被改动过：请用版本库中的原文件恢复${logFile}`,
  uncorrectedVersion: (line: number, key: string, version: number, logFile: string) =>
    `第${line}行：${key}的第${version}版没有对应的更正记录，日志不是由npm run seal写入的：请用版本库中的原文件恢复${logFile}`,
  wrongCorrection: (line: number, correction: string, corrects: string, key: string, logFile: string) => `第${line}行：更正${correction}更正的是${corrects}，不是${key}：请用版本库中的原文件恢复${logFile}`,
  bindingChangedInLog: (line: number, key: string, version: number, fields: string, logFile: string) => `第${line}行：${key}第${version}版改变了${fields}，这是公布后不得更改的内容：请用版本库中的原文件恢复${logFile}`,
  noCheckpoint: (checkpointFile: string, logFile: string) => `缺少检查点${checkpointFile}：请从版本库恢复它；若从未封存过，删除${logFile}后运行npm run seal`,
  badPublicKey: 'ledger.key不是可用的公钥：应为npm run ledger:keygen输出的一行“名称+密钥号+公钥”',
  publicKeyMismatch: 'ledger.key的密钥号与公钥不符，或不是检查点签名用的Ed25519公钥：请重新复制npm run ledger:keygen输出的公钥',
  publicKeyName: (name: string, origin: string) => `ledger.key的名称是${name}，应与日志来源${origin}（由url确定）相同：请用npm run ledger:keygen -- --log按本站网址重新生成密钥`,
  witnessKey: (witness: string) => `见证方“${witness}”的公钥密钥号不符，或不是见证签名（cosignature/v1）用的公钥：请向见证方重新索取npm run ledger:keygen -- --witness输出的公钥`,
  linesDeleted: (size: number, lines: number, logFile: string) => `检查点记录了${size}行，日志只剩${lines}行：已封存的行被删除了，请用版本库中的原文件恢复${logFile}`,
  rootMismatch: (size: number, logFile: string) => `日志前${size}行的默克尔根与检查点不符：已封存的行被改动、删除或调换了顺序，日志不再是检查点的追加延续；请用版本库中的原文件恢复${logFile}`,
  unsealedLines: (lines: number) => `日志有${lines}行尚未写入检查点：请运行npm run seal更新检查点`,
  wrongOrigin: (origin: string, expected: string) => `检查点的来源是${origin}，本站日志的来源应为${expected}（由site.yaml的url确定）：这是别的日志的检查点，请用版本库中的原文件恢复`,
  archiveTooLarge: (size: number) => `存档的检查点有${size}行，比当前检查点还多：请用版本库中的原文件恢复`,
  archiveNotPrefix: (size: number, logFile: string) => `存档的检查点（${size}行）不是现在日志的前缀：已封存的行在它之后被改动过；请用版本库中的原文件恢复${logFile}`,
  unsigned: '检查点没有site.yaml所公布公钥的有效签名：请设置GONGSHI_SIGNING_KEY为对应的私钥后运行npm run seal',
  badSignature: '检查点的签名无效：它在签名后被改动过；请用版本库中的原文件恢复',
  badCosignature: (witness: string) => `检查点上“${witness}”的见证签名无效：检查点在见证后被改动过；请用版本库中的原文件恢复`,
  /** `shown`: the first few tile files; `more`: whether there are others. */
  badTiles: (count: number, shown: readonly string[], more: boolean) =>
    `${count}个日志瓦片缺失或与日志不符（${shown.join('、')}${more ? '等' : ''}）：瓦片由日志算出，请运行npm run seal -- --rewrite-tiles重写`,
  recordDeleted: (kindLabel: string, key: string, sealed: string, version: number, line: number) =>
    `${kindLabel}“${key}”已于${sealed}封存公布（第${version}版，日志第${line}行），文件却不见了：已公布的记录不能删除，请运行${restoreCommand(key)}恢复它；确需撤回的，恢复后另发更正记录说明`,
  /** A change to the record as a whole (the diff's root path). */
  wholeRecord: '（整条记录）',
  /** `shown`: the first few changed fields; `count`: all of them when there are more. */
  silentChange: (sealed: string, version: number, line: number, shown: readonly string[], count: number | undefined, key: string) =>
    `此记录已于${sealed}封存公布为第${version}版（日志第${line}行），之后被改动了（${shown.join('、')}${count === undefined ? '' : `等${count}处`}），但没有说明这次改动的更正记录：请恢复原内容，或新建一条更正记录（corrects: ${key}，写明reason和changes），再运行npm run seal`,
  bindingChanged: (field: string, sealed: string) => `${field}已于${sealed}随本次选拔任用工作公布，此后不得更改，更正记录也不能改变它：请恢复为公布时的内容；确需调整标准的，只能另起一次选拔任用工作`,
  decisionStandards: (round: string, file: string) => `本次决定所属的选拔任用工作${round}的选任标准或任职条件与公布时不一致，决定无法证明适用了公布的标准：请先恢复${file}中公布时的内容`,
} as const;

/** What a witness checks before it cosigns (src/ledger/witness.ts) and the sample replay's failure (replay.ts). */
export const witnessUi = {
  notWitnessKey: '这不是见证方的密钥（应由npm run ledger:keygen -- --witness生成）',
  notPinned: '没有钉住运营方的公钥：见证方必须事先取得组织部门的日志公钥（site.yaml的ledger.key）',
  /** The checkpoint being cosigned, as the subject of the checks' messages. */
  newCheckpoint: '新检查点',
  newUnreadable: (error: string) => `新检查点${error}`,
  newSigned: (origin: string, size: number, operator: string) => `新检查点来自${origin}，共${size}条，有运营方${operator}的有效签名`,
  lastUnreadable: '上次见证的检查点无法读取：请检查见证方保存的状态文件',
  truncated: (size: number, last: number) => `新检查点只有${size}条，少于上次见证的${last}条：日志被截短，拒绝见证`,
  rewritten: '新检查点与上次见证的不一致：日志历史被改写，拒绝见证',
  extends: (last: number) => `与上次见证的检查点（${last}条）一致：此后只有追加`,
  first: '这是见证方第一次见证这个日志：此前的条目自此刻起才得到见证',
  cosigned: (witness: string, time: number) => `已由${witness}加上见证签名（cosignature/v1，时间${time}）`,
  replayFailed: (messages: readonly string[]) => `见证失败：${messages.join('；')}`,
} as const;
