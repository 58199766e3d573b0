import { randomUUID } from 'node:crypto';
import { and, businessCases, type Database, desc, eq, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';
import { listBusinessCaseVersions, recordBusinessCaseVersion } from './business-case-versions';
import { changedPaths } from './config-versions';

/** A saved business case as stored. */
export type BusinessCaseRow = typeof businessCases.$inferSelect;

const notFoundCase = () => notFound({ da: 'business casen', en: 'the business case' });

/** The municipality's business cases, most recently saved first. */
export function listBusinessCases(db: Database, municipalityId: string) {
  return db
    .select({
      id: businessCases.id,
      name: businessCases.name,
      version: businessCases.version,
      updatedAt: businessCases.updatedAt,
    })
    .from(businessCases)
    .where(eq(businessCases.municipalityId, municipalityId))
    .orderBy(desc(businessCases.updatedAt));
}

/** One business case of the municipality; `NOT_FOUND` for any other id. */
export async function findBusinessCase(
  db: Database,
  municipalityId: string,
  id: string,
): Promise<BusinessCaseRow> {
  const [row] = await db
    .select()
    .from(businessCases)
    .where(and(eq(businessCases.id, id), eq(businessCases.municipalityId, municipalityId)));
  if (!row) throw notFoundCase();
  return row;
}

/**
 * The saved versions of one of the municipality's business cases, newest first (only
 * `version` when given); `NOT_FOUND` for a case that is not the municipality's.
 */
export async function businessCaseVersions(
  db: Database,
  municipalityId: string,
  id: string,
  version?: number,
) {
  await findBusinessCase(db, municipalityId, id);
  return listBusinessCaseVersions(db, municipalityId, id, version);
}

/**
 * Creates (no `id`) or updates (with `id` and the `version` read) a business case and
 * keeps the saved version with who saved it and which paths changed, in one
 * transaction. A stale `version` is a CONFLICT and writes nothing.
 */
export function saveBusinessCase(
  db: Database,
  user: Pick<SessionUser, 'id' | 'municipalityId'>,
  input: { id?: string | undefined; version?: number | undefined; definition: { name: string } },
): Promise<BusinessCaseRow> {
  const m = user.municipalityId;
  return db.transaction(async (tx) => {
    const values = {
      name: input.definition.name,
      definition: input.definition,
      updatedBy: user.id,
      updatedAt: new Date(),
    };
    const before = input.id ? await findBusinessCase(tx, m, input.id) : undefined;
    const rows = input.id
      ? await tx
          .update(businessCases)
          .set({ ...values, version: sql`${businessCases.version} + 1` })
          .where(
            and(
              eq(businessCases.id, input.id),
              eq(businessCases.municipalityId, m),
              eq(businessCases.version, input.version ?? -1),
            ),
          )
          .returning()
      : await tx
          .insert(businessCases)
          .values({ id: randomUUID(), municipalityId: m, ...values })
          .returning();
    const row = rows[0];
    if (!row) throw conflict();
    await recordBusinessCaseVersion(tx, {
      municipalityId: m,
      businessCaseId: row.id,
      version: row.version,
      definition: row.definition,
      changes: before ? changedPaths(before.definition, row.definition) : [],
      changedBy: user.id,
      changedAt: row.updatedAt,
    });
    return row;
  });
}
