import { randomUUID } from 'node:crypto';
import { caseworkers, type Database, users } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, problem } from '../errors';
import { activeTeam, checkLeave, checkTeamForRole, type LeaveInput } from './staff-rules';

/** A new staff account as the administrator enters it. */
export interface CreateStaffInput extends LeaveInput {
  name: string;
  email: string;
  role: 'caseworker' | 'teamLeader' | 'administrator' | 'councilMember';
  teamId?: string | null | undefined;
  fte?: number | undefined;
}

/**
 * Creates a staff account in the caller's municipality, without a password: the person
 * logs in through the municipality's identity provider, matched by work e-mail. A
 * caseworker also gets the caseworker record their cases, FTE and leave hang on. The
 * e-mail is unique across the service; a taken one is a field error, race-free.
 */
export async function createStaff(
  db: Database,
  user: SessionUser,
  input: CreateStaffInput,
  today: string,
): Promise<{ id: string }> {
  checkLeave(input);
  checkTeamForRole(input.role, input.teamId);
  const teamId = input.teamId ? (await activeTeam(db, user, input.teamId)).id : null;
  if (input.role !== 'caseworker' && (input.fte !== undefined || input.leaveFrom))
    throw badRequest({
      fte: [
        problem(
          'Normering og orlov registreres kun for sagsbehandlere',
          'FTE and leave are recorded for caseworkers only',
        ),
      ],
    });
  const id = randomUUID();
  let caseworkerId: string | null = null;
  if (input.role === 'caseworker' && teamId) {
    caseworkerId = randomUUID();
    await db.insert(caseworkers).values({
      id: caseworkerId,
      municipalityId: user.municipalityId,
      teamId,
      name: input.name,
      email: input.email,
      phone: '',
      fte: input.fte ?? 1,
      startedOn: today,
      leaveFrom: input.leaveFrom ?? null,
      leaveTo: input.leaveTo ?? null,
    });
  }
  const inserted = await db
    .insert(users)
    .values({
      id,
      municipalityId: user.municipalityId,
      email: input.email,
      displayName: input.name,
      role: input.role,
      passwordHash: null,
      teamId,
      caseworkerId,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (inserted.length === 0)
    throw badRequest({
      email: [
        problem(
          `Der findes allerede en bruger med e-mailen ${input.email}`,
          `There is already a user with the e-mail ${input.email}`,
        ),
      ],
    });
  return { id };
}
