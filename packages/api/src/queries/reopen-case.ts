import { canReopen } from '@trappen/caseload';
import { and, cases, type Database, eq } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { AppError, notFound } from '../errors';
import { bumpCaseVersion } from './bump-case-version';
import { caseScope } from './case-scope';
import { loadRetentionPolicy } from './retention-policy';

/**
 * Reopens a closed case in the caller's transaction, guarded by its version, while the
 * municipality's retention period still keeps it (a case past it may be removed by
 * the retention job at any time, so it cannot come back). Interventions stay ended.
 */
export async function reopenCase(
  db: Database,
  user: SessionUser,
  input: { caseId: string; version: number },
  today: string,
): Promise<{ caseId: string; childId: string; version: number; closedOn: string | null }> {
  const [current] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, input.caseId), caseScope(user)))
    .for('update');
  if (!current) throw notFound();
  const policy = await loadRetentionPolicy(db, current.municipalityId);
  if (!canReopen(current, policy, today))
    throw new AppError(
      'BAD_REQUEST',
      current.status === 'open'
        ? { da: 'Sagen er allerede åben.', en: 'The case is already open.' }
        : {
            da: 'Sagen er lukket for længere tid siden end opbevaringsperioden og kan ikke genåbnes.',
            en: 'The case closed longer ago than the retention period and cannot be reopened.',
          },
      { caseId: [current.status === 'open' ? 'is open' : 'is past its retention period'] },
    );
  const version = await bumpCaseVersion(db, current.id, input.version);
  await db
    .update(cases)
    .set({ status: 'open', closedOn: null, closeReason: null })
    .where(eq(cases.id, current.id));
  return { caseId: current.id, childId: current.childId, version, closedOn: current.closedOn };
}

/**
 * Sets or lifts a case's legal hold (the retention job never removes a case under a
 * hold), guarded by the case's version.
 */
export async function setLegalHold(
  db: Database,
  user: SessionUser,
  input: { caseId: string; version: number; hold: boolean; reason: string },
): Promise<{ caseId: string; childId: string; version: number }> {
  const [current] = await db
    .select({ id: cases.id, childId: cases.childId })
    .from(cases)
    .where(and(eq(cases.id, input.caseId), caseScope(user)));
  if (!current) throw notFound();
  const version = await bumpCaseVersion(db, current.id, input.version);
  await db
    .update(cases)
    .set({ legalHold: input.hold, legalHoldReason: input.hold ? input.reason : null })
    .where(eq(cases.id, current.id));
  return { caseId: current.id, childId: current.childId, version };
}
