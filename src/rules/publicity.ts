/** Rules G1–G7: pre-appointment publicity — timing, working days, channels, profile, 破格, outcome, reviews. */
import type { Dataset } from '../domain/dataset.ts';
import type { Entry } from '../domain/entry.ts';
import { CalendarGapError } from '../domain/working-days.ts';
import type { Person } from '../schemas/person.ts';
import { at, defineRule, key, measures, nameOf, overNotices, positionLabel, roundNotices, tiaoli, who, type Finding, type Outcome } from './rule.ts';
import { RULE_EVIDENCE } from '../i18n/zh-cn-rule-evidence.ts';

/** G1: publicity starts after the decision date, and names only candidates the decision passed. */
export const G1 = defineRule({
  id: 'G1',
  sources: [tiaoli(7)],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const d = ds.byKind.decisions.get(pub.data.decision);
      const findings: Finding[] = [];
      const { from } = pub.data.window;
      if (!d) return rule.notApplicable({ round: round.id }, RULE_EVIDENCE.G1.noDecision(pub.data.decision), [key(pub)]);
      const date = d.data.meeting.date;
      if (d.data.round !== round.id)
        findings.push(at(pub, ['decision'], RULE_EVIDENCE.G1.otherRound(d.file, d.data.round)));
      if (from <= date)
        findings.push(at(pub, ['window', 'from'], RULE_EVIDENCE.G1.beforeDecision(from, date)));
      if (pub.data.published > from)
        findings.push(at(pub, ['published'], RULE_EVIDENCE.G1.publishedLate(pub.data.published, from)));
      const others = roundNotices(ds, round.id, 'decisions');
      pub.data.candidates.forEach((c, i) => {
        const passed = (e: Entry<'decisions'>) => e.data.items.some((it) => it.person === c.person && it.position === c.position && it.result === 'passed');
        if (passed(d)) return;
        const elsewhere = others.find((o) => o !== d && passed(o));
        findings.push(
          at(
            pub,
            ['candidates', i, 'person'],
            elsewhere
              ? RULE_EVIDENCE.G1.otherDecision(who(ds, c.person), elsewhere.file, d.file, elsewhere.id)
              : RULE_EVIDENCE.G1.notPassed(who(ds, c.person), d.file, positionLabel(round.data, c.position)),
          ),
        );
      });
      const evidence = RULE_EVIDENCE.G1.evidence(date, from, pub.data.published, pub.data.candidates.length);
      return rule.judge({ round: round.id }, evidence, [key(pub), key(d)], findings);
    });
  },
});

/** G2: the window lasts at least N working days on the official calendar; make-up workdays are reported. */
export const G2 = defineRule({
  id: 'G2',
  sources: [tiaoli(7)],
  params: ['publicityWorkingDays'],
  evaluate(ds, rule) {
    const need = ds.site.rules.publicityWorkingDays;
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const { from, to } = pub.data.window;
      try {
        const n = ds.calendar.countWorkingDays(from, to);
        const makeup = ds.calendar.makeupWorkdaysBetween(from, to);
        const note = RULE_EVIDENCE.G2.makeupNote(makeup.map((m) => RULE_EVIDENCE.G2.makeupDay(m.date, m.for)));
        if (n >= need) return rule.met(scope, RULE_EVIDENCE.G2.evidence(from, to, n, need, note, true), [key(pub)]);
        let until = '';
        try {
          until = RULE_EVIDENCE.G2.extendTo(ds.calendar.addWorkingDays(from, need));
        } catch {
          // the extended end falls in a year without a calendar; the message still names the shortfall
        }
        return rule.failed(scope, RULE_EVIDENCE.G2.evidence(from, to, n, need, note, false), [key(pub)], [
          at(pub, ['window', 'to'], RULE_EVIDENCE.G2.tooShort(from, to, n, note, need, until)),
        ]);
      } catch (err) {
        if (!(err instanceof CalendarGapError)) throw err;
        const path = err.year === Number(from.slice(0, 4)) ? ['window', 'from'] : ['window', 'to'];
        return rule.failed(scope, RULE_EVIDENCE.G2.noCalendar(from, to, err.year), [key(pub)], [
          at(pub, path, RULE_EVIDENCE.G2.addCalendar(from, to, err.year)),
        ]);
      }
    });
  },
});

/** G3: channels include a phone and at least one of letter, website, SMS, with 12380 listed. */
export const G3 = defineRule({
  id: 'G3',
  sources: [measures()],
  evaluate(ds, rule) {
    const site = ds.byKind.site.get('site');
    const ch = ds.site.channels;
    const findings: Finding[] = [];
    const others = [ch.postalAddress && RULE_EVIDENCE.G3.channels.postalAddress, ch.website && RULE_EVIDENCE.G3.channels.website, ch.sms && RULE_EVIDENCE.G3.channels.sms].filter(Boolean);
    if (site && !ch.phone) findings.push(at(site, ['channels', 'phone'], RULE_EVIDENCE.G3.noPhone));
    if (site && others.length === 0) findings.push(at(site, ['channels'], RULE_EVIDENCE.G3.noOther));
    if (site && ![ch.phone, ch.sms, ch.website].some((v) => v?.includes('12380')))
      findings.push(at(site, ['channels'], RULE_EVIDENCE.G3.no12380));
    const evidence = RULE_EVIDENCE.G3.evidence(ch.phone, ch.postalAddress, ch.postcode, ch.website, ch.sms, ch.email);
    return overNotices(ds, 'publicities', (pub, round) => rule.judge({ round: round.id }, evidence, [key(pub), 'site/site'], findings));
  },
});

/** Profile fields a publicity must show, with their labels. */
const PROFILE = Object.entries(RULE_EVIDENCE.G4.profile) as [keyof typeof RULE_EVIDENCE.G4.profile & keyof Person, string][];

/** G4: each candidate's profile is complete. */
export const G4 = defineRule({
  id: 'G4',
  sources: [measures()],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) =>
      pub.data.candidates.map((c) => {
        const person = ds.byKind.people.get(c.person);
        if (!person) return rule.notApplicable({ round: round.id }, RULE_EVIDENCE.G4.noPerson(c.person), [key(pub)]);
        const p = person.data;
        const findings: Finding[] = [];
        const need = RULE_EVIDENCE.G4.required(PROFILE.map((f) => f[1]));
        for (const [field, label] of PROFILE) if (p[field] === undefined) findings.push(at(person, [field], RULE_EVIDENCE.G4.missing(p.name, label, need, field)));
        if (!p.partyJoined && !p.affiliation)
          findings.push(at(person, ['partyJoined'], RULE_EVIDENCE.G4.noPartyJoined(p.name)));
        if (p.currentPosts.length === 0)
          findings.push(at(person, ['currentPosts'], RULE_EVIDENCE.G4.noCurrentPosts(p.name)));
        const evidence = findings.length
          ? RULE_EVIDENCE.G4.incomplete(p.name)
          : RULE_EVIDENCE.G4.complete(p.name, c.proposedPost);
        return rule.judge({ round: round.id }, evidence, [key(pub), key(person)], findings);
      }),
    );
  },
});

/** Mentions of an exceptional promotion, not counting its denial (不属于破格). */
const EXCEPTIONAL = /破格/;
const NOT_EXCEPTIONAL = /(不属于|不是|非|无|没有)破格/;

/** G5: an exceptional promotion states its circumstances and reasons. */
export const G5 = defineRule({
  id: 'G5',
  sources: [tiaoli(6)],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const out: Outcome[] = [];
      const noticeText = `${pub.data.title} ${pub.data.summary ?? ''}`;
      pub.data.candidates.forEach((c, i) => {
        if (c.exceptional) {
          out.push(rule.met(scope, RULE_EVIDENCE.G5.stated(nameOf(ds, c.person), c.exceptional.circumstances, c.exceptional.reasons), [key(pub)]));
          return;
        }
        const mentioned = [c.proposedPost, pub.data.candidates.length === 1 ? noticeText : ''].some((t) => EXCEPTIONAL.test(t) && !NOT_EXCEPTIONAL.test(t));
        if (mentioned)
          out.push(
            rule.failed(scope, RULE_EVIDENCE.G5.unstated(nameOf(ds, c.person)), [key(pub)], [
              at(pub, ['candidates', i, 'exceptional'], RULE_EVIDENCE.G5.unstatedFinding(who(ds, c.person))),
            ]),
          );
      });
      return out.length ? out : [rule.notApplicable(scope, RULE_EVIDENCE.G5.none, [key(pub)])];
    });
  },
});

/** G6: after the window, the handling of reports received is published, with feedback to reporters. */
export const G6 = defineRule({
  id: 'G6',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) => {
      const scope = { round: round.id };
      const { to } = pub.data.window;
      const outcomes = roundNotices(ds, round.id, 'publicity-outcomes').filter((o) => o.data.publicity === pub.id);
      if (outcomes.length === 0) {
        const people = new Set(pub.data.candidates.map((c) => c.person));
        const appointed = roundNotices(ds, round.id, 'appointments').find((a) => a.data.results.some((r) => people.has(r.person)));
        if (appointed)
          return rule.failed(scope, RULE_EVIDENCE.G6.unpublished(to), [key(pub), key(appointed)], [
            at(pub, ['window', 'to'], RULE_EVIDENCE.G6.unpublishedFinding(to, appointed.file)),
          ]);
        return rule.notApplicable(scope, to >= ds.today ? RULE_EVIDENCE.G6.open(to) : RULE_EVIDENCE.G6.awaited(to), [key(pub)]);
      }
      const findings: Finding[] = [];
      const lines: string[] = [];
      for (const o of outcomes) {
        if (o.data.published <= to)
          findings.push(at(o, ['published'], RULE_EVIDENCE.G6.early(o.data.published, to)));
        const listed = new Set(o.data.items.map((i) => i.person));
        const missing = pub.data.candidates.filter((c) => !listed.has(c.person));
        if (missing.length)
          findings.push(at(o, ['items'], RULE_EVIDENCE.G6.missing(missing.map((c) => who(ds, c.person)))));
        o.data.items.forEach((it, i) => {
          if (!pub.data.candidates.some((c) => c.person === it.person))
            findings.push(at(o, ['items', i, 'person'], RULE_EVIDENCE.G6.notCandidate(who(ds, it.person), pub.file)));
          if (it.received - it.pending > 0 && !it.feedbackToReporters)
            findings.push(at(o, ['items', i, 'feedbackToReporters'], RULE_EVIDENCE.G6.noFeedback(it.received - it.pending)));
          lines.push(
            RULE_EVIDENCE.G6.line(nameOf(ds, it.person), it.received, it.substantiated, it.partlySubstantiated, it.unsubstantiated, it.pending),
          );
        });
      }
      const evidence = RULE_EVIDENCE.G6.evidence(lines, outcomes.map((o) => o.data.published));
      return rule.judge(scope, evidence, [key(pub), ...outcomes.map(key)], findings);
    });
  },
});

/** G7: political review and health check conclusions are published. */
export const G7 = defineRule({
  id: 'G7',
  sources: [measures('一(三)2')],
  evaluate(ds, rule) {
    return overNotices(ds, 'publicities', (pub, round) =>
      pub.data.candidates.map((c, i) => {
        const findings: Finding[] = [];
        if (!c.politicalReview) findings.push(at(pub, ['candidates', i, 'politicalReview'], RULE_EVIDENCE.G7.noPoliticalReview(who(ds, c.person))));
        if (!c.healthCheck) findings.push(at(pub, ['candidates', i, 'healthCheck'], RULE_EVIDENCE.G7.noHealthCheck(who(ds, c.person))));
        const evidence = RULE_EVIDENCE.G7.evidence(nameOf(ds, c.person), c.politicalReview, c.healthCheck);
        return rule.judge({ round: round.id }, evidence, [key(pub)], findings);
      }),
    );
  },
});

/** The rules of this stage, in catalog order. */
export const PUBLICITY_RULES = [G1, G2, G3, G4, G5, G6, G7];
