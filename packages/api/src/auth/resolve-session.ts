import { type Database, preparedRows, sql } from '@trappen/db';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, TOUCH_AFTER_MS } from './session-policy';
import type { Role, SessionUser } from './session-user';
import { hashToken } from './token';

interface SessionRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  municipality_id: string;
  municipality_name: string;
  team_id: string | null;
  caseworker_id: string | null;
  disabled: boolean;
  last_seen_ms: number;
  expires_ms: number;
  guardian_of: string[] | string;
}

/**
 * The user behind a session token, or `null` when the token is unknown, expired
 * (idle or absolute), or the user is disabled. Role and guardianships (with portal
 * access) are read fresh, so a revoked role, a deactivated account or withdrawn portal
 * access takes effect on the next request.
 */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  // Session, user, municipality and (for parents) guardianships in one round trip: this
  // runs before every API call.
  const [row] = await preparedRows<SessionRow>(
    db,
    sql`select u.id, u.email, u.display_name, u.role, u.municipality_id,
        m.name as municipality_name, u.team_id, u.caseworker_id, u.disabled,
        (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms,
        (extract(epoch from s.expires_at) * 1000)::float8 as expires_ms,
        case when u.role = 'parent' then (
          select coalesce(json_agg(g.child_id), '[]'::json) from guardians g
          where g.user_id = u.id and g.municipality_id = u.municipality_id and g.portal_access
        ) else '[]'::json end as guardian_of
      from sessions s
      join users u on u.id = s.user_id
      join municipalities m on m.id = u.municipality_id
      where s.token_hash = ${tokenHash}`,
  );
  if (!row) return null;
  const now = Date.now();
  const lastSeen = Number(row.last_seen_ms);
  const idle = now - lastSeen > policy.idleMs;
  if (row.disabled || idle || Number(row.expires_ms) <= now) {
    await db.execute(sql`delete from sessions where token_hash = ${tokenHash}`);
    return null;
  }
  if (now - lastSeen > TOUCH_AFTER_MS) {
    await db.execute(
      sql`update sessions set last_seen_at = ${new Date(now).toISOString()}::timestamptz
        where token_hash = ${tokenHash}`,
    );
  }
  const guardianOf =
    typeof row.guardian_of === 'string'
      ? (JSON.parse(row.guardian_of) as string[])
      : row.guardian_of;
  return {
    tokenHash,
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
      teamId: row.team_id,
      caseworkerId: row.caseworker_id,
      guardianOf,
    },
  };
}
