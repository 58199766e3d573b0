import { and, cases, type Database, eq } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { caseScope } from './case-scope';

/** A case the user may see, or `null` — the same for "does not exist" and "not yours". */
export async function findCase(db: Database, user: SessionUser, caseId: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseScope(user)));
  return row ?? null;
}
