import { addMonths, type IsoDate, timeline } from '@trappen/staircase';
import { asOfDay, type CaseIndex, hasOpenCase, indexInput } from './case-index';
import { DayCache } from './day-cache';
import {
  defineFollowUpRules,
  type FollowUpRules,
  type FollowUpRulesInput,
} from './follow-up-rules';
import type { CaseloadInput } from './input';

/** What a deadline is for. */
export type DeadlineKind = 'followUp' | 'stepReassessment' | 'actionPlan' | 'childAssessment';

/** `ok` (later than the due-soon window), `dueSoon` (due today or within the window) or `overdue`. */
export type DeadlineStatus = 'ok' | 'dueSoon' | 'overdue';

/** One pending deadline for a child. */
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

/** {@link deadlines} on an already indexed input with validated rules. */
export function deadlinesOf(index: CaseIndex, rules: FollowUpRules, day: number): Deadline[] {
  const { days, staircase } = index;
  const out: Deadline[] = [];
  const followUp = rules.followUp;
  const plan = rules.actionPlan;
  const assessment = rules.childAssessment;
  const reassessment = rules.stepReassessment;
  const followUpExempt = new Set(followUp?.exemptSteps);
  const planExempt = new Set(plan?.exemptSteps);
  const reassessmentExempt = new Set(reassessment?.exemptSteps);
  const soon = rules.dueSoonDays;

  const push = (
    childId: string,
    kind: DeadlineKind,
    due: number,
    extra: { interventionId: string } | { step: string } | undefined,
  ): void => {
    const overdue = due < day;
    out.push({
      childId,
      ...extra,
      kind,
      dueDate: days.iso(due),
      status: overdue ? 'overdue' : due - day <= soon ? 'dueSoon' : 'ok',
      daysOverdue: overdue ? day - due : 0,
    });
  };

  for (const child of index.children) {
    if (!hasOpenCase(child, day)) continue;
    let activeCount = 0;
    for (const item of child.interventions) {
      const active = item.start <= day && day <= item.end;
      if (active) activeCount += 1;
      if (followUp && active && !followUpExempt.has(item.step.id)) {
        const cadence = followUp.everyDaysByCode[item.entry.code] ?? item.entry.followUpEveryDays;
        const first = item.start + (followUp.firstAfterDays ?? cadence);
        let last = Number.NEGATIVE_INFINITY;
        for (const f of item.followUpDays) if (f >= item.start && f <= day && f > last) last = f;
        const due = last === Number.NEGATIVE_INFINITY ? first : Math.max(last + cadence, first);
        push(child.id, 'followUp', due, { interventionId: item.record.id });
      }
      if (plan && item.end >= day && !planExempt.has(item.step.id)) {
        const id = item.record.id;
        let covered = false;
        for (const p of child.plans) {
          if (p.day <= day && (p.interventionId === undefined || p.interventionId === id)) {
            covered = true;
            break;
          }
        }
        if (!covered) push(child.id, 'actionPlan', item.start, { interventionId: id });
      }
    }
    if (assessment) {
      for (const a of child.assessments) {
        if (a.started > day || a.completed <= day) continue;
        const due = days.day(addMonths(days.iso(a.started), assessment.months)) as number;
        push(child.id, 'childAssessment', due, undefined);
      }
    }
    if (reassessment && activeCount > 0) {
      const periods = timeline(
        staircase,
        child.interventions.map((item) => item.record),
      );
      for (const period of periods) {
        const from = days.day(period.from) as number;
        const to = period.to === null ? Number.POSITIVE_INFINITY : (days.day(period.to) as number);
        if (from > day || to < day) continue;
        if (reassessmentExempt.has(period.step)) break;
        let since = from;
        for (const r of child.reassessmentDays) if (r > since && r <= day) since = r;
        const months = index.stairs.stepById.get(period.step)?.maxStayMonths ?? 6;
        const due = days.day(addMonths(days.iso(since), months)) as number;
        push(child.id, 'stepReassessment', due, { step: period.step });
        break;
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
  const index = indexInput(input, days);
  return deadlinesOf(index, defineFollowUpRules(rules, index.staircase), day);
}
