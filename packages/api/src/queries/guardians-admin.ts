import { randomUUID } from 'node:crypto';
import { and, type Database, eq, guardians, queryRows, sql } from '@trappen/db';
import { cprHash, normalizeCpr } from '../auth/cpr-hash';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound, problem } from '../errors';
import { caseScope } from './case-scope';

/** A parent of a child as staff see it (never the CPR number). */
export interface GuardianRow {
  id: string;
  childId: string;
  name: string;
  relation: string;
  custody: boolean;
  portalAccess: boolean;
  identified: boolean;
  hasLogin: boolean;
  version: number;
}

const childNotFound = () => notFound({ da: 'barnet', en: 'the child' });
const guardianNotFound = () => notFound({ da: 'forælderen', en: 'the parent' });

/** Throws NOT_FOUND unless the child has a case the staff member may see. */
async function requireChildInScope(db: Database, user: SessionUser, childId: string) {
  const [row] = await queryRows<{ ok: number }>(
    db,
    sql`select 1 as ok from cases where child_id = ${childId} and ${caseScope(user)} limit 1`,
  );
  if (!row) throw childNotFound();
}

const select = sql`select g.id, g.child_id as "childId", g.name, g.relation, g.custody,
    g.portal_access as "portalAccess", g.cpr_hash is not null as identified,
    g.user_id is not null as "hasLogin", g.version from guardians g`;

/** The parents of a child in the staff member's scope. */
export async function listGuardians(db: Database, user: SessionUser, childId: string) {
  await requireChildInScope(db, user, childId);
  return queryRows<GuardianRow>(
    db,
    sql`${select} where g.child_id = ${childId} and g.municipality_id = ${user.municipalityId}
        order by g.custody desc, g.name, g.id`,
  );
}

async function findGuardian(db: Database, user: SessionUser, id: string) {
  const [row] = await queryRows<GuardianRow>(
    db,
    sql`${select} where g.id = ${id} and g.municipality_id = ${user.municipalityId}`,
  );
  if (!row) throw guardianNotFound();
  await requireChildInScope(db, user, row.childId).catch(() => {
    throw guardianNotFound();
  });
  return row;
}

function hashOf(cprKey: string | null, cpr: string | null | undefined): string | null | undefined {
  if (cpr === undefined) return undefined;
  if (cpr === null || cpr === '') return null;
  if (!normalizeCpr(cpr))
    throw badRequest({
      cpr: [problem('CPR-nummeret skal være 10 cifre', 'The CPR number must be 10 digits')],
    });
  if (!cprKey)
    throw badRequest({
      cpr: [
        problem(
          'MitID-login er ikke sat op på serveren, så CPR-nummeret kan ikke gemmes',
          'MitID login is not configured on the server, so the CPR number cannot be stored',
        ),
      ],
    });
  return cprHash(cprKey, cpr);
}

/** A parent to record on a child. */
export interface AddGuardianInput {
  childId: string;
  name: string;
  relation: string;
  custody: boolean;
  /** Defaults to `custody`: custody holders see the plan, others only when granted. */
  portalAccess?: boolean | undefined;
  cpr?: string | null | undefined;
}

/** Records a parent of a child; only the keyed hash of a given CPR number is stored. */
export async function addGuardian(
  db: Database,
  user: SessionUser,
  cprKey: string | null,
  input: AddGuardianInput,
): Promise<GuardianRow> {
  await requireChildInScope(db, user, input.childId);
  const id = randomUUID();
  await db.insert(guardians).values({
    id,
    municipalityId: user.municipalityId,
    childId: input.childId,
    name: input.name,
    relation: input.relation,
    custody: input.custody,
    portalAccess: input.portalAccess ?? input.custody,
    cprHash: hashOf(cprKey, input.cpr) ?? null,
  });
  return findGuardian(db, user, id);
}

/** Changes to a parent's record; absent fields stay. */
export interface UpdateGuardianInput {
  id: string;
  version: number;
  name?: string | undefined;
  relation?: string | undefined;
  custody?: boolean | undefined;
  portalAccess?: boolean | undefined;
  /** A new CPR number, or `null` to forget it. */
  cpr?: string | null | undefined;
}

/**
 * Edits a parent's record, guarded by its version. Portal access granted or withdrawn
 * here takes effect on the parent's next request (sessions read it fresh).
 */
export async function updateGuardian(
  db: Database,
  user: SessionUser,
  cprKey: string | null,
  input: UpdateGuardianInput,
): Promise<GuardianRow> {
  const current = await findGuardian(db, user, input.id);
  const hash = hashOf(cprKey, input.cpr);
  const updated = await db
    .update(guardians)
    .set({
      version: sql`${guardians.version} + 1`,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.relation !== undefined ? { relation: input.relation } : {}),
      ...(input.custody !== undefined ? { custody: input.custody } : {}),
      ...(input.portalAccess !== undefined ? { portalAccess: input.portalAccess } : {}),
      ...(hash !== undefined ? { cprHash: hash } : {}),
    })
    .where(and(eq(guardians.id, current.id), eq(guardians.version, input.version)))
    .returning({ id: guardians.id });
  if (updated.length === 0) throw conflict();
  return findGuardian(db, user, current.id);
}

/** Removes a parent from a child, guarded by the version; their access ends on the next request. */
export async function removeGuardian(
  db: Database,
  user: SessionUser,
  input: { id: string; version: number },
): Promise<GuardianRow> {
  const current = await findGuardian(db, user, input.id);
  const deleted = await db
    .delete(guardians)
    .where(and(eq(guardians.id, current.id), eq(guardians.version, input.version)))
    .returning({ id: guardians.id });
  if (deleted.length === 0) throw conflict();
  return current;
}
