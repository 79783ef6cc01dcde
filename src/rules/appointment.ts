/** Rules A1–A3: appointment after the window and resolved reports, probation, every decided candidate concluded. */
import { APPOINTMENT_STATUS } from '../i18n/zh-cn-schema-labels.ts';
import { addDays, addMonths, at, defineRule, key, measures, nameOf, overNotices, positionIn, positionLabel, roundNotices, rounds, tiaoli, who, type Finding } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** A1: appointed after the window, not while a report is unresolved; a deferral lasts at most N months. */
export const A1 = defineRule({
  id: 'A1',
  sources: [tiaoli(7)],
  params: ['deferralMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.deferralMonths;
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const pubs = roundNotices(ds, r.id, 'publicities');
      const outcomesOf = roundNotices(ds, r.id, 'publicity-outcomes');
      const appts = roundNotices(ds, r.id, 'appointments');
      return appts.flatMap((a) =>
        a.data.results.map((res, i) => {
          const name = nameOf(ds, res.person);
          if (res.status === 'withdrawn') return rule.notApplicable(scope, RULE_EVIDENCE.A1.withdrawn(name), [key(a)]);
          if (res.status === 'deferred') {
            const limit = addMonths(a.data.published, months);
            const findings: Finding[] = [];
            const until = res.deferredUntil!;
            if (until > limit)
              findings.push(at(a, ['results', i, 'deferredUntil'], RULE_EVIDENCE.A1.deferralTooLong(until, a.data.published, months, limit)));
            const settled = appts.some(
              (b) => b.data.published >= a.data.published && b.data.results.some((x) => x !== res && x.person === res.person && x.position === res.position && x.status !== 'deferred'),
            );
            const due = until < limit ? until : limit;
            if (!settled && ds.today > due)
              findings.push(at(a, ['results', i, 'deferredUntil'], RULE_EVIDENCE.A1.deferralExpired(who(ds, res.person), due)));
            return rule.judge(scope, RULE_EVIDENCE.A1.deferred(name, a.data.published, until, months, settled), [key(a)], findings);
          }
          const pub = pubs.find((p) => p.data.candidates.some((c) => c.person === res.person && c.position === res.position));
          if (!pub)
            return rule.failed(scope, RULE_EVIDENCE.A1.notPublicised(name), [key(a)], [
              at(a, ['results', i, 'person'], RULE_EVIDENCE.A1.noPublicity(who(ds, res.person), positionLabel(r.data, res.position))),
            ]);
          const eff = res.effective!;
          const { to } = pub.data.window;
          const findings: Finding[] = [];
          if (eff <= to) findings.push(at(a, ['results', i, 'effective'], RULE_EVIDENCE.A1.beforeWindowEnd(eff, to)));
          const items = outcomesOf.filter((o) => o.data.publicity === pub.id).flatMap((o) => o.data.items.filter((it) => it.person === res.person).map((it) => ({ o, it })));
          let note: string = RULE_EVIDENCE.A1.reports.resolved;
          for (const { o, it } of items) {
            if (it.pending > 0 && (!it.resolved || it.resolved > eff)) {
              note = RULE_EVIDENCE.A1.reports.pending;
              findings.push(
                at(
                  a,
                  ['results', i, 'effective'],
                  it.resolved
                    ? RULE_EVIDENCE.A1.resolvedLate(who(ds, res.person), it.pending, it.resolved, o.file, eff)
                    : RULE_EVIDENCE.A1.stillPending(who(ds, res.person), it.pending, o.file, eff),
                ),
              );
            }
          }
          if (items.length === 0) note = RULE_EVIDENCE.A1.reports.unpublished;
          return rule.judge(scope, RULE_EVIDENCE.A1.appointed(name, to, eff, note), [key(a), key(pub), ...items.map((x) => key(x.o))], findings);
        }),
      );
    });
  },
});

/** A2: probation recorded where the post requires it, lasting probationMonths. */
export const A2 = defineRule({
  id: 'A2',
  sources: [tiaoli(7)],
  params: ['probationMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.probationMonths;
    return overNotices(ds, 'appointments', (a, r) =>
      a.data.results.flatMap((res, i) => {
        if (res.status !== 'appointed') return [];
        const scope = { round: r.id };
        const name = nameOf(ds, res.person);
        if (!positionIn(r.data, res.position)?.probation) return [rule.notApplicable(scope, RULE_EVIDENCE.A2.noProbation(name, positionLabel(r.data, res.position)), [key(a)])];
        const p = res.probation;
        const findings: Finding[] = [];
        if (!p) {
          findings.push(
            at(a, ['results', i, 'probation'], RULE_EVIDENCE.A2.probationMissing(positionLabel(r.data, res.position), who(ds, res.person), months)),
          );
          return [rule.judge(scope, RULE_EVIDENCE.A2.probationUnstated(name), [key(a)], findings)];
        }
        const end = addMonths(p.from, months);
        if (p.to !== end && p.to !== addDays(end, -1))
          findings.push(at(a, ['results', i, 'probation', 'to'], RULE_EVIDENCE.A2.wrongLength(p.from, p.to, months, addDays(end, -1))));
        if (res.effective && p.from < res.effective)
          findings.push(at(a, ['results', i, 'probation', 'from'], RULE_EVIDENCE.A2.startsEarly(p.from, res.effective)));
        return [rule.judge(scope, RULE_EVIDENCE.A2.evidence(name, p.from, p.to, months), [key(a)], findings)];
      }),
    );
  },
});

/** A3: every candidate a decision passed ends in a published result within the deferral period after the window. */
export const A3 = defineRule({
  id: 'A3',
  sources: [measures('一(二)4')],
  params: ['deferralMonths'],
  evaluate(ds, rule) {
    const months = ds.site.rules.deferralMonths;
    return rounds(ds).flatMap((r) => {
      const scope = { round: r.id };
      const appts = roundNotices(ds, r.id, 'appointments');
      const pubs = roundNotices(ds, r.id, 'publicities');
      return roundNotices(ds, r.id, 'decisions').flatMap((d) =>
        d.data.items.flatMap((item, i) => {
          if (item.result !== 'passed') return [];
          const name = nameOf(ds, item.person);
          const results = appts.flatMap((a) => a.data.results.filter((x) => x.person === item.person && x.position === item.position).map((x) => ({ a, x })));
          const last = results.at(-1);
          if (last) return [rule.judge(scope, RULE_EVIDENCE.A3.concluded(name, APPOINTMENT_STATUS[last.x.status], last.a.data.published), [key(d), ...results.map((x) => key(x.a))], [])];
          const pub = pubs.find((p) => p.data.candidates.some((c) => c.person === item.person && c.position === item.position));
          const since = pub ? pub.data.window.to : d.data.meeting.date;
          const due = addMonths(since, months);
          if (ds.today <= due)
            return [rule.notApplicable(scope, RULE_EVIDENCE.A3.awaited(name, since, !!pub), [key(d), ...(pub ? [key(pub)] : [])])];
          return [
            rule.failed(scope, RULE_EVIDENCE.A3.overdue(name, since, !!pub, months), [key(d), ...(pub ? [key(pub)] : [])], [
              at(
                d,
                ['items', i, 'person'],
                RULE_EVIDENCE.A3.overdueFinding(who(ds, item.person), since, !!pub, months, due),
              ),
            ]),
          ];
        }),
      );
    });
  },
});

/** The rules of this stage, in catalog order. */
export const APPOINTMENT_RULES = [A1, A2, A3];
