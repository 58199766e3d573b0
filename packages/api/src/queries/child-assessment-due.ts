import {
  and,
  type CaseSummary,
  cases,
  childAssessments,
  type Database,
  eq,
  isNull,
  min,
  type SQL,
} from '@trappen/db';

/**
 * The case summary with an ongoing child assessment's deadline joined in: the next
 * deadline is the earlier of the follow-up deadlines and the assessment's due day, so
 * "my cases", the team's list and the overdue filter show it.
 */
export function withAssessmentDue(summary: CaseSummary, due: string | null): CaseSummary {
  if (due === null) return summary;
  const next = summary.nextDeadline;
  return { ...summary, nextDeadline: next === null || due < next ? due : next };
}

/** The earliest due day of each chosen case's ongoing child assessments. */
export async function assessmentDueByCase(
  db: Database,
  chosen: SQL | undefined,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ caseId: childAssessments.caseId, due: min(childAssessments.dueOn) })
    .from(childAssessments)
    .innerJoin(cases, eq(cases.id, childAssessments.caseId))
    .where(and(chosen, isNull(childAssessments.concludedOn)))
    .groupBy(childAssessments.caseId);
  return new Map(rows.flatMap((r) => (r.due ? [[r.caseId, r.due] as const] : [])));
}
