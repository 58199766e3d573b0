import { and, type Database, eq, guardians, municipalities, sessions, users } from '@trappen/db';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, TOUCH_AFTER_MS } from './session-policy';
import type { SessionUser } from './session-user';
import { hashToken } from './token';

/**
 * The user behind a session token, or `null` when the token is unknown, expired
 * (idle or absolute), or the user is disabled. Role and guardianships are read fresh,
 * so a revoked role or removed guardianship takes effect on the next request.
 */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      municipalityName: municipalities.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const now = Date.now();
  const idle = now - row.session.lastSeenAt.getTime() > policy.idleMs;
  if (row.user.disabled || idle || row.session.expiresAt.getTime() <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const guardianOf =
    row.user.role === 'parent'
      ? (
          await db
            .select({ childId: guardians.childId })
            .from(guardians)
            .where(
              and(
                eq(guardians.userId, row.user.id),
                eq(guardians.municipalityId, row.user.municipalityId),
              ),
            )
        ).map((g) => g.childId)
      : [];
  return {
    tokenHash,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      role: row.user.role,
      municipalityId: row.user.municipalityId,
      municipalityName: row.municipalityName,
      teamId: row.user.teamId,
      caseworkerId: row.user.caseworkerId,
      guardianOf,
    },
  };
}
