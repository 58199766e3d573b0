import type { FollowUpRules } from '@trappen/caseload';
import { cases, type Database, eq, followUps, interventions, ruleSets } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import { assessmentDueByCase, withAssessmentDue } from './child-assessment-due';
import { followUpRulesOf } from './rule-set';
import { caseSummaryByRules } from './rule-set-case-summary';

/**
 * Recomputes a case's current step and deadlines after a change to its interventions,
 * follow-ups or child assessments, under the municipality's saved follow-up rules (the defaults when none
 * are saved; pass `rules` when the caller has them). Call it inside the transaction of
 * that change. The case row is locked first, so two transactions changing one case
 * recompute one after the other, each from the other's committed rows.
 */
export async function refreshCaseSummary(
  db: Database,
  staircase: Staircase,
  caseId: string,
  today: string,
  rules?: FollowUpRules,
): Promise<void> {
  // Under READ COMMITTED each later statement reads what the lock holder committed. Not
  // FOR UPDATE: that would deadlock with the key-share locks of follow-up inserts.
  await db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('no key update');
  // One after the other: on a transaction's single connection, parallel queries only queue.
  const items = await db
    .select({
      code: interventions.code,
      start: interventions.startDate,
      end: interventions.endDate,
    })
    .from(interventions)
    .where(eq(interventions.caseId, caseId));
  const followUpRows = await db
    .select({ date: followUps.date, nextDate: followUps.nextDate })
    .from(followUps)
    .where(eq(followUps.caseId, caseId));
  const stored = rules
    ? []
    : await db
        .select({ rules: ruleSets.rules })
        .from(ruleSets)
        .innerJoin(cases, eq(cases.municipalityId, ruleSets.municipalityId))
        .where(eq(cases.id, caseId));
  const followUpRules = rules ?? followUpRulesOf(stored[0]?.rules);
  const due = await assessmentDueByCase(db, eq(cases.id, caseId));
  const summary = withAssessmentDue(
    caseSummaryByRules(staircase, followUpRules, items, followUpRows, today),
    due.get(caseId) ?? null,
  );
  await db
    .update(cases)
    .set({ ...summary, updatedAt: new Date() })
    .where(eq(cases.id, caseId));
}
