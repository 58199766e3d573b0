import type { FollowUpRules } from '@trappen/caseload';
import { type CaseSummary, caseSummary, type FollowUpDates } from '@trappen/db';
import {
  addDays,
  addMonths,
  type InterventionRecord,
  type IsoDate,
  type Staircase,
} from '@trappen/staircase';

const earliest = (dates: readonly (IsoDate | null)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>(
    (min, d) => (d !== null && (min === null || d < min) ? d : min),
    null,
  );

/**
 * A case's {@link CaseSummary} under the municipality's follow-up rules, read the way
 * `@trappen/caseload`'s `deadlines` reads them:
 *
 * - next follow-up: the date agreed at the latest follow-up on the current step; without
 *   one, the latest follow-up plus the cadence, or (no follow-up yet on the step) each
 *   active intervention's start plus `firstAfterDays` or its cadence. The cadence is
 *   `everyDaysByCode` or the catalogue's `followUpEveryDays`. No follow-up rule, or an
 *   exempt step: only an agreed date counts.
 * - step reassessment: the step's `maxStayMonths` after arriving or after the latest
 *   follow-up, unless the rule is off or the step exempt.
 * - next deadline: the earlier of the two.
 */
export function caseSummaryByRules(
  staircase: Staircase,
  rules: FollowUpRules,
  interventions: readonly InterventionRecord[],
  followUps: readonly FollowUpDates[],
  asOf: IsoDate,
): CaseSummary {
  const base = caseSummary(staircase, interventions, followUps, asOf);
  const stepId = base.currentStepId;
  const since = base.stepSince;
  if (stepId === null || since === null) return base;
  const step = staircase.steps.find((candidate) => candidate.id === stepId);
  const latest = followUps
    .filter((f) => f.date <= asOf)
    .reduce<FollowUpDates | undefined>((l, f) => (!l || f.date > l.date ? f : l), undefined);
  const latestOnStep = latest && latest.date >= since ? latest : undefined;

  const followUp = rules.followUp;
  const entryByCode = new Map(staircase.interventions.map((e) => [e.code, e]));
  const active = interventions.filter(
    (item) =>
      item.start <= asOf &&
      (item.end == null || item.end >= asOf) &&
      entryByCode.get(item.code)?.step === stepId,
  );
  const cadenceOf = (code: string) =>
    followUp?.everyDaysByCode[code] ?? entryByCode.get(code)?.followUpEveryDays ?? 91;
  let nextFollowUp: IsoDate | null = latestOnStep?.nextDate ?? null;
  if (nextFollowUp === null && followUp && !followUp.exemptSteps.includes(stepId)) {
    nextFollowUp = earliest(
      active.map((item) => {
        const cadence = cadenceOf(item.code);
        const first = addDays(item.start, followUp.firstAfterDays ?? cadence);
        if (!latestOnStep) return first;
        const next = addDays(latestOnStep.date, cadence);
        return next > first ? next : first;
      }),
    );
  }

  const reassessment = rules.stepReassessment;
  const reassessmentDue =
    reassessment && !reassessment.exemptSteps.includes(stepId)
      ? addMonths(latest && latest.date > since ? latest.date : since, step?.maxStayMonths ?? 6)
      : null;
  return { ...base, nextFollowUp, nextDeadline: earliest([nextFollowUp, reassessmentDue]) };
}
