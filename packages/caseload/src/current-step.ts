import type { Step } from '@trappen/staircase';
import type { IndexedIntervention } from './case-index';

/** The child's current stretch on one step. */
export interface CurrentPeriod {
  /** First day (day number) of the stretch. */
  from: number;
  /** The step. */
  step: Readonly<Step>;
}

/**
 * The stretch on a step that contains `day`, by the rule of `timeline` in
 * `@trappen/staircase`: on each day the child is on the highest step among active
 * interventions, and consecutive days on one step form one period. Computed on day
 * numbers for the one period that contains `day` only, so a whole municipality costs
 * one pass (a property test checks it against `timeline` and `overdueReassessments`).
 * `undefined` when no intervention is active on `day`. Internal.
 */
export function currentPeriod(
  interventions: readonly IndexedIntervention[],
  day: number,
): CurrentPeriod | undefined {
  let step: Readonly<Step> | undefined;
  for (const item of interventions) {
    if (item.start <= day && day <= item.end && (!step || item.step.rank > step.rank))
      step = item.step;
  }
  if (!step) return undefined;
  const rank = step.rank;

  // Back from `day` through interventions on the same step that overlap or touch.
  const same: IndexedIntervention[] = [];
  for (const item of interventions)
    if (item.step.rank === rank && item.start <= day) same.push(item);
  same.sort((a, b) => b.end - a.end);
  let from = day;
  for (const item of same) {
    if (item.end + 1 < from) break; // sorted by end, descending: nothing later can reach back
    if (item.start < from) from = item.start;
  }
  // A higher step inside that stretch ends it: the period starts after the latest one.
  for (const item of interventions) {
    if (item.step.rank > rank && item.start <= day && item.end >= from) from = item.end + 1;
  }
  return { from, step };
}
