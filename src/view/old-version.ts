/**
 * A sealed version of a record as its permanent page shows it: a banner saying which version it is
 * and whether it was corrected, what changed field by field, and the record itself — for a notice,
 * built by its kind's builder from the registry on the old data, so it looks like the notice it was.
 */
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { recordUrl } from '../domain/urls.ts';
import { correctionUi } from '../i18n/zh-cn-corrections.ts';
import { ledgerUi } from '../i18n/zh-cn-ledger.ts';
import { diffValues } from '../ledger/diff.ts';
import type { LogEntry } from '../ledger/log.ts';
import { type LedgerSite, type RecordHistoryView } from '../ledger/site.ts';
import type { Kind } from '../schemas/common.ts';
import { isNoticeKind } from '../schemas/index.ts';
import { KIND_LABELS } from '../i18n/zh-cn-schema-labels.ts';
import { correctionBoxes, hasStandaloneCorrection } from './corrections.ts';
import { personName, type Inline } from './display.ts';
import { changeRows, dataTree, datasetTitles, type DataNode } from './ledger.ts';
import { oldNoticeView, type NoticeView } from './notices/index.ts';

/** One field-by-field comparison on a version page. */
export interface VersionDiff {
  heading: string;
  caption: string;
  /** Why the record changed, from the correction. */
  reason?: string;
  rows: Inline[][];
}

/** Everything a version page shows besides its ledger facts. */
export interface OldVersionView {
  title: string;
  caption: string;
  heading: string;
  banner: string;
  bannerIntro: string;
  currentHref?: string;
  currentText: string;
  diffs: VersionDiff[];
  /** The version as the notice it was; undefined for other kinds, or data that no longer fits its schema. */
  notice?: NoticeView;
  /** The version's fields by label, for records that are not notices. */
  tree: DataNode;
}

/** The page of sealed version `entry`, from the ledger `site` and its record's `history`. */
export function oldVersionView(ds: Dataset, site: LedgerSite, entry: LogEntry, history: RecordHistoryView): OldVersionView {
  const [kind, id] = entry.key.split('/') as [Kind, string];
  const c = correctionUi;
  const names = (pid: string) => personName(ds, pid);
  const versions = site.versions.get(entry.key) ?? [];
  const next = versions.find((v) => v.version === entry.version + 1);
  const current = history.versions.find((v) => v.version === entry.version)?.current ?? false;
  const record = ds.byKind[kind]?.get(id) as Entry | undefined;
  const alone = current && hasStandaloneCorrection(ds, entry.key);
  const diffs: VersionDiff[] = [];
  if (next) {
    const correction = history.versions.find((v) => v.version === next.version)?.correction;
    diffs.push({
      heading: c.nextDiffHeading(next.version),
      caption: c.diffCaption(entry.version, next.version),
      reason: correction?.reason,
      rows: changeRows(kind, diffValues(entry.data, next.data), next.data, names),
    });
  }
  if (alone && record)
    for (const box of correctionBoxes(ds, record, site))
      if (!box.applied) diffs.push({ heading: box.title, caption: c.what, reason: box.reason, rows: box.changes.map((ch) => [ch.label, ch.from, ch.to]) });
  const own = history.versions.find((v) => v.version === entry.version);
  if (own && own.changes.length)
    diffs.push({
      heading: c.diffHeading(entry.version),
      caption: c.diffCaption(entry.version - 1, entry.version),
      reason: own.correction?.reason,
      rows: changeRows(kind, own.changes, entry.data, names),
    });
  const superseded = !current;
  const page = recordUrl(kind, id);
  const title = ledgerUi.version.title(datasetTitles(ds)(entry.data, entry.key), entry.version);
  return {
    title,
    caption: `${KIND_LABELS[kind] ?? ledgerUi.version.caption}（${ledgerUi.version.caption}）`,
    heading: title,
    banner: superseded ? c.oldBanner(entry.version) : alone ? c.oldBannerAlone(entry.version) : ledgerUi.version.isCurrent,
    bannerIntro: superseded || alone ? c.oldIntro : '',
    currentHref: page,
    currentText: c.currentLink,
    diffs,
    notice: record && isNoticeKind(record.kind) ? oldNoticeView(ds, record as NoticeEntry, entry.data) : undefined,
    tree: dataTree(kind, entry.data, names),
  };
}
