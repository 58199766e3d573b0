import { randomUUID } from 'node:crypto';
import { type Database, interventions } from '@trappen/db';
import type { Staircase } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { badRequest, notFound } from '../errors';
import { bumpCaseVersion } from './bump-case-version';
import { activeCatalogueEntry } from './catalogue';
import { findCase } from './find-case';
import { refreshCaseSummary } from './refresh-case-summary';

/** A new intervention on a case. */
export interface AddInterventionInput {
  caseId: string;
  caseVersion: number;
  code: string;
  startDate: string;
  plannedEnd?: string | null | undefined;
  provider: string;
  dailyRate?: number | null | undefined;
}

/** Adds an intervention (checking the case version) and refreshes the case summary. */
export async function addIntervention(
  db: Database,
  user: SessionUser,
  staircase: Staircase,
  input: AddInterventionInput,
  today: string,
) {
  const found = await findCase(db, user, input.caseId);
  if (!found) throw notFound();
  const { entry } = activeCatalogueEntry(staircase, input.code);
  if (input.plannedEnd && input.plannedEnd < input.startDate) {
    throw badRequest({ plannedEnd: ['must not be before the start date'] });
  }
  await bumpCaseVersion(db, found.id, input.caseVersion);
  const [row] = await db
    .insert(interventions)
    .values({
      id: randomUUID(),
      municipalityId: found.municipalityId,
      caseId: found.id,
      childId: found.childId,
      code: input.code,
      startDate: input.startDate,
      plannedEnd: input.plannedEnd ?? null,
      provider: input.provider,
      dailyRate: input.dailyRate ?? entry.defaultDailyRate ?? null,
    })
    .returning();
  await refreshCaseSummary(db, staircase, found.id, today);
  return row as typeof interventions.$inferSelect;
}
