/**
 * Every rule the validator enforces, fired on its own against the sample jurisdiction (望川市):
 * each test copies content/ (without the ledger, whose E1 would object to any edit of a sealed
 * record), makes one small realistic edit to one or two records, and checks that exactly the rule
 * it targets fires. A rule added to the catalog without a mutation here fails the coverage test.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/domain/problem.ts';
import { RULE_CATALOG } from '../../../src/rules/index.ts';
import { validateContent } from '../../../src/pipeline/validate.ts';
import { cleanUp, editRecord } from '../../fixtures/sealed.ts';
import { tmpJurisdiction } from '../../fixtures/tmp-jurisdiction.ts';

/** GONGSHI_TODAY in vitest.config.ts: the publicity of 2026-wjw-fzr is open. */
const TODAY = '2026-11-20';

/** A parsed YAML record, edited in place. */
type Doc = Record<string, any>;

interface Mutation {
  /** What the clerk got wrong, in plain words (the test name). */
  what: string;
  apply: (root: string) => void;
  /** Rules expected to fire when more than the targeted one must (with the reason in a comment). */
  fires?: string[];
}

/** Edit content/`path` as parsed YAML. */
const edit =
  (path: string, change: (d: Doc) => void) =>
  (root: string): void =>
    editRecord(root, path, change);

/** Several edits in a row. */
const all =
  (...steps: ((root: string) => void)[]) =>
  (root: string): void => {
    for (const step of steps) step(root);
  };

/** Delete content/`path` (throws if it is not there, so a renamed sample record fails loudly). */
const remove =
  (path: string) =>
  (root: string): void =>
    rmSync(join(root, 'content', path));

const JTJ_REC = 'recommendations/2026-jtj-fjz-tj.yaml';
const JTJ_NOTICE = 'inspection-notices/2026-jtj-fjz-kcyg.yaml';
const JTJ_REPORT = 'inspection-reports/2026-jtj-fjz-kc-lxc.yaml';
const JTJ_DECISION = 'decisions/2026-jtj-fjz-jd.yaml';
const JTJ_PUBLICITY = 'publicities/2026-jtj-fjz-gs.yaml';
const JTJ_APPOINTMENT = 'appointments/2026-jtj-fjz-rz.yaml';
const JTJ_INTEGRITY = 'integrity-summaries/2026-jtj-fjz-lz-lxc.yaml';
const CZJ_EXAM = 'examinations/2026-czj-jzsg-ks.yaml';

/** One mutation per rule the validator enforces, keyed by rule ID. */
const MUTATIONS: Record<string, Mutation> = {
  P1: { what: 'a 2026 round cites the 2025 annual plan', apply: edit('rounds/2026-jtj-fjz.yaml', (d) => (d.plan = '2025-ndjh')) },
  P2: {
    what: 'the pre-announced recommendation period starts after the meeting recommendation was held',
    apply: edit('pre-announcements/2026-jtj-fjz-yg.yaml', (d) => (d.recommendation.from = '2026-06-25')),
  },
  R1: { what: 'an uninspected candidate is listed without any signed recommender', apply: edit(JTJ_REC, (d) => (d.candidates[2].recommenders = [])) },
  R2: { what: 'an inspectee is dropped from the recommendation record', apply: edit(JTJ_REC, (d) => d.candidates.splice(1, 1)) },
  R3: {
    what: 'a meeting recommendation lists only the one candidate later inspected',
    apply: edit('recommendations/2026-hbj-fjz-tj.yaml', (d) => d.candidates.splice(1, 1)),
  },
  R4: { what: 'site.yaml tightens the recommendation validity to 60 days', apply: edit('site.yaml', (d) => (d.rules.recommendationValidityDays = 60)) },
  I1: { what: 'the inspection notice is published on the day inspection starts', apply: edit(JTJ_NOTICE, (d) => (d.published = '2026-09-07')) },
  I2: {
    what: 'the pre-review names the audit bureau instead of the discipline inspection body',
    apply: edit(JTJ_NOTICE, (d) => (d.preReview.departments[1] = '望川市审计局')),
  },
  I3: { what: 'the 1:1 inspection drops its declared exception', apply: edit('inspection-notices/2026-hbj-fjz-kcyg.yaml', (d) => delete d.exceptions) },
  I4: { what: 'the work report is dated after the inspection period', apply: edit(JTJ_REPORT, (d) => (d.workReport.date = '2026-09-12')) },
  I5: { what: 'the evaluation ratings add up to more than the valid ballots', apply: edit(JTJ_REPORT, (d) => (d.evaluation.ratings.excellent = 40)) },
  I6: { what: 'one team member’s signature is missing from the conclusion', apply: edit(JTJ_REPORT, (d) => d.signatures.splice(1, 1)) },
  I7: {
    what: 'an appeal is resolved after the decision meeting (the report published once it was)',
    apply: edit('inspection-reports/2026-jtj-fjz-kc-swn.yaml', (d) => {
      d.appeals[0].resolved = '2026-09-25';
      d.published = '2026-09-25';
    }),
  },
  I8: { what: 'an inspector’s qualification expires during the inspection', apply: edit('qualifications/kc-guo-ziheng.yaml', (d) => (d.expires = '2026-09-10')) },
  I9: {
    what: 'an inspection team shrinks to one member, who alone signs',
    apply: all(
      edit('inspection-notices/2026-hbj-fjz-kcyg.yaml', (d) => d.team.splice(1, 1)),
      edit('inspection-reports/2026-hbj-fjz-kc-yzb.yaml', (d) => d.signatures.splice(1, 1)),
    ),
  },
  I10: { what: 'the inspection report omits the health status', apply: edit(JTJ_REPORT, (d) => delete d.health) },
  I11: { what: 'a team member signs the conclusion the day before the inspection began', apply: edit(JTJ_REPORT, (d) => (d.signatures[0].date = '2026-09-06')) },
  X1: { what: 'two examiners are published under the same name', apply: edit(CZJ_EXAM, (d) => (d.examiners[1].name = d.examiners[0].name)) },
  X2: { what: 'the last-placed final score does not recompute', apply: edit(CZJ_EXAM, (d) => (d.candidates[4].final = 81.18)) },
  X3: {
    what: 'two ranks are swapped against the final scores',
    apply: edit(CZJ_EXAM, (d) => {
      d.candidates[2].rank = 4;
      d.candidates[3].rank = 3;
    }),
  },
  X4: { what: 'an examiner has not declared freedom from conflict', apply: edit(CZJ_EXAM, (d) => (d.examiners[6].noConflictDeclared = false)) },
  D1: {
    what: 'the procedure record is completed after the meeting (the notice published once it was)',
    apply: edit(JTJ_DECISION, (d) => {
      d.procedureRecords[0].completed = '2026-09-25';
      d.published = '2026-09-25';
    }),
  },
  D2: {
    what: 'only 7 of 11 standing committee members attend',
    apply: edit(JTJ_DECISION, (d) => {
      const away: string[] = d.present.splice(-3, 3);
      d.absent.push(...away.map((person) => ({ person, reason: '出差' })));
      d.ballots = { issued: 7, returned: 7 };
      Object.assign(d.items[0], { yes: 6, no: 0, abstain: 1 });
    }),
  },
  D3: { what: 'a candidate passes with 5 of 11 members voting yes', apply: edit(JTJ_DECISION, (d) => (d.items[0].yes = 5)) },
  D4: { what: 'more ballots are issued than members present', apply: edit(JTJ_DECISION, (d) => (d.ballots.issued = 11)) },
  D5: { what: 'a voter’s decision-maker qualification has expired', apply: edit('qualifications/yr-xu-chengbin.yaml', (d) => (d.expires = '2026-09-01')) },
  D6: { what: 'an absent member is left off the published list', apply: edit(JTJ_DECISION, (d) => (d.absent = [])) },
  D7: { what: 'a post decided by the standing committee is marked for a full-committee vote', apply: edit('rounds/2026-jtj-fjz.yaml', (d) => (d.positions[0].fullCommitteeVote = true)) },
  D10: { what: 'the decision notice is dated the day before its meeting', apply: edit(JTJ_DECISION, (d) => (d.published = '2026-09-23')) },
  D8: { what: 'the audit of a passed candidate found a violation', apply: edit('integrity-summaries/2026-apx-xz-lz-wjh.yaml', (d) => (d.audit.conclusion = 'violation')) },
  G1: { what: 'the publicity notice is published after its window opens', apply: edit('publicities/2026-czj-jzsg-gs.yaml', (d) => (d.published = '2026-07-22')) },
  G2: { what: 'the open publicity window is cut to 4 working days', apply: edit('publicities/2026-wjw-fzr-gs.yaml', (d) => (d.window.to = '2026-11-23')) },
  G3: {
    what: 'the reporting channels no longer list 12380',
    apply: edit('site.yaml', (d) => Object.assign(d.channels, { phone: '0000-12345', website: 'https://jubao.wangchuan.example', sms: '10659' })),
  },
  G4: { what: 'a publicity candidate’s ethnicity is missing', apply: edit('people/luo-qingyan.yaml', (d) => delete d.ethnicity) },
  G5: { what: 'an exceptional promotion omits its circumstances and reasons', apply: edit('publicities/2026-wjw-fzr-gs.yaml', (d) => delete d.candidates[0].exceptional) },
  G6: { what: 'the publicity outcome omits feedback to reporters', apply: edit('publicity-outcomes/2026-jtj-fjz-gsjg.yaml', (d) => delete d.items[0].feedbackToReporters) },
  G7: { what: 'the publicity omits the health check conclusion', apply: edit(JTJ_PUBLICITY, (d) => delete d.candidates[0].healthCheck) },
  A1: { what: 'the appointment takes effect on the last day of the window', apply: edit(JTJ_APPOINTMENT, (d) => (d.results[0].effective = '2026-10-09')) },
  A2: { what: 'the probation lasts six months instead of twelve', apply: edit(JTJ_APPOINTMENT, (d) => (d.results[0].probation.to = '2027-04-14')) },
  A3: { what: 'a candidate passed in April has no published result by November', apply: remove('appointments/2026-apx-xz-rz.yaml') },
  C1: { what: 'the two-circles review is dated after the inspection period', apply: edit(JTJ_INTEGRITY, (d) => (d.twoCircles.date = '2026-09-14')) },
  C2: { what: 'the asset declaration was not submitted', apply: edit(JTJ_INTEGRITY, (d) => (d.assetDeclaration = { submitted: false })) },
  C3: { what: 'a debt above the threshold has no repayment plan reported', apply: edit(JTJ_INTEGRITY, (d) => (d.debts.repaymentPlanReported = false)) },
  C4: {
    what: 'a unit head’s audit is dated after the decision (the summary published once it was)',
    apply: edit('integrity-summaries/2026-apx-xz-lz-wjh.yaml', (d) => {
      d.audit.date = '2026-04-25';
      d.published = '2026-04-25';
    }),
  },
  E2: { what: 'the 2025 findings cite no announcement', apply: edit('supervision-reports/2025-jc-jg.yaml', (d) => delete d.announcement) },
  E3: {
    what: 'the appointed candidate’s procedure record is dropped',
    apply: edit(JTJ_DECISION, (d) => (d.procedureRecords = [])),
    // The trail's procedure signer is the one D1 requires before any decision, so a gap in it is always D1's too.
    fires: ['D1', 'E3'],
  },
  E4: { what: 'the 2025 feedback report is missing', apply: remove('supervision-reports/2025-jc-fk.yaml') },
  E5: {
    what: 'a correction quotes a corrected text the record does not say',
    apply: edit('corrections/2026-hbj-fjz-rz-gz.yaml', (d) => (d.changes[0].to = '公示期间收到反映3件，均经核查不属实。')),
  },
};

/** Distinct rule IDs among the problems; findings outside the rules (shape, references) show as '-'. */
function rulesOf(problems: Problem[]): string[] {
  return [...new Set(problems.map((p) => p.rule ?? '-'))].sort();
}

/** Every problem on one line, so a failure shows what fired. */
function listing(problems: Problem[]): string {
  return problems.map((p) => `${p.rule ?? '-'} ${p.file} ${p.path}: ${p.message}`).join('\n');
}

let root: string | undefined;
afterEach(() => {
  if (root) cleanUp(root);
  root = undefined;
});

describe('sample jurisdiction mutations', () => {
  it('has a mutation for exactly the rules the validator enforces', () => {
    const enforced = RULE_CATALOG.filter((r) => r.enforcedBy === 'rules').map((r) => r.id);
    expect(Object.keys(MUTATIONS).sort()).toEqual([...enforced].sort());
  });

  it('validates the unmutated copy without problems', () => {
    root = tmpJurisdiction();
    const { problems } = validateContent(root, TODAY);
    expect(problems, listing(problems)).toEqual([]);
  });

  it.each(Object.entries(MUTATIONS).map(([id, m]) => [id, m.what, m] as const))('%s fires when %s', (id, _what, m) => {
    root = tmpJurisdiction();
    m.apply(root);
    const { problems } = validateContent(root, TODAY);
    // A non-empty expected set also means at least one problem was reported.
    expect(rulesOf(problems), listing(problems)).toEqual(m.fires ?? [id]);
  });
});
