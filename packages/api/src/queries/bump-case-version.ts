import { and, cases, type Database, eq, sql } from '@trappen/db';
import { conflict } from '../errors';

/**
 * Optimistic concurrency: moves the case from `version` to `version + 1`, or throws
 * `CONFLICT` when someone else got there first (the caller's transaction then rolls
 * back, so nothing is written).
 */
export async function bumpCaseVersion(
  db: Database,
  caseId: string,
  version: number,
): Promise<number> {
  const rows = await db
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning({ version: cases.version });
  if (rows.length === 0) throw conflict();
  return rows[0]?.version as number;
}
