import {
  actionPlans,
  and,
  asc,
  caseAssignments,
  cases,
  caseworkers,
  children,
  type Database,
  desc,
  eq,
  followUps,
  interventions,
  planComments,
  planPublications,
  planReadConfirmations,
  teams,
  users,
} from '@trappen/db';
import { timeline } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { caseScope } from './case-scope';
import { loadStaircase } from './load-staircase';

/** Everything the console's case page shows, or `null` when the case is out of scope. */
export async function getCaseDetail(db: Database, user: SessionUser, caseId: string) {
  const [head] = await db
    .select({ case: cases, child: children, caseworker: caseworkers, team: teams })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(caseworkers, eq(caseworkers.id, cases.caseworkerId))
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .where(and(eq(cases.id, caseId), caseScope(user)));
  if (!head) return null;
  const [items, followUpRows, history, [plan], staircase] = await Promise.all([
    db
      .select()
      .from(interventions)
      .where(eq(interventions.caseId, caseId))
      .orderBy(asc(interventions.startDate)),
    db.select().from(followUps).where(eq(followUps.caseId, caseId)).orderBy(desc(followUps.date)),
    db
      .select({
        caseworkerId: caseAssignments.caseworkerId,
        caseworkerName: caseworkers.name,
        fromDate: caseAssignments.fromDate,
        toDate: caseAssignments.toDate,
      })
      .from(caseAssignments)
      .innerJoin(caseworkers, eq(caseworkers.id, caseAssignments.caseworkerId))
      .where(eq(caseAssignments.caseId, caseId))
      .orderBy(asc(caseAssignments.fromDate)),
    db.select().from(actionPlans).where(eq(actionPlans.caseId, caseId)),
    loadStaircase(db, user.municipalityId),
  ]);
  const [publications, comments, confirmations] = plan
    ? await Promise.all([
        db
          .select()
          .from(planPublications)
          .where(eq(planPublications.planId, plan.id))
          .orderBy(desc(planPublications.publishedAt)),
        db
          .select({
            id: planComments.id,
            body: planComments.body,
            createdAt: planComments.createdAt,
            authorName: users.displayName,
          })
          .from(planComments)
          .innerJoin(users, eq(users.id, planComments.authorId))
          .where(eq(planComments.planId, plan.id))
          .orderBy(desc(planComments.createdAt)),
        db
          .select({
            publicationId: planReadConfirmations.publicationId,
            readAt: planReadConfirmations.readAt,
            userName: users.displayName,
          })
          .from(planReadConfirmations)
          .innerJoin(planPublications, eq(planPublications.id, planReadConfirmations.publicationId))
          .innerJoin(users, eq(users.id, planReadConfirmations.userId))
          .where(eq(planPublications.planId, plan.id)),
      ])
    : [[], [], []];
  const periods = timeline(
    staircase,
    items.map((item) => ({
      id: item.id,
      code: item.code,
      start: item.startDate,
      end: item.endDate,
    })),
  );
  return {
    ...head,
    interventions: items,
    followUps: followUpRows,
    history,
    plan: plan ?? null,
    publications,
    comments,
    confirmations,
    timeline: periods,
  };
}
