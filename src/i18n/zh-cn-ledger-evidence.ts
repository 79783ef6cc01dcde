/** What the compliance panel says the ledger proves for rules P3, D9 and E1 (src/rules/ledger-evidence.ts). */
import { entryLabel } from './zh-cn-entry.ts';
import { cnDate } from './zh-cn-verify.ts';

/** A title in book-title marks; marks inside it become the inner ones (GB/T 15834: 《关于〈…〉的更正》). */
const book = (title: string) => `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;

export const ledgerEvidenceUi = {
  roundUnsealed: '本次工作尚未封存，封存后开始核验',
  noDecisions: '本次工作尚无讨论决定',
  nothingSealed: '本次工作尚无封存的记录',
  standardsChanged: (versions: number[], seqs: number[]) => `选任标准或任职条件在第${versions.join('、')}版被改动（${seqs.map(entryLabel).join('、')}）`,
  laterVersions: (n: number) => (n ? `此后更正${n}次，均未改动这两项` : '此后未改动'),
  standardsSealed: (sealed: string, seq: number, hash: string) => `选任标准和任职条件于${cnDate(sealed)}封存（${entryLabel(seq)}，哈希值：${hash}）`,
  beforeStep: (step: string) => `，早于${cnDate(step)}开始的后续环节`,
  standardsLate: (sealed: string, step: string) => `选任标准和任职条件${cnDate(sealed)}才封存，晚于${cnDate(step)}开始的后续环节，此前是否改动过，台账无法证明`,
  decisionLate: (published: string, sealed: string) => `讨论决定于${published.split('、').map(cnDate).join('、')}作出，所依据的选任标准${cnDate(sealed)}才封存，台账无法证明决定当时适用的就是公布的标准`,
  decisionBasis: (sealed: string, seq: number, hash: string) => `选任标准即${cnDate(sealed)}封存的版本（${entryLabel(seq)}，哈希值：${hash}），此后未改动`,
  decisionsMet: (published: string, sealed: string, seq: number, hash: string) =>
    `讨论决定于${published.split('、').map(cnDate).join('、')}作出；所依据的选任标准在此之前已于${cnDate(sealed)}封存（${entryLabel(seq)}，哈希值：${hash}），未曾改动`,
  recordsLate: (late: number, all: number) => `本次工作${all}条已封存记录中有${late}条在发布之后才封存，发布到封存之间是否改动过，台账无法证明`,
  provableSince: (since: string, why: string, detail: string) => `台账自${cnDate(since)}起可证明：${why}。${detail}`,
  /**
   * A record as a citizen knows it: its kind and title (任职结果《姚振邦同志暂缓任职的说明》), the
   * words of its link under 依据记录; a record no longer on the site by its kind alone.
   */
  record: (kindLabel: string, title?: string) => (title ? `${kindLabel}${book(title)}` : `一条${kindLabel}记录`),
  /** A correction by its title, or by its kind when it is not on the site. */
  correction: (title?: string) => (title ? book(title) : '一条更正记录'),
  version: (record: string, version: number) => `${record}第${version}版`,
  silentChange: (items: string[]) => `${items.join('、')}没有更正记录`,
  correctedBy: (record: string, version: number, correction: string) => `${record}第${version}版依${correction}更正`,
  sealedCount: (n: number, changed: string[], onTime: boolean) => `本次工作已封存记录${n}条${onTime ? '，均不晚于发布之日封存' : ''}${changed.length ? `；${changed.join('、')}，原文仍可在版本历史中查看` : '，封存后均未改动'}`,
  witnessed: (witness: string, date: string) => `经${witness}见证于${cnDate(date)}`,
  witnessedAfter: (witness: string, date: string, step: string) => `经${witness}见证于${cnDate(date)}，晚于${cnDate(step)}的环节：此前的封存日期只是运营方自述`,
  unwitnessed: '封存后尚未经任何见证方见证：封存日期只是运营方自述',
  someUnwitnessed: (missing: number, all: number) => `其中${missing}条尚未经任何见证方见证，其封存日期只是运营方自述`,
  allWitnessed: (witness: string, date: string) => `全部经${witness}见证，最后一条见证于${cnDate(date)}`,
} as const;
