import { and, children, type Database, eq, inArray, planPublications } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/** The children a guardian may choose between, with whether a plan has been published. */
export async function listParentChildren(db: Database, user: SessionUser) {
  if (user.guardianOf.length === 0) return [];
  const [rows, published] = await Promise.all([
    db
      .select({ childId: children.id, name: children.name })
      .from(children)
      .where(
        and(
          inArray(children.id, user.guardianOf),
          eq(children.municipalityId, user.municipalityId),
        ),
      )
      .orderBy(children.name),
    db
      .selectDistinct({ childId: planPublications.childId })
      .from(planPublications)
      .where(inArray(planPublications.childId, user.guardianOf)),
  ]);
  const withPlan = new Set(published.map((p) => p.childId));
  return rows.map((row) => ({ ...row, hasPublishedPlan: withPlan.has(row.childId) }));
}
