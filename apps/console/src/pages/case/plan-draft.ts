import type { Plan } from '../../api/types';
import { addDaysIso, todayIso } from '../../lib/dates';

/** What the caseworker edits: the plan's purpose, goals and time frame. */
export interface PlanDraft {
  purpose: string;
  goals: string[];
  timeFrameFrom: string;
  timeFrameTo: string;
}

/** The draft for a saved plan, or an empty one with a six-month time frame. */
export function draftOf(plan: Plan | null): PlanDraft {
  if (!plan) {
    const from = todayIso();
    return { purpose: '', goals: [''], timeFrameFrom: from, timeFrameTo: addDaysIso(from, 182) };
  }
  return {
    purpose: plan.purpose,
    goals: plan.goals.length > 0 ? [...plan.goals] : [''],
    timeFrameFrom: plan.timeFrameFrom,
    timeFrameTo: plan.timeFrameTo,
  };
}

/** Whether two drafts say the same (blank goals ignored). */
export function sameDraft(a: PlanDraft, b: PlanDraft): boolean {
  const goals = (d: PlanDraft) =>
    d.goals
      .map((g) => g.trim())
      .filter(Boolean)
      .join('\n');
  return (
    a.purpose.trim() === b.purpose.trim() &&
    goals(a) === goals(b) &&
    a.timeFrameFrom === b.timeFrameFrom &&
    a.timeFrameTo === b.timeFrameTo
  );
}
