import type { FollowUpRules } from '@trappen/caseload';
import {
  and,
  type CaseSummary,
  cases,
  type Database,
  eq,
  type FollowUpDates,
  followUps,
  interventions,
  queryRows,
  sql,
} from '@trappen/db';
import type { InterventionRecord, Staircase } from '@trappen/staircase';
import { assessmentDueByCase, withAssessmentDue } from './child-assessment-due';
import { caseSummaryByRules } from './rule-set-case-summary';

const groupBy = <T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.caseId);
    if (list) list.push(row);
    else map.set(row.caseId, [row]);
  }
  return map;
};

const same = (a: CaseSummary, b: CaseSummary): boolean =>
  a.currentStepId === b.currentStepId &&
  a.currentStepRank === b.currentStepRank &&
  a.stepSince === b.stepSince &&
  a.nextFollowUp === b.nextFollowUp &&
  a.nextDeadline === b.nextDeadline;

/** Which cases {@link refreshMunicipalitySummaries} recomputes. */
export interface SummaryTarget {
  municipalityId: string;
  /** These cases (open or closed); every open case of the municipality when left out. */
  caseIds?: readonly string[];
}

/**
 * Recomputes the step and deadline summary of cases under `staircase` and `rules`: every
 * open case after the administrator saved new rules or a new staircase, or the cases an
 * import touched, so lists and case pages show the new deadlines at once. Reads three
 * statements and writes only the changed cases, in one statement, in the caller's
 * transaction, holding the lock on the chosen case rows. Returns how many changed.
 */
export async function refreshMunicipalitySummaries(
  db: Database,
  staircase: Staircase,
  rules: FollowUpRules,
  target: SummaryTarget,
  today: string,
): Promise<number> {
  const { municipalityId, caseIds } = target;
  if (caseIds?.length === 0) return 0;
  const chosen = and(
    eq(cases.municipalityId, municipalityId),
    caseIds
      ? sql`${cases.id} in (select jsonb_array_elements_text(${JSON.stringify(caseIds)}::jsonb)::uuid)`
      : eq(cases.status, 'open'),
  );
  // One after the other: on a transaction's single connection, parallel queries only queue.
  // Locked in id order (no deadlock between two refreshes), so a follow-up committing
  // meanwhile waits for this recompute, or this one reads its rows.
  const storedCases = await db
    .select({
      id: cases.id,
      currentStepId: cases.currentStepId,
      currentStepRank: cases.currentStepRank,
      stepSince: cases.stepSince,
      nextFollowUp: cases.nextFollowUp,
      nextDeadline: cases.nextDeadline,
    })
    .from(cases)
    .where(chosen)
    .orderBy(cases.id)
    .for('no key update');
  const items = await db
    .select({
      caseId: interventions.caseId,
      code: interventions.code,
      start: interventions.startDate,
      end: interventions.endDate,
    })
    .from(interventions)
    .innerJoin(cases, eq(cases.id, interventions.caseId))
    .where(chosen);
  const followUpRows = await db
    .select({ caseId: followUps.caseId, date: followUps.date, nextDate: followUps.nextDate })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .where(chosen);
  const dueByCase = await assessmentDueByCase(db, chosen);
  const itemsByCase = groupBy<InterventionRecord & { caseId: string }>(items);
  const followUpsByCase = groupBy<FollowUpDates & { caseId: string }>(followUpRows);
  const changed: (CaseSummary & { id: string })[] = [];
  for (const row of storedCases) {
    const { id, ...stored } = row;
    const next = withAssessmentDue(
      caseSummaryByRules(
        staircase,
        rules,
        itemsByCase.get(id) ?? [],
        followUpsByCase.get(id) ?? [],
        today,
      ),
      dueByCase.get(id) ?? null,
    );
    if (!same(stored, next)) changed.push({ id, ...next });
  }
  if (changed.length === 0) return 0;
  await queryRows(
    db,
    sql`update cases set
          current_step_id = x."currentStepId",
          current_step_rank = x."currentStepRank",
          step_since = x."stepSince",
          next_follow_up = x."nextFollowUp",
          next_deadline = x."nextDeadline"
        from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as x(
          id uuid, "currentStepId" text, "currentStepRank" integer, "stepSince" date,
          "nextFollowUp" date, "nextDeadline" date)
        where cases.id = x.id and cases.municipality_id = ${municipalityId}`,
  );
  return changed.length;
}
