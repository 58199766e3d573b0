import { and, children, type Database, eq, inArray, planPublications, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/** The children a guardian may choose between, with whether a plan has been published. */
export async function listParentChildren(db: Database, user: SessionUser) {
  if (user.guardianOf.length === 0) return [];
  return db
    .select({
      childId: children.id,
      name: children.name,
      hasPublishedPlan: sql<boolean>`exists (select 1 from ${planPublications} where ${planPublications.childId} = ${children.id})`,
    })
    .from(children)
    .where(
      and(inArray(children.id, user.guardianOf), eq(children.municipalityId, user.municipalityId)),
    )
    .orderBy(children.name);
}
