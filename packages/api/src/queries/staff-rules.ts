import { and, type Database, eq, isNull, teams } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, problem } from '../errors';

/** Roles that belong to a team. */
export const TEAM_ROLES: readonly string[] = ['caseworker', 'teamLeader'];

/** A leave period's dates, each optional; both or neither. */
export interface LeaveInput {
  leaveFrom?: string | null | undefined;
  leaveTo?: string | null | undefined;
}

/** Refuses a leave period with one end only or ending before it starts. */
export function checkLeave(input: LeaveInput): void {
  const from = input.leaveFrom ?? null;
  const to = input.leaveTo ?? null;
  if ((from === null) !== (to === null))
    throw badRequest({
      [from === null ? 'leaveFrom' : 'leaveTo']: [
        problem('Orloven skal have både start og slut', 'Leave needs both a start and an end'),
      ],
    });
  if (from !== null && to !== null && to < from)
    throw badRequest({
      leaveTo: [problem(`${to} ligger før orlovens start`, `${to} is before the leave starts`)],
    });
}

/** The active team `teamId` of the caller's municipality, or a field error. */
export async function activeTeam(db: Database, user: SessionUser, teamId: string) {
  const [team] = await db
    .select()
    .from(teams)
    .where(
      and(
        eq(teams.id, teamId),
        eq(teams.municipalityId, user.municipalityId),
        isNull(teams.retiredAt),
      ),
    );
  if (!team)
    throw badRequest({
      teamId: [
        problem('Vælg et aktivt team i kommunen', 'Choose an active team in the municipality'),
      ],
    });
  return team;
}

/** A role that needs a team must have one. */
export function checkTeamForRole(role: string, teamId: string | null | undefined): void {
  if (TEAM_ROLES.includes(role) && !teamId)
    throw badRequest({
      teamId: [problem('Rollen kræver et team', 'This role needs a team')],
    });
}
