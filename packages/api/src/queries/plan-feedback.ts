import { randomUUID } from 'node:crypto';
import { type Database, planComments, planReadConfirmations } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/** A parent's comment on a plan, as stored. */
export type PlanCommentRow = typeof planComments.$inferSelect;

/** Stores a parent's comment on the plan of a child they are guardian of (checked by the caller). */
export async function addPlanComment(
  db: Database,
  user: Pick<SessionUser, 'id' | 'municipalityId'>,
  comment: { planId: string; childId: string; body: string },
): Promise<PlanCommentRow | null> {
  const [row] = await db
    .insert(planComments)
    .values({
      id: randomUUID(),
      municipalityId: user.municipalityId,
      planId: comment.planId,
      childId: comment.childId,
      authorId: user.id,
      body: comment.body,
    })
    .returning();
  return row ?? null;
}

/** Records that the parent has read a publication; a second confirmation changes nothing. */
export async function confirmPlanRead(
  db: Database,
  user: Pick<SessionUser, 'id' | 'municipalityId'>,
  publicationId: string,
): Promise<void> {
  await db
    .insert(planReadConfirmations)
    .values({
      id: randomUUID(),
      municipalityId: user.municipalityId,
      publicationId,
      userId: user.id,
    })
    .onConflictDoNothing();
}
