/** The body of a integrity-summaries notice: every field of its kind as display sections. */
import { ui } from '../../i18n/zh-cn.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Entry } from '../../domain/entry.ts';
import { formatNumber } from '../format.ts';
import { date, facts, paragraphs, personLink, type Section } from '../display.ts';
import { yesNo } from './common.ts';

const t = ui.facts;

export function integritySections(ds: Dataset, e: Entry<'integrity-summaries'>): Section[] {
  const d = e.data;
  const g = t.integrity;
  return [
    { type: 'facts', facts: facts([g.person, personLink(ds, d.person)]) },
    {
      type: 'facts',
      heading: g.twoCirclesHeading,
      facts: facts([g.reviewed, yesNo(d.twoCircles.reviewed)], [g.reviewDate, date(d.twoCircles.date)], [g.conclusion, paragraphs(d.twoCircles.conclusion)]),
    },
    { type: 'facts', heading: g.assetsHeading, facts: facts([g.submitted, yesNo(d.assetDeclaration.submitted)], [g.submittedDate, date(d.assetDeclaration.date)]) },
    {
      type: 'facts',
      heading: g.debtsHeading,
      facts: facts([g.atOrAbove(formatNumber(ds.site.rules.debtThreshold)), yesNo(d.debts.atOrAboveThreshold)], [g.repaymentPlan, yesNo(d.debts.repaymentPlanReported)]),
    },
    {
      type: 'facts',
      heading: g.auditHeading,
      facts: facts(
        [g.auditKind, d.audit.kind],
        [g.auditDate, date(d.audit.date)],
        [g.auditConclusion, d.audit.conclusion === 'violation' ? { tag: g.auditConclusions.violation, tone: 'alert' } : g.auditConclusions[d.audit.conclusion]],
        [g.auditSummary, d.audit.summary && paragraphs(d.audit.summary)],
      ),
    },
  ];
}
