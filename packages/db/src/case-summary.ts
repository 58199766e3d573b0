import {
  addDays,
  addMonths,
  type InterventionRecord,
  type IsoDate,
  type Staircase,
  timeline,
} from '@trappen/staircase';

/** The derived columns a case keeps for fast lists: where the child stands and what is due. */
export interface CaseSummary {
  currentStepId: string | null;
  currentStepRank: number | null;
  /** First day of the current stretch on the step. */
  stepSince: IsoDate | null;
  /** The next follow-up agreed (or, without one, a quarter after the step began). */
  nextFollowUp: IsoDate | null;
  /** The earlier of the next follow-up and the six-month reassessment of the step. */
  nextDeadline: IsoDate | null;
}

/** A follow-up as the summary needs it. */
export interface FollowUpDates {
  date: IsoDate;
  nextDate: IsoDate | null;
}

const DEFAULT_FOLLOW_UP_DAYS = 91;

/**
 * Computes a case's {@link CaseSummary} on `asOf` from its interventions and
 * follow-ups. A follow-up counts as a reassessment of the step.
 *
 * @example
 * ```ts
 * caseSummary(defaultStaircase, [{ code: 'foster-family', start: '2024-01-01' }], [], '2024-03-01');
 * // { currentStepId: 'foster-care', stepSince: '2024-01-01', nextFollowUp: '2024-04-01', nextDeadline: '2024-04-01', … }
 * ```
 */
export function caseSummary(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
  followUps: readonly FollowUpDates[],
  asOf: IsoDate,
): CaseSummary {
  const periods = timeline(staircase, interventions);
  const current = periods.find(
    (period) => period.from <= asOf && (period.to === null || period.to >= asOf),
  );
  if (!current) {
    return {
      currentStepId: null,
      currentStepRank: null,
      stepSince: null,
      nextFollowUp: null,
      nextDeadline: null,
    };
  }
  const step = staircase.steps.find((candidate) => candidate.id === current.step);
  const sorted = [...followUps]
    .filter((f) => f.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const latest = sorted[sorted.length - 1];
  const nextFollowUp =
    latest && latest.date >= current.from
      ? latest.nextDate
      : addDays(current.from, DEFAULT_FOLLOW_UP_DAYS);
  const assessedFrom = latest && latest.date > current.from ? latest.date : current.from;
  const reassessmentDue = addMonths(assessedFrom, step?.maxStayMonths ?? 6);
  const nextDeadline =
    nextFollowUp && nextFollowUp < reassessmentDue ? nextFollowUp : reassessmentDue;
  return {
    currentStepId: current.step,
    currentStepRank: current.rank,
    stepSince: current.from,
    nextFollowUp,
    nextDeadline,
  };
}
