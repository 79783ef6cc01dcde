/**
 * When each page last changed, for the sitemap's <lastmod>: a notice on its publication or its
 * latest correction; a round, unit, person, kind list and the home page on the newest notice they
 * show (the same notices as their feeds). Pages not built from dated records get no date, since the
 * data proves none.
 */
import type { Dataset } from '../domain/dataset.ts';
import { entryKey } from '../domain/entry.ts';
import { homeUrl, listUrl, noticeUrl, personUrl, roundUrl, unitUrl } from '../domain/urls.ts';
import { feedOf, feedSubjects } from './feeds.ts';

/** Site path → ISO date of its last change. */
export function pageDates(ds: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of ds.notices) {
    let date = n.data.published;
    for (const b of ds.backrefs.get(entryKey(n)) ?? []) {
      const published = b.from.kind === 'corrections' ? (b.from.data as { published: string }).published : undefined;
      if (published && published > date) date = published;
    }
    out.set(noticeUrl(n.kind, n.id), date);
  }
  for (const subject of feedSubjects(ds)) {
    const newest = feedOf(ds, subject).items[0]?.data.published;
    if (!newest) continue;
    const path =
      subject.type === 'all' ? homeUrl() : subject.type === 'kind' ? listUrl(subject.kind) : subject.type === 'rounds' ? roundUrl(subject.id) : subject.type === 'units' ? unitUrl(subject.id) : personUrl(subject.id);
    out.set(path, newest);
  }
  // The rounds list shows every round; it changed with the newest notice of any of them.
  const newestRound = ds.notices.find((n) => 'round' in n.data && n.data.round)?.data.published;
  if (newestRound) out.set(listUrl('rounds'), newestRound);
  return out;
}
