import { caseSummary, cases, type Database, eq, followUps, interventions } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';

/**
 * Recomputes a case's current step and deadlines after a change to its interventions
 * or follow-ups. Call it inside the transaction of that change.
 */
export async function refreshCaseSummary(
  db: Database,
  staircase: Staircase,
  caseId: string,
  today: string,
): Promise<void> {
  const [items, followUpRows] = await Promise.all([
    db
      .select({
        code: interventions.code,
        start: interventions.startDate,
        end: interventions.endDate,
      })
      .from(interventions)
      .where(eq(interventions.caseId, caseId)),
    db
      .select({ date: followUps.date, nextDate: followUps.nextDate })
      .from(followUps)
      .where(eq(followUps.caseId, caseId)),
  ]);
  const summary = caseSummary(staircase, items, followUpRows, today);
  await db
    .update(cases)
    .set({ ...summary, updatedAt: new Date() })
    .where(eq(cases.id, caseId));
}
