import { randomUUID } from 'node:crypto';
import { actionPlans, and, cases, type Database, eq, planPublications } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';
import { link } from '../messages/links';
import { parentMessage } from '../messages/texts';
import { caseScope } from './case-scope';
import { guardianLogins, queueMessages } from './outbox';

/**
 * Publishes the plan version the caller saw to the parents, as a frozen copy.
 * `CONFLICT` when the draft changed since `version`. Idempotent per version: when that
 * version is already published, its publication is returned and none is added.
 */
export async function publishPlan(
  db: Database,
  user: SessionUser,
  planId: string,
  version: number,
) {
  const [found] = await db
    .select({ plan: actionPlans })
    .from(actionPlans)
    .innerJoin(cases, eq(cases.id, actionPlans.caseId))
    .where(and(eq(actionPlans.id, planId), caseScope(user)));
  if (!found) throw notFound();
  // A no-op update both checks the version and locks the row until the copy is written.
  const locked = await db
    .update(actionPlans)
    .set({ version })
    .where(and(eq(actionPlans.id, planId), eq(actionPlans.version, version)))
    .returning();
  const plan = locked[0];
  if (!plan) throw conflict();
  // Read after taking the lock: a publication committed by a parallel call is visible here.
  const [existing] = await db
    .select()
    .from(planPublications)
    .where(
      and(eq(planPublications.planId, plan.id), eq(planPublications.planVersion, plan.version)),
    )
    .orderBy(planPublications.publishedAt)
    .limit(1);
  if (existing) return existing;
  const [publication] = await db
    .insert(planPublications)
    .values({
      id: randomUUID(),
      municipalityId: plan.municipalityId,
      planId: plan.id,
      childId: plan.childId,
      planVersion: plan.version,
      purpose: plan.purpose,
      goals: plan.goals,
      timeFrameFrom: plan.timeFrameFrom,
      timeFrameTo: plan.timeFrameTo,
      publishedBy: user.id,
    })
    .returning();
  const published = publication as typeof planPublications.$inferSelect;
  // The parents are told there is news, in the same transaction (never the plan's content).
  await queueMessages(db, await guardianLogins(db, plan.childId), {
    municipalityId: plan.municipalityId,
    kind: 'planPublished',
    key: `planPublished:${published.id}`,
    essential: false,
    render: (locale) => parentMessage('planPublished', locale, link('/portal/')),
  });
  return published;
}
