import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/** One staff account with its caseworker record and team, as listed. */
export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: 'caseworker' | 'teamLeader' | 'administrator' | 'councilMember';
  teamId: string | null;
  teamName: string | null;
  caseworkerId: string | null;
  fte: number | null;
  leaveFrom: string | null;
  leaveTo: string | null;
  active: boolean;
  oidcBound: boolean;
  version: number;
}

/**
 * Staff accounts of the caller's municipality (never parents): all of them for an
 * administrator, the own team's for a team leader, or just `id` when given.
 */
export async function listStaff(db: Database, user: SessionUser, id?: string): Promise<StaffRow[]> {
  const scope =
    user.role === 'administrator'
      ? sql`true`
      : user.teamId
        ? sql`u.team_id = ${user.teamId}`
        : sql`false`;
  return queryRows<StaffRow>(
    db,
    sql`select u.id, u.display_name as "name", u.email, u.role, u.team_id as "teamId",
          t.name as "teamName", u.caseworker_id as "caseworkerId", round(c.fte::numeric, 3)::float8 as fte,
          c.leave_from::text as "leaveFrom", c.leave_to::text as "leaveTo",
          not u.disabled as active, u.oidc_subject is not null as "oidcBound", u.version
        from users u
        left join teams t on t.id = u.team_id
        left join caseworkers c on c.id = u.caseworker_id
        where u.municipality_id = ${user.municipalityId} and u.role <> 'parent' and ${scope}
          ${id ? sql`and u.id = ${id}` : sql``}
        order by u.disabled, u.display_name, u.id`,
  );
}
