import { type CloseReason, closeProblems } from '@trappen/caseload';
import {
  and,
  cases,
  type Database,
  eq,
  gt,
  inArray,
  interventions,
  isNull,
  or,
  sql,
} from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { AppError, badRequest, notFound } from '../errors';
import { bumpCaseVersion } from './bump-case-version';
import { caseScope } from './case-scope';
import { loadStaircase } from './load-staircase';
import { refreshCaseSummary } from './refresh-case-summary';

/** Closing a case: the day, the reason, and whether open interventions end with it. */
export interface CloseCaseInput {
  caseId: string;
  version: number;
  closedOn: string;
  reason: CloseReason;
  /** End every intervention still open on the closing day; otherwise they must be ended first. */
  endOpenInterventions: boolean;
}

/** The closed case and the interventions the close ended. */
export interface CloseCaseResult {
  caseId: string;
  childId: string;
  version: number;
  endedInterventions: string[];
}

/**
 * Closes an open case in the caller's transaction, guarded by its version: the day
 * lies between opening and today, no intervention starts after it, and interventions
 * still open on it are ended on it when `endOpenInterventions` is set (refused
 * otherwise). A closed case leaves "my cases" and counts as closed in the KPIs, which
 * read `status` and `closed_on`.
 */
export async function closeCase(
  db: Database,
  user: SessionUser,
  input: CloseCaseInput,
  today: string,
): Promise<CloseCaseResult> {
  const [current] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, input.caseId), caseScope(user)))
    .for('update');
  if (!current) throw notFound();
  const problems = closeProblems(current, input.closedOn, today);
  if (problems.length > 0) {
    const fields: Record<string, string[]> = {};
    for (const p of problems) {
      const key = p.path.join('.');
      fields[key] = [...(fields[key] ?? []), p.message];
    }
    throw badRequest(fields);
  }
  const later = await db
    .select({ id: interventions.id })
    .from(interventions)
    .where(and(eq(interventions.caseId, current.id), gt(interventions.startDate, input.closedOn)));
  if (later.length > 0)
    throw badRequest({
      closedOn: [`${later.length} intervention(s) start after the closing day`],
    });
  const open = await db
    .select({ id: interventions.id })
    .from(interventions)
    .where(
      and(
        eq(interventions.caseId, current.id),
        or(isNull(interventions.endDate), gt(interventions.endDate, input.closedOn)),
      ),
    );
  if (open.length > 0 && !input.endOpenInterventions)
    throw new AppError(
      'BAD_REQUEST',
      {
        da: `Sagen har ${open.length} åben/åbne indsats(er). Afslut dem først, eller vælg at de afsluttes med sagen.`,
        en: `The case has ${open.length} open intervention(s). End them first, or choose to end them with the case.`,
      },
      {
        endOpenInterventions: [`${open.length} intervention(s) are still open on the closing day`],
      },
    );
  const version = await bumpCaseVersion(db, current.id, input.version);
  const ids = open.map((row) => row.id);
  if (ids.length > 0)
    await db
      .update(interventions)
      .set({
        endDate: input.closedOn,
        version: sql`${interventions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(inArray(interventions.id, ids));
  await db
    .update(cases)
    .set({ status: 'closed', closedOn: input.closedOn, closeReason: input.reason })
    .where(eq(cases.id, current.id));
  await refreshCaseSummary(db, await loadStaircase(db, current.municipalityId), current.id, today);
  return { caseId: current.id, childId: current.childId, version, endedInterventions: ids };
}
