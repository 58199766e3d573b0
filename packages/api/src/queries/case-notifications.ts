import { type Database, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { notFound } from '../errors';
import { findCase } from './find-case';
import { loadNotifications } from './load-notifications';

/**
 * The intake notifications linked to a case the caller may see, or about its child:
 * repeated notifications about one child all show on the case.
 */
export async function caseNotifications(
  db: Database,
  user: SessionUser,
  caseId: string,
  now: Date,
) {
  const found = await findCase(db, user, caseId);
  if (!found) throw notFound();
  const items = await loadNotifications(
    db,
    user,
    sql`(n.case_id = ${found.id} or n.child_id = ${found.childId})`,
    now,
  );
  return { childId: found.childId, items };
}
