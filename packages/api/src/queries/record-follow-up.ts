import { randomUUID } from 'node:crypto';
import type { FollowUpRules } from '@trappen/caseload';
import { and, type Database, eq, followUps, interventions, sql } from '@trappen/db';
import { addDays, type Staircase } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound } from '../errors';
import { activeCatalogueEntry, catalogueEntry } from './catalogue';
import { findIntervention } from './find-intervention';
import { refreshCaseSummary } from './refresh-case-summary';

/** A follow-up on an active intervention and what it decided. */
export interface RecordFollowUpInput {
  interventionId: string;
  interventionVersion: number;
  date: string;
  outcome: 'continue' | 'stepDown' | 'stepUp' | 'end';
  childHeard: boolean;
  nextDate?: string | null | undefined;
  note: string;
  /** For stepDown/stepUp: the intervention that replaces the current one from `date`. */
  next?:
    | {
        code: string;
        provider: string;
        dailyRate?: number | null | undefined;
        plannedEnd?: string | null | undefined;
      }
    | undefined;
}

/**
 * Records a follow-up. `stepDown`/`stepUp` end the intervention the day before `date`
 * and start `next` on `date` (which must be on a lower/higher step); `end` ends it on
 * `date`. All in the caller's transaction, guarded by the intervention's version. The
 * case's deadlines are then recomputed under the municipality's follow-up `rules`.
 */
export async function recordFollowUp(
  db: Database,
  user: SessionUser,
  staircase: Staircase,
  input: RecordFollowUpInput,
  today: string,
  rules?: FollowUpRules,
) {
  const current = await findIntervention(db, user, input.interventionId);
  if (!current) throw notFound();
  if (current.endDate !== null && current.endDate < input.date) {
    throw badRequest({ interventionId: ['the intervention has already ended'] });
  }
  if (input.date < current.startDate)
    throw badRequest({ date: ['is before the intervention started'] });
  if (input.nextDate && input.nextDate <= input.date)
    throw badRequest({ nextDate: ['must be after the follow-up date'] });
  const moves = input.outcome === 'stepDown' || input.outcome === 'stepUp';
  let nextRank = 0;
  if (moves) {
    if (!input.next) throw badRequest({ next: ['choose the intervention the child moves to'] });
    const currentRank = catalogueEntry(staircase, current.code, 'interventionId').rank;
    nextRank = activeCatalogueEntry(staircase, input.next.code, 'next.code').rank;
    if (input.outcome === 'stepDown' && nextRank >= currentRank) {
      throw badRequest({ 'next.code': ['must be on a lower step than the current intervention'] });
    }
    if (input.outcome === 'stepUp' && nextRank <= currentRank) {
      throw badRequest({ 'next.code': ['must be on a higher step than the current intervention'] });
    }
  }
  const endDate =
    input.outcome === 'end'
      ? input.date
      : moves
        ? addDays(input.date, -1) < current.startDate
          ? current.startDate
          : addDays(input.date, -1)
        : null;
  const guarded = await db
    .update(interventions)
    .set({
      version: sql`${interventions.version} + 1`,
      updatedAt: new Date(),
      ...(endDate ? { endDate } : {}),
    })
    .where(
      and(eq(interventions.id, current.id), eq(interventions.version, input.interventionVersion)),
    )
    .returning({ id: interventions.id });
  if (guarded.length === 0) throw conflict();
  let nextIntervention: typeof interventions.$inferSelect | null = null;
  if (moves && input.next) {
    const [row] = await db
      .insert(interventions)
      .values({
        id: randomUUID(),
        municipalityId: current.municipalityId,
        caseId: current.caseId,
        childId: current.childId,
        code: input.next.code,
        startDate: input.date,
        plannedEnd: input.next.plannedEnd ?? null,
        provider: input.next.provider,
        dailyRate:
          input.next.dailyRate ??
          catalogueEntry(staircase, input.next.code).entry.defaultDailyRate ??
          null,
      })
      .returning();
    nextIntervention = row ?? null;
  }
  const [followUp] = await db
    .insert(followUps)
    .values({
      id: randomUUID(),
      municipalityId: current.municipalityId,
      caseId: current.caseId,
      interventionId: current.id,
      date: input.date,
      outcome: input.outcome,
      childHeard: input.childHeard,
      nextDate: input.nextDate ?? null,
      note: input.note,
      recordedBy: user.id,
    })
    .returning();
  await refreshCaseSummary(db, staircase, current.caseId, today, rules);
  return {
    followUp: followUp as typeof followUps.$inferSelect,
    intervention: current,
    nextIntervention,
  };
}
