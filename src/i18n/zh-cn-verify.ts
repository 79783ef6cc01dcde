/**
 * What verification says, in `npm run verify` and on /verify/. Log entries are numbered as the
 * log numbers them (from 0, the index in the tiles), the same number on every page.
 */
import { dateText } from './zh-cn-dates.ts';
import { entryLabel } from './zh-cn-entry.ts';

export const verifyUi = {
  current: '当前检查点',
  saved: '旧检查点',
  missing: (path: string) => `找不到${path}`,
  wrongOrigin: (label: string, origin: string, expected: string) => `${label}的来源是${origin}，不是本站日志${expected}：这是另一个日志的检查点，不能用来核验本站`,
  origin: (label: string, origin: string, size: number) => `${label}来自本站日志${origin}，共${size}条`,
  noKeyConfigured: (label: string) => `本站配置中没有公布签名公钥，${label}无法核对签名，只能核对其与日志一致`,
  signed: (label: string, name: string) => `${label}有${name}的有效Ed25519签名（公钥取自本站配置，不取自检查点）`,
  notSigned: (label: string, name: string) => `${label}没有配置所公布公钥${name}的签名`,
  badSignature: (label: string) => `${label}的签名无效：它在签名后被改动过`,
  witnessed: (label: string, witness: string, date: string) => `${label}经${witness}见证于${cnDate(date)}`,
  notWitnessed: (label: string, witness: string) => `${label}尚未经${witness}见证`,
  badCosignature: (label: string, witness: string) => `${label}上${witness}的见证签名无效：检查点在见证后被改动过`,
  noEntry: (index: number, size: number) => `日志只有${size}条，没有${entryLabel(index)}`,
  badBundle: (path: string) => `${path}不是按长度前缀排列的日志条目`,
  badEntry: (index: number) => `${entryLabel(index)}不是合法的JSON`,
  badTile: (why: string) => `日志瓦片无法使用：${why}`,
  rootDiffers: (root: string, expected: string) => `按日志条目重算的默克尔根${root}与检查点的${expected}不一致：日志被改动过`,
  rootMatches: (size: number, root: string) => `按${size}条日志条目重算的默克尔根${root}与检查点一致`,
  tileDiffers: (path: string) => `${path}与日志条目算出的不一致`,
  tilesMatch: (n: number) => `${n}个默克尔瓦片都与日志条目算出的一致`,
  cannotScan: '无法读取日志，找不到这条记录的条目',
  notSealed: (key: string) => `${key}没有封存的条目`,
  otherRecord: (index: number, key: string) => `${entryLabel(index)}记录的是${key}，不是要核对的记录`,
  included: (version: number, sealed: string, hash: string, index: number, steps: number) =>
    `第${version}版（运营方自述${sealed}封存，哈希${hash}）是日志${entryLabel(index)}；由瓦片算出的包含证明（${steps}步）有效`,
  notIncluded: (version: number, index: number) => `第${version}版（${entryLabel(index)}）的包含证明无效：它不在检查点所承诺的日志中`,
  dataMatches: (path: string) => `公开数据${path}的哈希与最新封存版本一致`,
  dataDiffers: (path: string, hash: string | undefined, expected: string) => `公开数据${path}的哈希${hash ?? '（无法计算）'}与最新封存版本的${expected}不一致：当前内容尚未封存或被改动过`,
  truncated: (old: number, size: number) => `旧检查点记录了${old}条，现在的日志只有${size}条：日志被截短了`,
  consistent: (old: number, size: number, steps: number) => `一致性证明有效（${steps}步，由瓦片算出）：旧检查点的${old}条是现在日志${size}条的前缀，此后只有追加，没有改动`,
  inconsistent: (old: number) => `一致性证明无效：旧检查点（${old}条）不是现在日志的前缀，已公布的记录在此后被改动、删除或调换过`,
  fullCount: (lines: number, entries: number) => `完整日志有${lines}行，日志条目有${entries}条`,
  fullLeafDiffers: (i: number) => `完整日志第${i + 1}行与日志${entryLabel(i)}不一致`,
  fullDataDiffers: (i: number, key: string, version: number) => `完整日志中${entryLabel(i)}（${key}第${version}版）的数据与其哈希不符`,
  fullMatches: (n: number) => `完整日志${n}条中每个版本的数据都与其哈希相符`,
  fullMore: (n: number) => `……共${n}处不符`,
} as const;

/** YYYY-MM-DD as YYYY年M月D日, in the words of zh-cn-dates.ts (the pages' formatDate reads the same). */
export function cnDate(date: string): string {
  const [y, m, d] = date.split('-');
  return dateText.date(y!, Number(m), Number(d));
}
