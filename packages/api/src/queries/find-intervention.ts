import { and, cases, type Database, eq, interventions } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { caseScope } from './case-scope';

/** An intervention on a case the user may see, or `null`. */
export async function findIntervention(db: Database, user: SessionUser, interventionId: string) {
  const [row] = await db
    .select({ intervention: interventions })
    .from(interventions)
    .innerJoin(cases, eq(cases.id, interventions.caseId))
    .where(and(eq(interventions.id, interventionId), caseScope(user)));
  return row?.intervention ?? null;
}
