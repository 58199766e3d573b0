import {
  and,
  cases,
  caseworkers,
  children,
  type Database,
  desc,
  eq,
  interventions,
  planComments,
  planPublications,
  planReadConfirmations,
} from '@trappen/db';
import { timeline } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { loadStaircase } from './load-staircase';

/**
 * What a guardian may see about one of their children: the staircase position and
 * history of steps, the latest **published** plan, the next meeting and the
 * caseworker's contact details. `null` for any child they are not guardian of.
 */
export async function getParentView(db: Database, user: SessionUser, childId: string) {
  if (!user.guardianOf.includes(childId)) return null;
  const [child] = await db
    .select({ id: children.id, name: children.name })
    .from(children)
    .where(and(eq(children.id, childId), eq(children.municipalityId, user.municipalityId)));
  if (!child) return null;
  const [openCase] = await db
    .select({ case: cases, caseworker: caseworkers })
    .from(cases)
    .leftJoin(caseworkers, eq(caseworkers.id, cases.caseworkerId))
    .where(and(eq(cases.childId, childId), eq(cases.status, 'open')));
  const [[publication], items, staircase, ownComments] = await Promise.all([
    db
      .select()
      .from(planPublications)
      .where(eq(planPublications.childId, childId))
      .orderBy(desc(planPublications.publishedAt))
      .limit(1),
    db
      .select({
        code: interventions.code,
        start: interventions.startDate,
        end: interventions.endDate,
      })
      .from(interventions)
      .where(eq(interventions.childId, childId)),
    loadStaircase(db, user.municipalityId),
    db
      .select({ id: planComments.id, body: planComments.body, createdAt: planComments.createdAt })
      .from(planComments)
      .where(and(eq(planComments.childId, childId), eq(planComments.authorId, user.id)))
      .orderBy(desc(planComments.createdAt)),
  ]);
  const readByMe = publication
    ? ((
        await db
          .select({ readAt: planReadConfirmations.readAt })
          .from(planReadConfirmations)
          .where(
            and(
              eq(planReadConfirmations.publicationId, publication.id),
              eq(planReadConfirmations.userId, user.id),
            ),
          )
      )[0]?.readAt ?? null)
    : null;
  return {
    child,
    openCase: openCase ?? null,
    publication: publication ?? null,
    readByMe,
    staircase,
    stepHistory: timeline(staircase, items),
    ownComments,
  };
}
