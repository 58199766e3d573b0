import { randomUUID } from 'node:crypto';
import { and, type Database, eq, isNull, queryRows, sql, teams } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound, problem } from '../errors';

/** A team with its number of active members. */
export interface TeamRow {
  id: string;
  name: string;
  retired: boolean;
  members: number;
  version: number;
}

const teamNotFound = () => notFound({ da: 'teamet', en: 'the team' });

/** The teams of the caller's municipality, active first. */
export function listTeams(db: Database, user: SessionUser): Promise<TeamRow[]> {
  return queryRows<TeamRow>(
    db,
    sql`select t.id, t.name, t.retired_at is not null as retired, t.version,
          (select count(*)::int from users u where u.team_id = t.id and not u.disabled) as members
        from teams t where t.municipality_id = ${user.municipalityId}
        order by t.retired_at is not null, t.name, t.id`,
  );
}

async function checkNameFree(db: Database, user: SessionUser, name: string, except?: string) {
  const [taken] = await queryRows<{ id: string }>(
    db,
    sql`select id from teams where municipality_id = ${user.municipalityId}
          and lower(name) = lower(${name}) and retired_at is null
          ${except ? sql`and id <> ${except}` : sql``}`,
  );
  if (taken)
    throw badRequest({
      name: [
        problem(
          `Der findes allerede et team med navnet ${name}`,
          `A team named ${name} already exists`,
        ),
      ],
    });
}

/** Creates a team in the caller's municipality; active team names are unique (case-insensitive). */
export async function createTeam(db: Database, user: SessionUser, name: string) {
  await checkNameFree(db, user, name);
  const id = randomUUID();
  await db.insert(teams).values({ id, municipalityId: user.municipalityId, name });
  return { id };
}

/** Renames an active team, guarded by its version. */
export async function renameTeam(
  db: Database,
  user: SessionUser,
  input: { id: string; version: number; name: string },
) {
  await checkNameFree(db, user, input.name, input.id);
  const updated = await db
    .update(teams)
    .set({ name: input.name, version: sql`${teams.version} + 1` })
    .where(
      and(
        eq(teams.id, input.id),
        eq(teams.version, input.version),
        eq(teams.municipalityId, user.municipalityId),
        isNull(teams.retiredAt),
      ),
    )
    .returning({ id: teams.id });
  if (updated.length === 0) await explainMiss(db, user, input.id);
}

/**
 * Retires a team, guarded by its version. A team with active members or open cases
 * cannot be retired: they are moved first, so no case is left without a team.
 */
export async function retireTeam(
  db: Database,
  user: SessionUser,
  input: { id: string; version: number },
) {
  const [load] = await queryRows<{ members: number; open: number }>(
    db,
    sql`select (select count(*)::int from users where team_id = ${input.id} and not disabled) as members,
          (select count(*)::int from cases where team_id = ${input.id} and status = 'open') as open`,
  );
  if (load && (load.members > 0 || load.open > 0))
    throw badRequest({
      id: [
        problem(
          `Teamet har ${load.members} aktive medarbejdere og ${load.open} åbne sager; flyt dem først`,
          `The team has ${load.members} active members and ${load.open} open cases; move them first`,
        ),
      ],
    });
  const updated = await db
    .update(teams)
    .set({ retiredAt: new Date(), version: sql`${teams.version} + 1` })
    .where(
      and(
        eq(teams.id, input.id),
        eq(teams.version, input.version),
        eq(teams.municipalityId, user.municipalityId),
        isNull(teams.retiredAt),
      ),
    )
    .returning({ id: teams.id });
  if (updated.length === 0) await explainMiss(db, user, input.id);
}

async function explainMiss(db: Database, user: SessionUser, id: string): Promise<never> {
  const [row] = await db
    .select({ retiredAt: teams.retiredAt })
    .from(teams)
    .where(and(eq(teams.id, id), eq(teams.municipalityId, user.municipalityId)));
  if (!row) throw teamNotFound();
  if (row.retiredAt)
    throw badRequest({ id: [problem('Teamet er nedlagt', 'The team is retired')] });
  throw conflict();
}
