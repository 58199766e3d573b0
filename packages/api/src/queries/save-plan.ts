import { randomUUID } from 'node:crypto';
import { actionPlans, and, type Database, eq, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound } from '../errors';
import { findCase } from './find-case';

/** The plan's content; `version` absent creates the case's first plan. */
export interface SavePlanInput {
  caseId: string;
  version?: number | undefined;
  purpose: string;
  goals: string[];
  timeFrameFrom: string;
  timeFrameTo: string;
}

/** Creates or updates (with a version check) the case's action plan draft. */
export async function savePlan(db: Database, user: SessionUser, input: SavePlanInput) {
  const found = await findCase(db, user, input.caseId);
  if (!found) throw notFound();
  if (input.timeFrameTo < input.timeFrameFrom) {
    throw badRequest({ timeFrameTo: ['must not be before the start of the time frame'] });
  }
  const content = {
    purpose: input.purpose,
    goals: input.goals,
    timeFrameFrom: input.timeFrameFrom,
    timeFrameTo: input.timeFrameTo,
    updatedBy: user.id,
    updatedAt: new Date(),
  };
  if (input.version === undefined) {
    const rows = await db
      .insert(actionPlans)
      .values({
        id: randomUUID(),
        municipalityId: found.municipalityId,
        caseId: found.id,
        childId: found.childId,
        ...content,
      })
      .onConflictDoNothing()
      .returning();
    if (rows.length === 0) throw conflict();
    return { plan: rows[0] as typeof actionPlans.$inferSelect, created: true };
  }
  const rows = await db
    .update(actionPlans)
    .set({ ...content, version: sql`${actionPlans.version} + 1` })
    .where(and(eq(actionPlans.caseId, found.id), eq(actionPlans.version, input.version)))
    .returning();
  if (rows.length === 0) throw conflict();
  return { plan: rows[0] as typeof actionPlans.$inferSelect, created: false };
}
