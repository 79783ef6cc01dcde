/**
 * The round page's compliance panel and the accountability trail, as display values: each rule
 * with its status tag, evidence, reason and the records it rests on as links, grouped by stage;
 * each appointment with the people answerable for it. Pages render these and look nothing up.
 */
import { ui } from '../i18n/zh-cn.ts';
import { formatDate } from './format.ts';
import { accountabilityTrail, complianceOfRound, TRAIL_ROLES, type Status, type TrailRole } from '../rules/compliance.ts';
import type { Dataset, NoticeEntry } from '../domain/dataset.ts';
import { personLink, positionLabel, recordLink, roundLink, type Inline, type Tone } from './display.ts';
import type { LedgerSite } from '../ledger/site.ts';
import { RULE_STAGES, type RuleStage } from '../i18n/zh-cn-rules.ts';
import { rulesUrl } from '../domain/urls.ts';
import type { Kind } from '../schemas/common.ts';

const TONES: Record<Status, Tone> = { met: 'ok', exception: 'alert', 'not-applicable': 'closed', failed: 'alert', 'provable-since': 'closed' };

/** One rule's line in the panel. */
export interface ComplianceItem {
  id: string;
  title: string;
  /** The rule's entry on /rules/. */
  href: string;
  status: Status;
  tag: { tag: string; tone: Tone };
  evidence: string;
  /** Label and text of the reason (exception, why not applicable, what failed), when there is one. */
  reason?: { label: string; text: string };
  records: Inline[];
}

/** The panel: a one-line summary, the rules that apply by stage, and those that do not yet apply. */
export interface CompliancePanelView {
  summary: string;
  stages: { id: RuleStage; label: string; items: ComplianceItem[] }[];
  notApplicable: ComplianceItem[];
}

/** The compliance panel of round `roundId`; the ledger's rules are read from `ledger` when given. */
export function compliancePanel(ds: Dataset, roundId: string, ledger?: LedgerSite): CompliancePanelView {
  const c = ui.compliance;
  const lines = complianceOfRound(ds, roundId, ledger);
  const count = (s: Status) => lines.filter((l) => l.status === s).length;
  const items = lines.map(
    (l): ComplianceItem => ({
      id: l.rule.id,
      title: l.rule.title,
      href: rulesUrl(l.rule.id),
      status: l.status,
      tag: { tag: c.status[l.status], tone: TONES[l.status] },
      evidence: chineseDates(l.evidence),
      ...(l.reason && l.reason !== l.evidence ? { reason: { label: c.reason[l.status], text: chineseDates(l.reason) } } : {}),
      records: l.records.map((key) => keyLink(ds, key)),
    }),
  );
  const applies = items.filter((i) => i.status !== 'not-applicable');
  const stages = (Object.keys(RULE_STAGES) as RuleStage[])
    .map((id) => ({ id, label: RULE_STAGES[id], items: applies.filter((i) => i.id.startsWith(id)) }))
    .filter((s) => s.items.length > 0);
  return {
    summary: c.summary(count('met'), count('exception'), count('not-applicable'), count('failed'), count('provable-since')),
    stages,
    notApplicable: items.filter((i) => i.status === 'not-applicable'),
  };
}

/** Record `kind/id` as a link to its page. */
function keyLink(ds: Dataset, key: string): Inline {
  const slash = key.indexOf('/');
  return recordLink(ds, key.slice(0, slash) as Kind, key.slice(slash + 1));
}

/** The people answerable for one appointment, by role. */
export interface TrailView {
  /** The round, as a link. */
  round: Inline;
  /** The post appointed to. */
  post: string;
  roles: { role: TrailRole; label: string; people: Inline[] }[];
}

/** Appointments (status appointed) by person, gathered once per dataset. */
const appointedCache = new WeakMap<Dataset, Map<string, { round: string; post: string }[]>>();

function appointedByPerson(ds: Dataset): Map<string, { round: string; post: string }[]> {
  let index = appointedCache.get(ds);
  if (index) return index;
  index = new Map();
  for (const a of ds.byKind.appointments.values()) {
    for (const res of a.data.results) {
      if (res.status !== 'appointed') continue;
      const list = index.get(res.person) ?? [];
      index.set(res.person, list);
      list.push({ round: a.data.round, post: res.post || positionLabel(ds, a.data.round, res.position) });
    }
  }
  appointedCache.set(ds, index);
  return index;
}

/** Every appointment of `personId` (status appointed) with its accountability trail (E3). */
export function appointmentTrails(ds: Dataset, personId: string): TrailView[] {
  return (appointedByPerson(ds).get(personId) ?? []).map((a) => trailView(ds, a.round, personId, a.post));
}

/** The trail of every person a notice appoints: for an appointment notice, each appointed person's; none for other kinds. */
export function trailsOfNotice(ds: Dataset, notice: NoticeEntry): (TrailView & { person: Inline })[] {
  const a = notice.kind === 'appointments' ? ds.byKind.appointments.get(notice.id) : undefined;
  if (!a) return [];
  return a.data.results
    .filter((res) => res.status === 'appointed')
    .map((res) => ({ person: personLink(ds, res.person), ...trailView(ds, a.data.round, res.person, res.post) }));
}

function trailView(ds: Dataset, roundId: string, personId: string, post: string): TrailView {
  const links = accountabilityTrail(ds, roundId, personId);
  const roles = (Object.keys(TRAIL_ROLES) as TrailRole[])
    .map((role) => {
      const seen = new Set<string>();
      const people: Inline[] = [];
      for (const l of links) {
        if (l.role !== role) continue;
        const id = l.person ?? `${l.name}\0${l.unit ?? ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const name: Inline = l.person ? personLink(ds, l.person) : l.name;
        const where = [l.unit, l.post].filter(Boolean).join(' ');
        people.push(where ? [name, `（${where}）`] : name);
      }
      return { role, label: TRAIL_ROLES[role], people };
    })
    .filter((r) => r.people.length > 0);
  return { round: roundLink(ds, roundId), post, roles };
}

/** Evidence as a reader reads it: the rules write ISO dates (2026-11-20), the page says 2026年11月20日. */
export function chineseDates(text: string): string {
  return text.replace(/(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])/g, (iso) => formatDate(iso));
}
