import { and, type Database, eq, interventions, sql } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { badRequest, conflict, notFound } from '../errors';
import { catalogueEntry } from './catalogue';
import { findIntervention } from './find-intervention';
import { refreshCaseSummary } from './refresh-case-summary';

/** Changes to an intervention; `version` is the one the caller read. */
export interface UpdateInterventionInput {
  id: string;
  version: number;
  code?: string | undefined;
  startDate?: string | undefined;
  plannedEnd?: string | null | undefined;
  endDate?: string | null | undefined;
  provider?: string | undefined;
  dailyRate?: number | null | undefined;
}

/**
 * Changes (or ends, via `endDate`) an intervention if nobody changed it since
 * `version`; otherwise `CONFLICT` and nothing is written.
 */
export async function updateIntervention(
  db: Database,
  user: SessionUser,
  staircase: Staircase,
  input: UpdateInterventionInput,
  today: string,
) {
  const current = await findIntervention(db, user, input.id);
  if (!current) throw notFound();
  if (input.code !== undefined) catalogueEntry(staircase, input.code);
  const start = input.startDate ?? current.startDate;
  const end = input.endDate === undefined ? current.endDate : input.endDate;
  if (end && end < start) throw badRequest({ endDate: ['must not be before the start date'] });
  const { id, version, ...changes } = input;
  const rows = await db
    .update(interventions)
    .set({ ...changes, version: sql`${interventions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(interventions.id, id), eq(interventions.version, version)))
    .returning();
  if (rows.length === 0) throw conflict();
  await refreshCaseSummary(db, staircase, current.caseId, today);
  return { before: current, after: rows[0] as typeof interventions.$inferSelect };
}
