import { randomUUID } from 'node:crypto';
import { and, cases, caseworkers, type Database, eq, ne, sql, users } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, forbidden, notFound, problem } from '../errors';
import { listStaff, type StaffRow } from './staff-list';
import { activeTeam, checkLeave, checkTeamForRole, type LeaveInput } from './staff-rules';

/** Changes to a staff account; absent fields stay as they are. */
export interface UpdateStaffInput extends LeaveInput {
  id: string;
  version: number;
  name?: string | undefined;
  email?: string | undefined;
  role?: StaffRow['role'] | undefined;
  teamId?: string | null | undefined;
  fte?: number | undefined;
}

// A team leader plans their team's capacity; who works where and with which role is the administrator's.
const LEADER_FIELDS = new Set(['id', 'version', 'fte', 'leaveFrom', 'leaveTo']);

/**
 * Edits a staff account in the caller's transaction, guarded by its version (CONFLICT
 * when stale). An administrator may change everything; a team leader only FTE and
 * leave of their own team's members. A caseworker's open cases follow them to a new
 * team. Returns the names of the changed fields, for the audit row.
 */
export async function updateStaff(
  db: Database,
  user: SessionUser,
  input: UpdateStaffInput,
  today: string,
): Promise<{ changed: string[] }> {
  const [current] = await listStaff(db, user, input.id);
  if (!current) throw notFound({ da: 'medarbejderen', en: 'the staff member' });
  const changed = Object.keys(input).filter(
    (k) => k !== 'id' && k !== 'version' && input[k as keyof UpdateStaffInput] !== undefined,
  );
  if (user.role !== 'administrator' && changed.some((k) => !LEADER_FIELDS.has(k)))
    throw forbidden();
  const role = input.role ?? current.role;
  const teamId = input.teamId !== undefined ? input.teamId : current.teamId;
  checkTeamForRole(role, teamId);
  if (input.teamId && input.teamId !== current.teamId) await activeTeam(db, user, input.teamId);
  const leave = {
    leaveFrom: input.leaveFrom !== undefined ? input.leaveFrom : current.leaveFrom,
    leaveTo: input.leaveTo !== undefined ? input.leaveTo : current.leaveTo,
  };
  checkLeave(leave);
  const hasCaseworkerFields = input.fte !== undefined || input.leaveFrom !== undefined;
  if (hasCaseworkerFields && role !== 'caseworker' && !current.caseworkerId)
    throw badRequest({
      fte: [
        problem(
          'Normering og orlov registreres kun for sagsbehandlere',
          'FTE and leave are recorded for caseworkers only',
        ),
      ],
    });
  if (input.email && input.email !== current.email) {
    const [taken] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, input.email), ne(users.id, current.id)));
    if (taken)
      throw badRequest({
        email: [
          problem(
            `Der findes allerede en bruger med e-mailen ${input.email}`,
            `There is already a user with the e-mail ${input.email}`,
          ),
        ],
      });
  }
  let caseworkerId = current.caseworkerId;
  if (role === 'caseworker' && !caseworkerId && teamId) {
    caseworkerId = randomUUID();
    await db.insert(caseworkers).values({
      id: caseworkerId,
      municipalityId: user.municipalityId,
      teamId,
      name: input.name ?? current.name,
      email: input.email ?? current.email,
      phone: '',
      fte: input.fte ?? 1,
      startedOn: today,
      ...leave,
    });
  }
  const guarded = await db
    .update(users)
    .set({
      version: sql`${users.version} + 1`,
      displayName: input.name ?? current.name,
      email: input.email ?? current.email,
      role,
      teamId,
      caseworkerId,
    })
    .where(
      and(
        eq(users.id, current.id),
        eq(users.version, input.version),
        eq(users.municipalityId, user.municipalityId),
      ),
    )
    .returning({ id: users.id });
  if (guarded.length === 0) throw conflict();
  if (caseworkerId) {
    await db
      .update(caseworkers)
      .set({
        name: input.name ?? current.name,
        email: input.email ?? current.email,
        ...(teamId ? { teamId } : {}),
        ...(input.fte !== undefined ? { fte: input.fte } : {}),
        ...leave,
      })
      .where(eq(caseworkers.id, caseworkerId));
    if (teamId && teamId !== current.teamId)
      await db
        .update(cases)
        .set({ teamId })
        .where(and(eq(cases.caseworkerId, caseworkerId), eq(cases.status, 'open')));
  }
  return { changed };
}
