import type { IsoDate } from '@trappen/staircase';
import { asOfDay, type CaseIndex, indexInput } from './case-index';
import { currentPeriod } from './current-step';
import { DayCache } from './day-cache';
import {
  defineFollowUpRules,
  type FollowUpRules,
  type FollowUpRulesInput,
} from './follow-up-rules';
import type { CaseloadInput } from './input';

/**
 * What a deadline is for.
 *
 * @example
 * ```ts
 * const kind: DeadlineKind = 'stepReassessment';
 * ```
 */
export type DeadlineKind = 'followUp' | 'stepReassessment' | 'actionPlan' | 'childAssessment';

/**
 * `ok` (later than the due-soon window), `dueSoon` (due today or within the window) or `overdue`.
 *
 * @example
 * ```ts
 * const late = deadlines(input, defaultFollowUpRules, '2024-06-01').filter((d) => d.status === ('overdue' satisfies DeadlineStatus));
 * ```
 */
export type DeadlineStatus = 'ok' | 'dueSoon' | 'overdue';

/**
 * One pending deadline for a child.
 *
 * @example
 * ```ts
 * const d: Deadline = { childId: 'c1', interventionId: 'i1', kind: 'followUp', dueDate: '2024-05-31', status: 'overdue', daysOverdue: 1 };
 * ```
 */
export interface Deadline {
  childId: string;
  /** The intervention, for `followUp` and `actionPlan`. */
  interventionId?: string;
  /** The step, for `stepReassessment`. */
  step?: string;
  kind: DeadlineKind;
  /** The last day the task is on time. */
  dueDate: IsoDate;
  status: DeadlineStatus;
  /** Days past the due date on `asOf`; 0 unless overdue. */
  daysOverdue: number;
}

/** {@link deadlines} on an already indexed input with validated rules. Internal: not exported from the package. */
export function deadlinesOf(index: CaseIndex, rules: FollowUpRules): Deadline[] {
  const { days, day } = index;
  const out: Deadline[] = [];
  const followUp = rules.followUp;
  const plan = rules.actionPlan;
  const assessment = rules.childAssessment;
  const reassessment = rules.stepReassessment;
  const followUpExempt = new Set(followUp?.exemptSteps);
  const planExempt = new Set(plan?.exemptSteps);
  const reassessmentExempt = new Set(reassessment?.exemptSteps);
  const soon = rules.dueSoonDays;

  const status = (due: number): DeadlineStatus =>
    due < day ? 'overdue' : due - day <= soon ? 'dueSoon' : 'ok';

  for (const child of index.children) {
    if (!child.open) continue;
    let activeCount = 0;
    for (const item of child.interventions) {
      const active = item.start <= day && day <= item.end;
      if (active) activeCount += 1;
      if (followUp && active && !followUpExempt.has(item.step.id)) {
        const cadence = followUp.everyDaysByCode[item.entry.code] ?? item.entry.followUpEveryDays;
        const first = item.start + (followUp.firstAfterDays ?? cadence);
        const last = item.lastFollowUp;
        const due = last === Number.NEGATIVE_INFINITY ? first : Math.max(last + cadence, first);
        out.push({
          childId: child.id,
          interventionId: item.record.id,
          kind: 'followUp',
          dueDate: days.iso(due),
          status: status(due),
          daysOverdue: due < day ? day - due : 0,
        });
      }
      if (
        plan &&
        !child.hasChildPlan &&
        !item.hasPlan &&
        item.end >= day &&
        !planExempt.has(item.step.id)
      ) {
        out.push({
          childId: child.id,
          interventionId: item.record.id,
          kind: 'actionPlan',
          dueDate: days.iso(item.start),
          status: status(item.start),
          daysOverdue: item.start < day ? day - item.start : 0,
        });
      }
    }
    if (assessment && child.pendingAssessments) {
      for (const started of child.pendingAssessments) {
        const due = days.addMonths(started, assessment.months);
        out.push({
          childId: child.id,
          kind: 'childAssessment',
          dueDate: days.iso(due),
          status: status(due),
          daysOverdue: due < day ? day - due : 0,
        });
      }
    }
    if (reassessment && activeCount > 0) {
      const period = currentPeriod(child.interventions, day);
      if (period && !reassessmentExempt.has(period.step.id)) {
        const since = Math.max(child.lastReassessment, period.from);
        const due = days.addMonths(since, period.step.maxStayMonths);
        out.push({
          childId: child.id,
          step: period.step.id,
          kind: 'stepReassessment',
          dueDate: days.iso(due),
          status: status(due),
          daysOverdue: due < day ? day - due : 0,
        });
      }
    }
  }
  return out;
}

/**
 * Every pending deadline on `asOf` for children with an open case: the next follow-up
 * of each active intervention, the step reassessment (six-month rule), a missing
 * action plan for an active or coming measure, and unfinished child assessments.
 * Done tasks produce nothing; a closed case never produces a deadline. Grouped by
 * child in input order. Linear in the input size.
 *
 * @example
 * ```ts
 * deadlines(input, defaultFollowUpRules, '2024-06-01');
 * // [{ childId: 'child-1', interventionId: 'i-1', kind: 'followUp', dueDate: '2024-07-15',
 * //    status: 'ok', daysOverdue: 0 }, …]
 * ```
 */
export function deadlines(
  input: CaseloadInput,
  rules: FollowUpRules | FollowUpRulesInput,
  asOf: IsoDate,
): Deadline[] {
  const days = new DayCache();
  const day = asOfDay(days, asOf);
  const index = indexInput(input, day, days);
  return deadlinesOf(index, defineFollowUpRules(rules, index.staircase));
}
