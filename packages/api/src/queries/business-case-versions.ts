import { and, businessCaseKind, configVersions, type Database, desc, eq, users } from '@trappen/db';
import { recordConfigVersion } from './config-versions';

// Business case versions live in `config_versions` under a kind of their own per case
// (`businessCaseKind`), so their history needs no new table.

/** One saved version of a business case. */
export interface BusinessCaseVersionRow {
  version: number;
  definition: unknown;
  changes: string[];
  changedBy: string | null;
  changedAt: Date;
}

/** Writes one history row for a saved business case version, in the caller's transaction. */
export async function recordBusinessCaseVersion(
  db: Database,
  row: {
    municipalityId: string;
    businessCaseId: string;
    version: number;
    definition: unknown;
    changes: string[];
    changedBy: string | null;
    changedAt?: Date;
  },
): Promise<void> {
  const { businessCaseId, ...rest } = row;
  await recordConfigVersion(db, { ...rest, kind: businessCaseKind(businessCaseId) });
}

/** A business case's saved versions, newest first, with who saved each (display name). */
export async function listBusinessCaseVersions(
  db: Database,
  municipalityId: string,
  businessCaseId: string,
  version?: number,
): Promise<BusinessCaseVersionRow[]> {
  const rows = await db
    .select({
      version: configVersions.version,
      definition: configVersions.definition,
      changes: configVersions.changes,
      changedBy: users.displayName,
      changedAt: configVersions.changedAt,
    })
    .from(configVersions)
    .leftJoin(users, eq(users.id, configVersions.changedBy))
    .where(
      and(
        eq(configVersions.municipalityId, municipalityId),
        eq(configVersions.kind, businessCaseKind(businessCaseId)),
        version === undefined ? undefined : eq(configVersions.version, version),
      ),
    )
    .orderBy(desc(configVersions.version))
    .limit(200);
  return rows.map((r) => ({
    ...r,
    changes: Array.isArray(r.changes) ? r.changes.map(String) : [],
  }));
}
