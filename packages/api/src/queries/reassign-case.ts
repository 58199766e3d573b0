import { randomUUID } from 'node:crypto';
import { and, caseAssignments, cases, caseworkers, type Database, eq, isNull } from '@trappen/db';
import { addDays } from '@trappen/staircase';
import type { SessionUser } from '../auth/session-user';
import { badRequest, notFound } from '../errors';
import { bumpCaseVersion } from './bump-case-version';
import { caseScope } from './case-scope';
import { loadStaircase } from './load-staircase';
import { refreshCaseSummary } from './refresh-case-summary';

/** Which case goes to which caseworker, guarded by the version the caller read. */
export interface ReassignCaseInput {
  caseId: string;
  caseworkerId: string;
  version: number;
}

/** The reassigned case: its new version and who had it before. */
export interface ReassignCaseResult {
  caseId: string;
  childId: string;
  version: number;
  previousCaseworkerId: string | null;
  caseworker: { id: string; name: string };
  teamId: string;
}

/**
 * Moves an open case to another caseworker in the caller's transaction: version check
 * (CONFLICT when stale), the target must be an active caseworker in the leader's team
 * (an administrator: in the municipality), then the case, its assignment periods and
 * its summary are updated. The new period starts `today`; the old one ends the day before.
 */
export async function reassignCase(
  db: Database,
  user: SessionUser,
  input: ReassignCaseInput,
  today: string,
): Promise<ReassignCaseResult> {
  const [current] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, input.caseId), caseScope(user)));
  if (!current) throw notFound();
  if (current.status !== 'open') throw badRequest({ caseId: ['the case is closed'] });
  const version = await bumpCaseVersion(db, current.id, input.version);

  const [target] = await db
    .select()
    .from(caseworkers)
    .where(
      and(
        eq(caseworkers.id, input.caseworkerId),
        eq(caseworkers.municipalityId, user.municipalityId),
      ),
    );
  const inScope =
    target !== undefined &&
    (user.role === 'administrator' || (user.teamId !== null && target.teamId === user.teamId));
  if (!target || !inScope) throw badRequest({ caseworkerId: ['choose a caseworker in your team'] });
  if (target.endedOn !== null && target.endedOn <= today)
    throw badRequest({ caseworkerId: ['the caseworker has left'] });
  if (target.id === current.caseworkerId)
    throw badRequest({ caseworkerId: ['the case already has this caseworker'] });

  await db
    .update(cases)
    .set({ caseworkerId: target.id, teamId: target.teamId })
    .where(eq(cases.id, current.id));
  const open = await db
    .select()
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, current.id), isNull(caseAssignments.toDate)));
  for (const row of open) {
    // A period opened today would end before it began; it then ends today instead.
    const end = row.fromDate < today ? addDays(today, -1) : today;
    await db.update(caseAssignments).set({ toDate: end }).where(eq(caseAssignments.id, row.id));
  }
  await db.insert(caseAssignments).values({
    id: randomUUID(),
    municipalityId: current.municipalityId,
    caseId: current.id,
    caseworkerId: target.id,
    fromDate: today,
  });
  const staircase = await loadStaircase(db, current.municipalityId);
  await refreshCaseSummary(db, staircase, current.id, today);
  return {
    caseId: current.id,
    childId: current.childId,
    version,
    previousCaseworkerId: current.caseworkerId,
    caseworker: { id: target.id, name: target.name },
    teamId: target.teamId,
  };
}
