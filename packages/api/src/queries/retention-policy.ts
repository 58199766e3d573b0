import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from '@trappen/caseload';
import { and, type Database, eq, retentionPolicies, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict } from '../errors';

/** A municipality's retention policy as stored, or the default when none is saved. */
export interface StoredRetentionPolicy extends RetentionPolicy {
  /** 0 for the default (never saved); the saved row's version otherwise. */
  version: number;
  configuredBy: string | null;
  configuredAt: string | null;
}

/** The municipality's retention policy; `version` 0 means the default applies. */
export async function loadRetentionPolicy(
  db: Database,
  municipalityId: string,
): Promise<StoredRetentionPolicy> {
  const [row] = await db
    .select()
    .from(retentionPolicies)
    .where(eq(retentionPolicies.municipalityId, municipalityId));
  if (!row)
    return { ...DEFAULT_RETENTION_POLICY, version: 0, configuredBy: null, configuredAt: null };
  return {
    retentionYears: row.retentionYears,
    mode: row.mode === 'anonymise' ? 'anonymise' : 'delete',
    youngPersonAccessAge: row.youngPersonAccessAge,
    version: row.version,
    configuredBy: row.configuredBy,
    configuredAt: row.configuredAt.toISOString(),
  };
}

/**
 * Saves the policy over `version` (0 when the default applied): a stale version is a
 * CONFLICT and writes nothing, so two administrators cannot overwrite each other.
 */
export async function saveRetentionPolicy(
  db: Database,
  user: SessionUser,
  policy: RetentionPolicy,
  version: number,
): Promise<StoredRetentionPolicy> {
  const values = { ...policy, configuredBy: user.id, configuredAt: new Date() };
  const rows =
    version === 0
      ? await db
          .insert(retentionPolicies)
          .values({ municipalityId: user.municipalityId, ...values, version: 1 })
          .onConflictDoNothing()
          .returning({ version: retentionPolicies.version })
      : await db
          .update(retentionPolicies)
          .set({ ...values, version: sql`${retentionPolicies.version} + 1` })
          .where(
            and(
              eq(retentionPolicies.municipalityId, user.municipalityId),
              eq(retentionPolicies.version, version),
            ),
          )
          .returning({ version: retentionPolicies.version });
  if (rows.length === 0) throw conflict();
  return loadRetentionPolicy(db, user.municipalityId);
}
