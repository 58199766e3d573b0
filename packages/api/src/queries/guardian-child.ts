import { actionPlans, and, cases, type Database, desc, eq, planPublications } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/**
 * The open plan and latest publication of a child the user is guardian of, or `null`
 * when they are not (or nothing is published) — the caller answers both the same way.
 */
export async function findGuardianPlan(db: Database, user: SessionUser, childId: string) {
  if (!user.guardianOf.includes(childId)) return null;
  const [row] = await db
    .select({ plan: actionPlans, publication: planPublications })
    .from(planPublications)
    .innerJoin(actionPlans, eq(actionPlans.id, planPublications.planId))
    .innerJoin(cases, eq(cases.id, actionPlans.caseId))
    .where(
      and(eq(planPublications.childId, childId), eq(cases.municipalityId, user.municipalityId)),
    )
    .orderBy(desc(planPublications.publishedAt))
    .limit(1);
  return row ?? null;
}
