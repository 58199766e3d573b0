import { and, cases, eq, or, type SQL, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/**
 * The cases a staff member may see, as a SQL condition: always the own municipality;
 * a caseworker their own and their team's cases, a team leader the team's, an
 * administrator all. Any other role sees nothing.
 */
export function caseScope(user: SessionUser): SQL {
  const tenant = eq(cases.municipalityId, user.municipalityId);
  switch (user.role) {
    case 'administrator':
      return tenant;
    case 'teamLeader':
      return user.teamId ? (and(tenant, eq(cases.teamId, user.teamId)) as SQL) : sql`false`;
    case 'caseworker': {
      const own = user.caseworkerId ? eq(cases.caseworkerId, user.caseworkerId) : sql`false`;
      const team = user.teamId ? eq(cases.teamId, user.teamId) : sql`false`;
      return and(tenant, or(own, team)) as SQL;
    }
    default:
      return sql`false`;
  }
}
