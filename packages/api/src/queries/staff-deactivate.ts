import { and, caseworkers, type Database, eq, queryRows, sessions, sql, users } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound, problem } from '../errors';
import { listStaff } from './staff-list';

/** An open case left by a leaver, to be reassigned. */
export interface LeftCase {
  caseId: string;
  childReference: string;
  version: number;
}

/**
 * Deactivates a leaver in the caller's transaction, guarded by the account's version:
 * the account is disabled, every session of theirs is deleted (the next request with
 * their cookie is refused), and a caseworker record ends today. Returns their open
 * cases, which stay with them until a leader reassigns them.
 */
export async function deactivateStaff(
  db: Database,
  user: SessionUser,
  input: { id: string; version: number },
  today: string,
): Promise<{ openCases: LeftCase[] }> {
  const [current] = await listStaff(db, user, input.id);
  if (!current) throw notFound({ da: 'medarbejderen', en: 'the staff member' });
  if (current.id === user.id)
    throw badRequest({
      id: [problem('Du kan ikke deaktivere dig selv', 'You cannot deactivate yourself')],
    });
  if (!current.active)
    throw badRequest({
      id: [
        problem('Medarbejderen er allerede deaktiveret', 'The staff member is already deactivated'),
      ],
    });
  const guarded = await db
    .update(users)
    .set({ disabled: true, version: sql`${users.version} + 1` })
    .where(
      and(
        eq(users.id, current.id),
        eq(users.version, input.version),
        eq(users.municipalityId, user.municipalityId),
      ),
    )
    .returning({ id: users.id });
  if (guarded.length === 0) throw conflict();
  await db.delete(sessions).where(eq(sessions.userId, current.id));
  if (!current.caseworkerId) return { openCases: [] };
  await db
    .update(caseworkers)
    .set({ endedOn: today })
    .where(eq(caseworkers.id, current.caseworkerId));
  const openCases = await queryRows<LeftCase>(
    db,
    sql`select c.id as "caseId", ch.reference as "childReference", c.version
        from cases c join children ch on ch.id = c.child_id
        where c.caseworker_id = ${current.caseworkerId} and c.status = 'open'
          and c.municipality_id = ${user.municipalityId}
        order by ch.reference`,
  );
  return { openCases };
}
